using System.Globalization;
using Lede.Corpus.Pages;
using Lede.Corpus.Storage;
using Lede.Extraction.Addresses;

namespace Lede.Corpus.Duplicates;

/// <summary>
/// Duplicate groups as one self-contained <see cref="HtmlPage"/>: an overview of the groups (how many copies, on how
/// many sites, how long after the earliest version the last appeared), then each group's copies with how each matched.
/// </summary>
public static class DuplicateListHtmlWriter
{
    public static string ToHtml(IReadOnlyList<DuplicateGroup> groups, IReadOnlyDictionary<string, CorpusArticle> articles, PageLinks? links = null)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(groups, articles, w, links);
        return w.ToString();
    }

    /// <param name="articles">The stored articles of the members, by document id (members missing here show their id).</param>
    /// <param name="links">From a host: its navigation, and copies linked to the host's article pages.</param>
    public static void Write(IReadOnlyList<DuplicateGroup> groups, IReadOnlyDictionary<string, CorpusArticle> articles, TextWriter w, PageLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(w);
        HtmlPage.Begin(w, "Wire copies and duplicates", Style, links);
        w.WriteLine("<h1>Wire copies and duplicates</h1>");
        var copies = groups.Sum(g => g.Members.Count);
        var exact = groups.SelectMany(g => g.Members).Count(m => m.Match?.Kind == DuplicateKind.Exact);
        w.WriteLine($"<p class=\"summary\">{Counted.Of(groups.Count, "group")} holding {Counted.Of(copies, "article")}: {Counted.Of(exact, "exact copy", "exact copies")}, {Counted.Of(copies - groups.Count - exact, "edited copy", "edited copies")}, each group with its earliest version.</p>");
        if (groups.Count == 0)
        {
            HtmlPage.End(w);
            return;
        }

        w.WriteLine("<table class=\"overview\"><thead><tr><th>Earliest version</th><th class=\"num\">Copies</th><th class=\"num\">Sites</th><th>First seen</th><th class=\"num\">Spread</th></tr></thead><tbody>");
        foreach (var group in groups.OrderByDescending(g => g.Members.Count).ThenBy(g => g.Id, StringComparer.Ordinal))
        {
            var sites = group.Members.Select(m => Site(articles.GetValueOrDefault(m.DocId))).Where(s => s is not null).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            var dates = group.Members.Select(m => m.Published).OfType<DateTimeOffset>().ToList();
            // The first copy's day on the rows' clock: UTC where it has a time, the day it names where it has none.
            var firstDated = group.Members.Where(m => m.Published is not null).MinBy(m => m.Published!.Value);
            var first = firstDated is null ? "undated"
                : $"<time>{Day(HasTime(articles.GetValueOrDefault(firstDated.DocId)) ? firstDated.Published!.Value.ToUniversalTime() : firstDated.Published!.Value)}</time>";
            // A copy dated by day only (midnight stands for "some time that day") gives a spread in days, not a false "0 min".
            var dayOnly = group.Members.Any(m => m.Published is not null && !HasTime(articles.GetValueOrDefault(m.DocId)));
            var spread = dates.Count > 1 ? (dayOnly ? SpreadInDays(dates.Max() - dates.Min()) : Spread(dates.Max() - dates.Min())) : "—";
            w.WriteLine($"<tr><td><a href=\"#group-{E(group.Id)}\">{E(HtmlPage.Shorten(Headline(articles.GetValueOrDefault(group.EarliestDocId), group.EarliestDocId), 90))}</a></td>"
                + $"<td class=\"num\">{group.Members.Count}</td><td class=\"num\">{(sites == 0 ? "—" : sites.ToString(CultureInfo.InvariantCulture))}</td><td>{first}</td><td class=\"num\">{spread}</td></tr>");
        }
        w.WriteLine("</tbody></table>");

        foreach (var group in groups)
        {
            var earliest = articles.GetValueOrDefault(group.EarliestDocId);
            w.WriteLine($"<section class=\"group\" id=\"group-{E(group.Id)}\"><h2>{E(Headline(earliest, group.EarliestDocId))}</h2>");
            w.WriteLine($"<p class=\"muted\">Group <code>{E(group.Id)}</code> · {group.Members.Count} copies</p>");
            w.WriteLine("<table><thead><tr><th>Published</th><th>Source</th><th>Headline</th><th>How it matched</th></tr></thead><tbody>");
            foreach (var member in group.Members)
            {
                var stored = articles.GetValueOrDefault(member.DocId);
                // Times in UTC: copies stamped in their own zones ("20:02 +01:00", "19:02 +00:00") otherwise seem to run before the earliest.
                var date = member.Published is { } d
                    ? $"<time>{(HasTime(stored) ? d.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : Day(d))}</time>"
                    : "undated";
                var headline = Headline(stored, member.DocId);
                var title = links?.ArticleHref is { } href && long.TryParse(member.DocId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? $"<a href=\"{E(href(id))}\">{E(headline)}</a>"
                    : HtmlPage.LinkOrText(headline, stored?.Article.Url);
                var how = member.DocId == group.EarliestDocId ? "<strong>earliest</strong>"
                    : member.Match is { } m ? E(string.Create(CultureInfo.InvariantCulture, $"{m.Kind.ToString().ToLowerInvariant()} copy, similarity {m.Similarity:0.00}, containment {m.Containment:0.00}"))
                    : "first seen";
                w.WriteLine($"<tr><td>{date}</td><td>{E((stored is null ? null : PublicationName.Of(stored.Article)) ?? "")}</td><td>{title}</td><td>{how}</td></tr>");
            }
            w.WriteLine("</tbody></table></section>");
        }
        HtmlPage.End(w);
    }

    private static string Headline(CorpusArticle? stored, string docId) => stored?.Article.Headline ?? stored?.Article.Url ?? "article " + docId;

    // A file read from disk names no site: its path is not one ("Sites" counts only what a page or its address names).
    private static string? Site(CorpusArticle? stored) =>
        stored?.Article.SiteName ?? (WebAddress.TryParse(stored?.Article.Url, out var uri) ? uri.Host : null);

    private static string Spread(TimeSpan span) =>
        span.TotalHours < 1 ? span.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " min"
        : span.TotalDays < 2 ? span.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " h"
        : span.TotalDays.ToString("0", CultureInfo.InvariantCulture) + " days";

    private static string SpreadInDays(TimeSpan span) => Math.Round(span.TotalDays) switch
    {
        0 => "same day",
        1 => "1 day",
        var days => days.ToString("0", CultureInfo.InvariantCulture) + " days",
    };

    /// <summary>Whether the article's publication date has a time of day (a stored article unknown here is taken to have one).</summary>
    private static bool HasTime(CorpusArticle? stored) => stored?.Article.DatePublished is not { } date || date.Contains('T', StringComparison.Ordinal);

    private static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlPage.Encode(text);

    private const string Style = "section.group h2{font-size:1.15em}table.overview td:first-child{width:55%}";
}
