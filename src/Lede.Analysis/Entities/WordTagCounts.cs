namespace Lede.Analysis.Entities;

/// <summary>How often a word form carried each tag, and how it was cased mid-sentence.</summary>
internal sealed class WordTagCounts
{
    public static readonly WordTagCounts Empty = new();
    private readonly int[] _tags = new int[EntityTagSet.Count];

    public int Total { get; private set; }
    public int CapitalizedMid { get; private set; }
    public int LowerMid { get; private set; }

    public void Add((int Tag, int CaseClass) occurrence, int delta)
    {
        _tags[occurrence.Tag] += delta;
        Total += delta;
        if (occurrence.CaseClass == 1) CapitalizedMid += delta;
        else if (occurrence.CaseClass == 2) LowerMid += delta;
    }

    public WordTagCounts Clone()
    {
        var c = new WordTagCounts { Total = Total, CapitalizedMid = CapitalizedMid, LowerMid = LowerMid };
        _tags.CopyTo(c._tags, 0);
        return c;
    }

    /// <summary>The entity type seen most often (-1 when only O).</summary>
    public int MajorityType()
    {
        Span<int> types = stackalloc int[EntityTagSet.Types.Length];
        for (var t = 1; t < _tags.Length; t++) types[EntityTagSet.TypeOf(t)] += _tags[t];
        var best = -1;
        for (var k = 0; k < types.Length; k++)
            if (types[k] > 0 && (best < 0 || types[k] > types[best])) best = k;
        return best;
    }

    public int MajorityTag()
    {
        var best = 0;
        for (var t = 1; t < _tags.Length; t++)
            if (_tags[t] > _tags[best]) best = t;
        return best;
    }

    public int DistinctTypes()
    {
        Span<int> types = stackalloc int[EntityTagSet.Types.Length];
        for (var t = 1; t < _tags.Length; t++) types[EntityTagSet.TypeOf(t)] += _tags[t];
        var n = _tags[0] > 0 ? 1 : 0;
        foreach (var v in types) if (v > 0) n++;
        return n;
    }
}
