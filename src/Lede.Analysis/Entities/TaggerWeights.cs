namespace Lede.Analysis.Entities;

/// <summary>
/// Trained weights of one tagging pass, stored sparsely: feature keys sorted, each with the few tags it has
/// weight for. The form models are written and read in; tagging reads <see cref="CombinedWeights"/>.
/// </summary>
internal sealed class TaggerWeights
{
    private const int T = EntityTagSet.Count;
    private readonly ulong[] _keys;
    private readonly int[] _rowStart;
    private readonly byte[] _entryTag;
    private readonly float[] _entryWeight;

    public TaggerWeights(ulong[] keys, int[] rowStart, byte[] entryTag, float[] entryWeight, float[] transitions)
    {
        if (rowStart.Length != keys.Length + 1 || rowStart[^1] != entryTag.Length || entryTag.Length != entryWeight.Length)
            throw new InvalidDataException("Row table does not match the feature count.");
        if (transitions.Length != (T + 1) * T) throw new InvalidDataException("Transition table has the wrong size.");
        for (var i = 1; i < keys.Length; i++)
            if (keys[i] <= keys[i - 1]) throw new InvalidDataException("Feature keys are not sorted.");
        _keys = keys;
        _rowStart = rowStart;
        _entryTag = entryTag;
        _entryWeight = entryWeight;
        Transitions = transitions;
    }

    public float[] Transitions { get; }

    public int FeatureCount => _keys.Length;

    public int EntryCount => _entryTag.Length;

    /// <summary>Feature keys in ascending order; row i belongs to key i.</summary>
    public ReadOnlySpan<ulong> Keys => _keys;

    public (int Start, int End) RowRange(int row) => (_rowStart[row], _rowStart[row + 1]);

    public (byte Tag, float Weight) Entry(int k) => (_entryTag[k], _entryWeight[k]);

    /// <summary>
    /// The mean of <paramref name="passes"/>' weights, feature by feature (a weight a pass lacks counts as 0), and of
    /// their transitions: one model from several trained with different seeds.
    /// </summary>
    public static TaggerWeights Average(IReadOnlyList<TaggerWeights> passes)
    {
        ArgumentOutOfRangeException.ThrowIfZero(passes.Count);
        if (passes.Count == 1) return passes[0];
        var sums = new Dictionary<ulong, float[]>();
        foreach (var pass in passes)
            for (var row = 0; row < pass.FeatureCount; row++)
            {
                if (!sums.TryGetValue(pass._keys[row], out var weights)) sums[pass._keys[row]] = weights = new float[T];
                for (var k = pass._rowStart[row]; k < pass._rowStart[row + 1]; k++) weights[pass._entryTag[k]] += pass._entryWeight[k] / passes.Count;
            }
        var keys = sums.Keys.Order().ToArray();
        var rowStart = new int[keys.Length + 1];
        var tags = new List<byte>();
        var entries = new List<float>();
        for (var row = 0; row < keys.Length; row++)
        {
            var weights = sums[keys[row]];
            for (var t = 0; t < T; t++)
                if (weights[t] != 0) { tags.Add((byte)t); entries.Add(weights[t]); }
            rowStart[row + 1] = tags.Count;
        }
        var transitions = new float[passes[0].Transitions.Length];
        foreach (var pass in passes)
            for (var i = 0; i < transitions.Length; i++) transitions[i] += pass.Transitions[i] / passes.Count;
        return new TaggerWeights(keys, rowStart, [.. tags], [.. entries], transitions);
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (T entries).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            var row = Array.BinarySearch(_keys, f);
            if (row < 0) continue;
            var end = _rowStart[row + 1];
            for (var k = _rowStart[row]; k < end; k++) scores[_entryTag[k]] += _entryWeight[k];
        }
    }

    /// <summary>Tags a sentence whose token i has features[starts[i]..starts[i+1]).</summary>
    public void Decode(List<ulong> features, int[] starts, int n, int[] output)
    {
        var emissions = new float[n * T];
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features);
        for (var i = 0; i < n; i++)
            Score(all[starts[i]..starts[i + 1]], emissions.AsSpan(i * T, T));
        ViterbiDecoder.Decode(emissions, Transitions, n, output);
    }
}
