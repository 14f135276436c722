using Lede.Extraction.Html.Dom;
using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata;

/// <summary>
/// The standfirst (dek, subtitle) printed just under the headline: an element next to the story's &lt;h1&gt; whose class,
/// id or itemprop says so; or, unmarked, the paragraph right after the headline when it repeats the page's description
/// word for word (og:description alone is often a teaser written for social media, not printed text).
/// </summary>
internal static class StandfirstFinder
{
    private const int MaxHeadings = 6;
    private const int MaxSiblings = 4;
    private const int MinChars = 20;
    private const int MaxChars = 500;

    /// <param name="h1s">The page's &lt;h1&gt; elements in document order.</param>
    /// <param name="h2s">The page's &lt;h2&gt; elements: where the &lt;h1&gt; is a label in the breadcrumb, an &lt;h2&gt; prints the headline.</param>
    public static string? Find(IEnumerable<HtmlElement> h1s, IEnumerable<HtmlElement> h2s, string? headline, string? description)
    {
        if (headline is null) return null;
        var heading = StoryHeading(h1s, h2s, headline);
        if (heading is null) return null;
        var wantedHeadline = HeadlineChooser.Normalize(headline);
        var wantedDescription = description is null ? null : HeadlineChooser.Normalize(description);

        // The dek follows the headline, either as its sibling or as a sibling of the headline's wrapper (<header>, <hgroup>).
        foreach (var start in new[] { heading, heading.ParentElement })
        {
            if (start is null || (start != heading && start.LocalName is not ("header" or "hgroup" or "div"))) continue;
            var e = start.NextElementSibling;
            for (var i = 0; e is not null && i < MaxSiblings; e = e.NextElementSibling, i++)
            {
                if (e.LocalName is "h1" or "article" or "main" or "section" && e != heading) break;
                var text = HeadlineChooser.Clean(VisibleText.Of(e, MaxChars + 1, skipNonStory: true).Replace('\n', ' '));
                if (text.Length is < MinChars or > MaxChars) continue;
                var normalized = HeadlineChooser.Normalize(text);
                if (normalized == wantedHeadline) continue;
                if (IsMarked(e) || (wantedDescription is not null && normalized == wantedDescription)) return text;
            }
        }
        return null;
    }

    /// <summary>
    /// The &lt;h1&gt; that carries the chosen headline; else the &lt;h2&gt; that does (a site that spends its &lt;h1&gt; on
    /// the breadcrumb prints the headline as an &lt;h2&gt;); else the first &lt;h1&gt; in the story.
    /// </summary>
    private static HtmlElement? StoryHeading(IEnumerable<HtmlElement> h1s, IEnumerable<HtmlElement> h2s, string headline)
    {
        var wanted = HeadlineChooser.Normalize(headline);
        HtmlElement? first = null;
        var count = 0;
        foreach (var h in h1s)
        {
            if (++count > MaxHeadings) break;
            if (DateCandidateCollector.InNonStory(h)) continue;
            if (HeadlineChooser.Normalize(h.TextContent) == wanted) return h;
            first ??= h;
        }
        count = 0;
        foreach (var h in h2s)
        {
            if (++count > MaxHeadings) break;
            if (!DateCandidateCollector.InNonStory(h) && HeadlineChooser.Normalize(h.TextContent) == wanted) return h;
        }
        return first;
    }

    private static bool IsMarked(HtmlElement e)
    {
        if (e.GetAttribute("itemprop") is { } prop)
            foreach (var p in MetadataRules.StandfirstItemprops)
                if (string.Equals(prop, p, StringComparison.OrdinalIgnoreCase)) return true;
        return DateCandidateCollector.MarkedWith(e, MetadataRules.StandfirstWords);
    }
}
