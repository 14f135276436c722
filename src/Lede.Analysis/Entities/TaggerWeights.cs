namespace Lede.Analysis.Entities;

/// <summary>
/// Trained weights of one tagging pass, stored sparsely: each feature key maps to the few tags it has
/// weight for. Read-only after construction, so safe to share between threads.
/// </summary>
internal sealed class TaggerWeights
{
    private const int T = EntityTagSet.Count;
    private readonly Dictionary<ulong, int> _rows;
    private readonly int[] _rowStart;
    private readonly byte[] _entryTag;
    private readonly float[] _entryWeight;

    public TaggerWeights(Dictionary<ulong, int> rows, int[] rowStart, byte[] entryTag, float[] entryWeight, float[] transitions)
    {
        if (rowStart.Length != rows.Count + 1) throw new InvalidDataException("Row table does not match the feature count.");
        if (transitions.Length != (T + 1) * T) throw new InvalidDataException("Transition table has the wrong size.");
        _rows = rows;
        _rowStart = rowStart;
        _entryTag = entryTag;
        _entryWeight = entryWeight;
        Transitions = transitions;
    }

    public float[] Transitions { get; }

    public int FeatureCount => _rows.Count;

    public int EntryCount => _entryTag.Length;

    internal IEnumerable<(ulong Key, int Row)> Rows => _rows.Select(kv => (kv.Key, kv.Value));

    internal (int Start, int End) RowRange(int row) => (_rowStart[row], _rowStart[row + 1]);

    internal (byte Tag, float Weight) Entry(int k) => (_entryTag[k], _entryWeight[k]);

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (T entries).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
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
