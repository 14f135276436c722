using System.Text.RegularExpressions;

namespace Lede.Analysis.Quotes;

/// <summary>
/// The attribution metric's view of content spans: sets of word positions (\w+ runs) in one text, and the F1 of
/// two such sets. The benchmark and the training of the tagged-attribution chooser score contents the same way.
/// </summary>
internal sealed partial class ContentWordOverlap(string text)
{
    private readonly int[] _wordStarts = WordPattern().Matches(text).Select(m => m.Index).ToArray();

    /// <summary>The positions of the words that start inside any of <paramref name="ranges"/>.</summary>
    public HashSet<int> Words(IEnumerable<(int Start, int End)> ranges)
    {
        var words = new HashSet<int>();
        foreach (var (start, end) in ranges)
        {
            var index = Array.BinarySearch(_wordStarts, start);
            if (index < 0) index = ~index;
            for (; index < _wordStarts.Length && _wordStarts[index] < end; index++) words.Add(index);
        }
        return words;
    }

    public HashSet<int> Words(IEnumerable<TextRange> ranges) => Words(ranges.Select(r => (r.Start, r.End)));

    public static double F1(HashSet<int> predicted, HashSet<int> gold)
    {
        if (predicted.Count == 0 || gold.Count == 0) return 0;
        var common = 0;
        foreach (var w in predicted)
            if (gold.Contains(w)) common++;
        if (common == 0) return 0;
        var p = (double)common / predicted.Count;
        var r = (double)common / gold.Count;
        return 2 * p * r / (p + r);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
