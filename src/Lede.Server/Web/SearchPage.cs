using Lede.Corpus.Pages;
using Lede.Corpus.Search;

namespace Lede.Server.Web;

/// <summary>The home page: a search form over the corpus and, when a query was given, its ranked hits with snippets.</summary>
public static class SearchPage
{
    private const string Style =
        "form.search{display:grid;grid-template-columns:repeat(4,1fr);gap:.4em;margin:1em 0}form.search label{display:flex;flex-direction:column;font-size:.85em;color:#555}form.search label.query{grid-column:1/-1}form.search input[name=q]{font-size:1.1em;padding:.3em}" +
        "ol.hits{padding-left:1.2em}ol.hits li{margin:.9em 0}mark{background:#fff1a8}.hit-meta{color:#666;font-size:.9em}.error{color:#a00}";

    /// <summary>Form fields and their labels, named like the API's query parameters.</summary>
    private static readonly (string Name, string Label)[] Filters =
        [("from", "from (YYYY-MM-DD)"), ("to", "to (YYYY-MM-DD)"), ("site", "site"), ("author", "author"), ("entity", "entity"), ("lang", "language"), ("limit", "results")];

    /// <param name="limit">The most hits the search could return: as many hits as that means more may match.</param>
    public static string Render(IReadOnlyDictionary<string, string> values, IReadOnlyList<SearchHit>? hits, IReadOnlyList<string> errors, string? corpusDescription, int limit = SearchQuery.MaxLimit) =>
        WebPages.Page("Search", Style, w =>
        {
            w.WriteLine("<h1>Search the corpus</h1>");
            if (corpusDescription is null)
            {
                w.WriteLine("<p>This server has no corpus: start it with <code>lede serve --db FILE</code>. <a href=\"/extract\">Extract a page</a> works without one.</p>");
                return;
            }
            w.WriteLine($"<p class=\"muted\">{E(corpusDescription)}</p>");
            w.WriteLine("<form class=\"search\" method=\"get\" action=\"/\">");
            w.WriteLine($"<label class=\"query\">Words (each also as its singular or plural), \"a phrase\" (a quoted word as typed), AND / OR / NOT, prefix* <input name=\"q\" value=\"{E(values.GetValueOrDefault("q") ?? "")}\"></label>");
            foreach (var (name, label) in Filters)
                w.WriteLine($"<label>{E(label)} <input name=\"{name}\" value=\"{E(values.GetValueOrDefault(name) ?? "")}\"{(name == "limit" ? $" placeholder=\"{SearchQuery.DefaultLimit}\"" : "")}></label>");
            w.WriteLine("<button type=\"submit\">Search</button></form>");
            foreach (var error in errors) w.WriteLine($"<p class=\"error\">{E(error)}</p>");
            if (hits is null) return;
            w.WriteLine($"<p class=\"summary\">{E(Summary(hits.Count, limit))}</p><ol class=\"hits\">");
            foreach (var hit in hits)
            {
                var headline = hit.Headline ?? hit.Url ?? $"article {hit.Id}";
                w.WriteLine($"<li><a href=\"/articles/{hit.Id}\">{E(headline)}</a>");
                w.WriteLine($"<div class=\"hit-meta\">{E(hit.DatePublished ?? "undated")} · {E(hit.Site ?? SourceName(hit.Source))}{(HtmlPage.SafeLink(hit.Url) is { } href ? $" · <a href=\"{E(href)}\" rel=\"noopener noreferrer nofollow\">original</a>" : "")}</div>");
                w.WriteLine($"<div>{Snippet(hit.Snippet)}</div></li>");
            }
            w.WriteLine("</ol>");
        });

    /// <summary>How many hits are shown, saying so when the limit cut the list short.</summary>
    internal static string Summary(int count, int limit) => count switch
    {
        0 => "No article matches.",
        _ when count >= limit => $"Only the first {count:N0} shown; more may match (raise \"results\", up to {SearchQuery.MaxLimit:N0}, or narrow the search).",
        1 => "1 result",
        _ => $"{count:N0} results",
    };

    /// <summary>The snippet with its <c>**matched**</c> words marked; every part is encoded first.</summary>
    internal static string Snippet(string snippet)
    {
        var parts = snippet.Split("**");
        var html = new System.Text.StringBuilder(snippet.Length + 32);
        for (var i = 0; i < parts.Length; i++)
        {
            // Odd parts lie between markers; a lone trailing marker leaves an unmatched last part, shown plain.
            var marked = i % 2 == 1 && i < parts.Length - (parts.Length % 2 == 0 ? 1 : 0);
            html.Append(marked ? "<mark>" : "").Append(E(parts[i])).Append(marked ? "</mark>" : "");
        }
        return html.ToString();
    }

    private static string E(string text) => HtmlPage.Encode(text);

    // A file's name, not the server's path to it: readers of the page need "story-17.txt", and the path is none of their business.
    internal static string SourceName(string? source) => source is null ? "" : Path.GetFileName(source.TrimEnd('/')) is { Length: > 0 } name ? name : source;
}
