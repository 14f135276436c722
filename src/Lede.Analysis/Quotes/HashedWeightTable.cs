using Lede.Analysis.Entities;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Hashed-feature weights laid out for scoring: a <see cref="HalfWeightTable"/> when the weights are halves (a model
/// read from its file: a quarter of the memory), else a <see cref="HashedTable{TValue}"/> of floats. A score's slots
/// are all prefetched before they are read, and weights are added in feature order, so sums are bit-for-bit those of
/// adding the same weights one by one; an unknown feature adds +0 rather than a branch on whether it is known.
/// </summary>
internal sealed class HashedWeightTable
{
    private readonly HalfWeightTable? _halves;
    private readonly HashedTable<float>? _floats;

    public HashedWeightTable(IReadOnlyDictionary<ulong, float> weights)
    {
        _halves = HalfWeightTable.TryCreate(weights);
        if (_halves is null) _floats = new HashedTable<float>(weights);
    }

    /// <summary>Whether the weights are kept as halves (<see cref="HalfWeightTable"/>).</summary>
    public bool KeepsHalves => _halves is not null;

    /// <summary>The sum of the weights of <paramref name="features"/> the table holds (others count 0).</summary>
    public float Sum(ReadOnlySpan<ulong> features)
    {
        // An unknown feature adds 0 (its empty slot's value), which leaves the sum bit for bit what skipping it leaves:
        // a sum that starts at +0 never becomes −0, the one value adding +0 changes.
        var sum = 0f;
        if (_halves is { } halves)
        {
            halves.Prefetch(features);
            foreach (var f in features) sum += halves.GetValueOrDefault(f);
            return sum;
        }
        _floats!.Prefetch(features);
        foreach (var f in features) sum += _floats.GetValueOrDefault(f);
        return sum;
    }

    /// <summary>
    /// <see cref="Sum"/> of each row of <paramref name="width"/> features, one per score: a row's slots are asked for
    /// a few rows ahead of its sum, so the cache misses of several rows overlap (the sums are those of <see cref="Sum"/>).
    /// </summary>
    public void SumRows(ReadOnlySpan<ulong> features, int width, Span<float> sums)
    {
        if (_halves is { } halves)
        {
            for (var r = 0; r < sums.Length && r < RowsAhead; r++) halves.Prefetch(features.Slice(r * width, width));
            for (var r = 0; r < sums.Length; r++)
            {
                if (r + RowsAhead < sums.Length) halves.Prefetch(features.Slice((r + RowsAhead) * width, width));
                var sum = 0f;
                foreach (var f in features.Slice(r * width, width)) sum += halves.GetValueOrDefault(f);
                sums[r] = sum;
            }
            return;
        }
        var floats = _floats!;
        for (var r = 0; r < sums.Length && r < RowsAhead; r++) floats.Prefetch(features.Slice(r * width, width));
        for (var r = 0; r < sums.Length; r++)
        {
            if (r + RowsAhead < sums.Length) floats.Prefetch(features.Slice((r + RowsAhead) * width, width));
            var sum = 0f;
            foreach (var f in features.Slice(r * width, width)) sum += floats.GetValueOrDefault(f);
            sums[r] = sum;
        }
    }

    private const int RowsAhead = 2;
}
