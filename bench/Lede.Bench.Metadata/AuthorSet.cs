using System.Text.RegularExpressions;

namespace Lede.Bench.Metadata;

/// <summary>Author names normalised as the trafilatura-eval README says: lower-case, no "by"/"von", split on , ; &amp; and und.</summary>
internal static partial class AuthorSet
{
    public static HashSet<string> Of(IEnumerable<string> names)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
            foreach (var part in Separator().Split(n.ToLowerInvariant()))
            {
                var p = Prefix().Replace(part, "");
                p = Whitespace().Replace(p, " ").Trim(' ', '.', ':', '|', '-');
                if (p.Length > 0) set.Add(p);
            }
        return set;
    }

    public static double F1(HashSet<string> gold, HashSet<string> ours)
    {
        if (gold.Count == 0 && ours.Count == 0) return 1;
        if (gold.Count == 0 || ours.Count == 0) return 0;
        var tp = gold.Count(ours.Contains);
        if (tp == 0) return 0;
        double p = (double)tp / ours.Count, r = (double)tp / gold.Count;
        return 2 * p * r / (p + r);
    }

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bund\b)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(?:by|von)\s+")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
