using System.Text.RegularExpressions;

namespace Lede.Bench.Stories;

/// <summary>Exact word 4-gram overlap of two texts, computed independently of the detector, to judge its answers.</summary>
internal static partial class ShingleOverlap
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static HashSet<string> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= words.Length; i++) set.Add(string.Join(' ', words, i, 4));
        return set;
    }

    public static (double Jaccard, double Containment) Compare(string a, string b)
    {
        var x = Shingles(a);
        var y = Shingles(b);
        if (x.Count == 0 || y.Count == 0) return (0, 0);
        var both = x.Count(y.Contains);
        return ((double)both / (x.Count + y.Count - both), (double)both / Math.Min(x.Count, y.Count));
    }
}
