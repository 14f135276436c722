using System.Text.RegularExpressions;

namespace Lede.Bench.Attribution;

/// <summary>Content spans as sets of word positions (\w+ runs), and the F1 of two such sets.</summary>
internal sealed partial class WordOverlap(string text)
{
    private readonly int[] _wordStarts = WordPattern().Matches(text).Select(m => m.Index).ToArray();

    public HashSet<int> Words((int Start, int End)[] ranges)
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
