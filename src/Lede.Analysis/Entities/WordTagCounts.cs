namespace Lede.Analysis.Entities;

/// <summary>
/// How often a word form carried each tag in a document, and how it was cased mid-sentence; optionally
/// leaving one occurrence out (the token asking), without copying.
/// </summary>
internal readonly struct WordTagCounts
{
    /// <summary>Where the case classes' counts start in a counts array, after one count per tag.</summary>
    public const int CaseOffset = EntityTagSet.Count;

    /// <summary>The length of a counts array: the tags', then the three case classes'.</summary>
    public const int Length = CaseOffset + 3;

    // Per tag over all occurrences, then [other, capitalised mid-sentence, lower-case mid-sentence].
    // _counts[_offset..] holds the word's counts (Length of them).
    private readonly int[]? _counts;
    private readonly int _offset;
    private readonly int _excludedTag;   // -1 = none
    private readonly int _excludedCase;

    public WordTagCounts(int[] counts, int offset, int excludedTag, int excludedCase)
    {
        _counts = counts;
        _offset = offset;
        _excludedTag = excludedTag;
        _excludedCase = excludedCase;
    }

    public static WordTagCounts Empty => default;

    private int Tag(int t) => _counts is null ? 0 : _counts[_offset + t] - (t == _excludedTag ? 1 : 0);

    private int Case(int c) => _counts is null ? 0 : _counts[_offset + CaseOffset + c] - (_excludedTag >= 0 && c == _excludedCase ? 1 : 0);

    public int Total => Case(0) + Case(1) + Case(2);

    public int CapitalizedMid => Case(1);

    public int LowerMid => Case(2);

    /// <summary>The entity type seen most often (-1 when only O or nothing).</summary>
    public int MajorityType()
    {
        Span<int> types = stackalloc int[EntityTagSet.Types.Length];
        for (var t = 1; t < EntityTagSet.Count; t++) types[EntityTagSet.TypeOf(t)] += Tag(t);
        var best = -1;
        for (var k = 0; k < types.Length; k++)
            if (types[k] > 0 && (best < 0 || types[k] > types[best])) best = k;
        return best;
    }

    public int MajorityTag()
    {
        var best = 0;
        for (var t = 1; t < EntityTagSet.Count; t++)
            if (Tag(t) > Tag(best)) best = t;
        return best;
    }

    /// <summary>
    /// <see cref="MajorityType"/>, <see cref="MajorityTag"/> and <see cref="DistinctTypes"/> in one pass over the
    /// tags (the second pass asks all three for every word).
    /// </summary>
    public (int MajorityType, int MajorityTag, int DistinctTypes) Summary()
    {
        if (_counts is null) return (-1, 0, 0);
        Span<int> types = stackalloc int[EntityTagSet.Types.Length];
        var outside = Tag(0);
        var bestTag = 0;
        var bestCount = outside;
        for (var t = 1; t < EntityTagSet.Count; t++)
        {
            var count = _counts[_offset + t] - (t == _excludedTag ? 1 : 0);
            types[(t - 1) / 4] += count;
            if (count > bestCount) (bestTag, bestCount) = (t, count);
        }
        var majority = -1;
        var distinct = outside > 0 ? 1 : 0;
        for (var k = 0; k < types.Length; k++)
        {
            if (types[k] <= 0) continue;
            distinct++;
            if (majority < 0 || types[k] > types[majority]) majority = k;
        }
        return (majority, bestTag, distinct);
    }

    public int DistinctTypes()
    {
        Span<int> types = stackalloc int[EntityTagSet.Types.Length];
        for (var t = 1; t < EntityTagSet.Count; t++) types[EntityTagSet.TypeOf(t)] += Tag(t);
        var n = Tag(0) > 0 ? 1 : 0;
        foreach (var v in types) if (v > 0) n++;
        return n;
    }
}
