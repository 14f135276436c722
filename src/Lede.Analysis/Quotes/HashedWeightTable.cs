using Lede.Analysis.Entities;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Hashed-feature weights laid out for scoring (<see cref="HashedTable{TValue}"/>). A score's slots are all
/// prefetched before they are read, and weights are added in feature order, so sums are bit-for-bit those
/// of adding the same weights one by one; an unknown feature adds +0 rather than a branch on whether it is known.
/// </summary>
internal sealed class HashedWeightTable(IReadOnlyDictionary<ulong, float> weights)
{
    private readonly HashedTable<float> _table = new(weights);

    /// <summary>The sum of the weights of <paramref name="features"/> the table holds (others count 0).</summary>
    public float Sum(ReadOnlySpan<ulong> features)
    {
        _table.Prefetch(features);
        var sum = 0f;
        // An unknown feature adds 0 (its empty slot's value), which leaves the sum bit for bit what skipping it leaves:
        // a sum that starts at +0 never becomes −0, the one value adding +0 changes.
        foreach (var f in features) sum += _table.GetValueOrDefault(f);
        return sum;
    }

    /// <summary>
    /// <see cref="Sum"/> of each row of <paramref name="width"/> features, one per score: a row's slots are asked for
    /// a few rows ahead of its sum, so the cache misses of several rows overlap (the sums are those of <see cref="Sum"/>).
    /// </summary>
    public void SumRows(ReadOnlySpan<ulong> features, int width, Span<float> sums)
    {
        for (var r = 0; r < sums.Length && r < RowsAhead; r++) _table.Prefetch(features.Slice(r * width, width));
        for (var r = 0; r < sums.Length; r++)
        {
            if (r + RowsAhead < sums.Length) _table.Prefetch(features.Slice((r + RowsAhead) * width, width));
            var sum = 0f;
            foreach (var f in features.Slice(r * width, width)) sum += _table.GetValueOrDefault(f);
            sums[r] = sum;
        }
    }

    private const int RowsAhead = 2;
}
