using AngleSharp.Dom;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata;

/// <summary>
/// Picks the headline: the page's own &lt;h1&gt; when it matches what the metadata calls the title (it is the
/// editor's exact wording, without the site suffix); else the metadata title with the site name cut off.
/// </summary>
internal static class HeadlineChooser
{
    private const int MaxHeadings = 12;
    private const int MaxHeadlineChars = 400;

    /// <param name="titles">What the metadata calls the title, most trusted first (JSON-LD headline, og:title, &lt;title&gt;).</param>
    public static string? Choose(IDocument document, IReadOnlyList<string> titles, string? siteName)
    {
        titles = titles.Select(Clean).Where(t => t.Length > 0).ToList();
        var headings = Headings(document);

        foreach (var h in headings)
            foreach (var t in titles)
                if (Matches(h, t)) return h;

        var best = titles.Count > 0 ? StripSiteName(titles[0], siteName) : null;
        if (best is not null && best.Length > 0) return best;
        return headings.FirstOrDefault();
    }

    /// <summary>Cuts the site's name off a title: "Headline | Site", "Site - Headline", "Headline – Site".</summary>
    internal static string StripSiteName(string title, string? siteName)
    {
        var parts = MetadataRules.TitleSeparator().Split(title).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return title;
        if (!string.IsNullOrEmpty(siteName))
        {
            var site = Normalize(siteName);
            var kept = parts.Where(p => !IsSiteName(Normalize(p), site)).ToList();
            if (kept.Count > 0 && kept.Count < parts.Count) return Rejoin(title, kept);
        }
        // Without a known site name: the site's part is the short one at either end; the headline is long.
        var first = parts[0];
        var last = parts[^1];
        if (last.Length * 2 < first.Length && WordCount(last) <= 4) return Rejoin(title, parts[..^1]);
        if (first.Length * 2 < last.Length && WordCount(first) <= 3 && parts.Count == 2) return last;
        return title;
    }

    private static bool IsSiteName(string part, string site) =>
        part == site || (site.Length >= 4 && (part.Contains(site, StringComparison.Ordinal) || site.Contains(part, StringComparison.Ordinal)) && part.Length <= site.Length + 12);

    private static string Rejoin(string original, IReadOnlyList<string> parts)
    {
        // Keep the original separators between kept parts: take the span from the first kept part to the end of the last.
        var start = original.IndexOf(parts[0], StringComparison.Ordinal);
        var lastIndex = original.LastIndexOf(parts[^1], StringComparison.Ordinal);
        if (start >= 0 && lastIndex >= start) return original[start..(lastIndex + parts[^1].Length)].Trim();
        return string.Join(" - ", parts);
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The heading matches the title when it equals it, or the title is the heading plus a site suffix or prefix.</summary>
    internal static bool Matches(string heading, string title)
    {
        var h = Normalize(heading);
        var t = Normalize(title);
        if (h.Length < 4) return false;
        if (h == t) return true;
        if (t.StartsWith(h, StringComparison.Ordinal) || t.EndsWith(h, StringComparison.Ordinal))
        {
            var rest = t.Length - h.Length;
            return h.Length >= 10 && rest <= Math.Max(60, h.Length);
        }
        return false;
    }

    private static List<string> Headings(IDocument document)
    {
        var list = new List<string>();
        foreach (var h in document.QuerySelectorAll("h1"))
        {
            if (list.Count >= MaxHeadings) break;
            var text = Clean(h.TextContent);
            if (text.Length is > 0 and <= MaxHeadlineChars && !list.Contains(text)) list.Add(text);
        }
        return list;
    }

    internal static string Clean(string s) => MetadataRules.Whitespace().Replace(System.Net.WebUtility.HtmlDecode(s), " ").Trim();

    internal static string Normalize(string s)
    {
        var chars = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) chars.Append(char.ToLowerInvariant(c));
            else if (chars.Length > 0 && chars[^1] != ' ') chars.Append(' ');
        }
        return chars.ToString().Trim();
    }
}
