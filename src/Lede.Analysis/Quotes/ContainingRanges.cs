namespace Lede.Analysis.Quotes;

/// <summary>
/// Which of a fixed set of ranges hold a position. The ranges are sorted by start, over a tree of the greatest end
/// in each run of them, so a probe visits only runs that can hold the position: O(log n) per range found, where
/// trying every range made attribution quadratic in the number of attributions.
/// </summary>
internal sealed class ContainingRanges
{
    private readonly int[] _byStart;  // indices of the non-empty ranges, by start (then index)
    private readonly int[] _starts;   // their starts, in that order
    private readonly int[] _maxEnd;   // heap-ordered tree over _byStart: the greatest end in each node's run
    private readonly int _leaves;

    public ContainingRanges(IReadOnlyList<TextRange> ranges)
    {
        var indices = new List<int>(ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
            if (!ranges[i].IsEmpty) indices.Add(i);
        indices.Sort((a, b) => ranges[a].Start != ranges[b].Start ? ranges[a].Start.CompareTo(ranges[b].Start) : a.CompareTo(b));
        _byStart = [.. indices];
        _starts = [.. indices.Select(i => ranges[i].Start)];
        _leaves = 1;
        while (_leaves < _byStart.Length) _leaves *= 2;
        _maxEnd = new int[2 * _leaves];
        Array.Fill(_maxEnd, int.MinValue);
        for (var k = 0; k < _byStart.Length; k++) _maxEnd[_leaves + k] = ranges[_byStart[k]].End;
        for (var node = _leaves - 1; node >= 1; node--) _maxEnd[node] = Math.Max(_maxEnd[2 * node], _maxEnd[2 * node + 1]);
    }

    /// <summary>Fills <paramref name="into"/> with the indices of the ranges that hold <paramref name="position"/>, ascending.</summary>
    public void Find(int position, List<int> into)
    {
        into.Clear();
        // The ranges starting at or before the position are a prefix of the sorted ones.
        var startedUpTo = UpperBound(_starts, position);
        if (startedUpTo > 0) Collect(1, 0, _leaves, startedUpTo, position, into);
        into.Sort();
    }

    private void Collect(int node, int lo, int hi, int startedUpTo, int position, List<int> into)
    {
        if (lo >= startedUpTo || _maxEnd[node] <= position) return;
        if (hi - lo == 1)
        {
            into.Add(_byStart[lo]);
            return;
        }
        var mid = (lo + hi) >>> 1;
        Collect(2 * node, lo, mid, startedUpTo, position, into);
        Collect(2 * node + 1, mid, hi, startedUpTo, position, into);
    }

    private static int UpperBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
