namespace Lede.Analysis.Quotes;

/// <summary>
/// The positions a set of ranges cover, as sorted disjoint runs: whether a position or a range meets them is a
/// binary search, where asking each range in turn made attribution quadratic in the number of attributions.
/// </summary>
internal sealed class CoveredText
{
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    public CoveredText() { }

    public CoveredText(IEnumerable<TextRange> ranges)
    {
        foreach (var r in ranges.Where(r => !r.IsEmpty).OrderBy(r => r.Start)) Add(r);
    }

    /// <summary>Covers <paramref name="range"/> too (an empty one covers nothing). Cheapest in order of start.</summary>
    public void Add(TextRange range)
    {
        if (range.IsEmpty) return;
        // Runs that overlap or touch the range join it: [1, 5) and [5, 8) cover what [1, 8) covers.
        var first = FirstEndingAtOrAfter(range.Start);
        var last = first;
        int start = range.Start, end = range.End;
        while (last < _starts.Count && _starts[last] <= range.End)
        {
            start = Math.Min(start, _starts[last]);
            end = Math.Max(end, _ends[last]);
            last++;
        }
        if (last == first)
        {
            _starts.Insert(first, start);
            _ends.Insert(first, end);
            return;
        }
        _starts[first] = start;
        _ends[first] = end;
        _starts.RemoveRange(first + 1, last - first - 1);
        _ends.RemoveRange(first + 1, last - first - 1);
    }

    /// <summary>Whether one of the ranges holds <paramref name="position"/> (as <see cref="TextRange.Contains"/>).</summary>
    public bool Covers(int position)
    {
        var run = FirstEndingAtOrAfter(position + 1);
        return run < _starts.Count && _starts[run] <= position;
    }

    /// <summary>Whether one of the ranges overlaps <paramref name="range"/> (as <see cref="TextRange.Overlaps"/>).</summary>
    public bool Overlaps(TextRange range)
    {
        if (range.IsEmpty) return false;
        var run = FirstEndingAtOrAfter(range.Start + 1);
        return run < _starts.Count && _starts[run] < range.End;
    }

    /// <summary>The first run whose end is at or after <paramref name="position"/> (ends ascend: the runs are disjoint).</summary>
    private int FirstEndingAtOrAfter(int position)
    {
        int lo = 0, hi = _ends.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ends[mid] < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
