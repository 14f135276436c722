using System.Globalization;
using Lede.Analysis.Model;
using Lede.Corpus.Pages;
using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Server.Web;

/// <summary>
/// One article as the UI shows it: the record's fields with where each date came from, warnings, the
/// body (sanitised by the same whitelist as <c>lede extract --format html</c>), images with captions and
/// credits, and the analysis — people and organisations with titles, quotes with speakers, figures with sources.
/// </summary>
public static class ArticlePage
{
    private const string Style =
        "dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.fields dt{color:#666}dl.fields dd{margin:0}" +
        ".warning{background:#fff4e5;border-left:3px solid #e69f00;padding:.3em .6em;margin:.3em 0}" +
        "article.body{border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:.5em 0;margin:1em 0}article.body img{max-width:100%}" +
        "figure img{max-width:100%}figcaption{color:#555;font-size:.9em}";

    public static string Render(NewsArticle article, ArticleAnalysis? analysis, long? corpusId = null) =>
        WebPages.Page(article.Headline ?? "Article", Style, w =>
        {
            w.WriteLine($"<h1>{E(article.Headline ?? "(no headline)")}</h1>");
            if ((article.AlternativeHeadline ?? article.Description) is { } dek) w.WriteLine($"<p><em>{E(dek)}</em></p>");
            foreach (var warning in (article.Warnings ?? []).Concat(analysis?.Warnings ?? [])) w.WriteLine($"<p class=\"warning\">{E(warning)}</p>");

            w.WriteLine("<dl class=\"fields\">");
            Field(w, "corpus id", corpusId?.ToString(CultureInfo.InvariantCulture));
            if (HtmlPage.SafeLink(article.Url) is { } url) w.WriteLine($"<dt>url</dt><dd>{HtmlPage.LinkOrText(url, url)}</dd>");
            Field(w, "site", article.SiteName ?? article.Publisher);
            Field(w, "authors", article.Authors is not { Count: > 0 } authors ? null : string.Join(", ", authors.Select(a => a.Name)));
            Field(w, "agency", article.SourceOrganization);
            Field(w, "dateline", article.Dateline is { } d ? d.Place + (d.Agency is null ? "" : $" ({d.Agency})") : null);
            Field(w, "published", Dated(article.DatePublished, article.DatePublishedSource, article.DatePublishedConfidence));
            Field(w, "modified", Dated(article.DateModified, article.DateModifiedSource, article.DateModifiedConfidence));
            Field(w, "language", article.InLanguage);
            Field(w, "section", article.ArticleSection);
            Field(w, "keywords", article.Keywords is not { Count: > 0 } keywords ? null : string.Join(", ", keywords));
            w.WriteLine("</dl>");

            w.WriteLine("<article class=\"body\">");
            w.WriteLine(HtmlWriter.Sanitize(article.ArticleHtml ?? ArticleText.ParagraphsAsHtml(article.ArticleBody)));
            w.WriteLine("</article>");

            foreach (var image in article.Images ?? [])
            {
                if (HtmlPage.SafeLink(image.Url) is not { } src || HtmlWriter.PointsInside(src)) continue;
                w.Write($"<figure><img src=\"{E(src)}\" alt=\"{E(image.Caption ?? "")}\" loading=\"lazy\" referrerpolicy=\"no-referrer\">");
                if (image.Caption is not null || image.Credit is not null)
                    w.Write($"<figcaption>{E(image.Caption ?? "")}{(image.Credit is null ? "" : $" <span class=\"muted\">({E(image.Credit)})</span>")}</figcaption>");
                w.WriteLine("</figure>");
            }
            if (analysis is not null) WriteAnalysis(w, analysis);
        }, remoteImages: true);

    private static void WriteAnalysis(TextWriter w, ArticleAnalysis analysis)
    {
        var people = analysis.Entities.Where(e => e.Type != "MISC").OrderByDescending(e => e.MentionCount).ToList();
        if (people.Count > 0)
        {
            w.WriteLine("<h2>Who and what is named</h2><table><thead><tr><th>Name</th><th>Type</th><th>Titles</th><th>Mentions</th></tr></thead><tbody>");
            foreach (var e in people)
                w.WriteLine($"<tr><td>{E(e.Name)}</td><td>{E(e.Type)}</td><td>{E(string.Join("; ", e.Titles ?? []))}</td><td class=\"num\">{e.MentionCount}</td></tr>");
            w.WriteLine("</tbody></table>");
        }
        if (analysis.Quotes.Count > 0)
        {
            w.WriteLine("<h2>Quotes</h2><table><thead><tr><th>Speaker</th><th>Cue</th><th>Kind</th><th>Text</th></tr></thead><tbody>");
            foreach (var q in analysis.Quotes)
                w.WriteLine($"<tr><td>{E(q.Speaker?.Name ?? q.Speaker?.Text ?? "(unattributed)")}</td><td>{E(q.Cue?.Text ?? "")}</td><td>{E(q.Kind)}</td><td>{E(q.Text)}</td></tr>");
            w.WriteLine("</tbody></table>");
        }
        if (analysis.Claims.Count > 0)
        {
            w.WriteLine("<h2>Figures</h2><table><thead><tr><th>Value</th><th>Unit</th><th>According to</th><th>As written</th></tr></thead><tbody>");
            foreach (var c in analysis.Claims)
            {
                var value = (c.Qualifier is null ? "" : c.Qualifier + " ") + c.Value.ToString("#,0.###", CultureInfo.InvariantCulture);
                w.WriteLine($"<tr><td class=\"num\">{E(value)}</td><td>{E(c.Unit ?? "")}</td><td>{E(c.Source?.Name ?? c.Source?.Text ?? "")}</td><td>{E(c.Text)}</td></tr>");
            }
            w.WriteLine("</tbody></table>");
        }
    }

    private static string? Dated(string? date, string? source, double? confidence) =>
        date is null ? null : date + (source is null ? "" : $" (from {source}{(confidence is { } c ? $", confidence {c:0.##}" : "")})");

    private static void Field(TextWriter w, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) w.WriteLine($"<dt>{E(name)}</dt><dd>{E(value)}</dd>");
    }

    private static string E(string text) => HtmlPage.Encode(text);
}
