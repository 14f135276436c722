using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Analysis.Model;
using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Corpus.Storage;

/// <summary>
/// Converts between an article with its analysis and the row the stores write, and computes the
/// identity that makes ingest idempotent: the same URL with the same content is one document.
/// </summary>
internal static class ArticleRowCodec
{
    public static ArticleRow ToRow(NewsArticle article, ArticleAnalysis? analysis)
    {
        article = Clean(article);
        var body = article.ArticleBody;
        var record = ArticleJson.ToJsonObject(article with { ArticleBody = "" });
        record.Remove("articleBody");
        if (analysis is not null) AnalysisJson.AddTo(record, analysis);
        var contentHash = ContentHash(article.Headline, body);
        return new ArticleRow(
            DocumentKey(article.Url, contentHash),
            contentHash,
            article.Url,
            article.Source,
            article.Headline,
            body,
            article.DatePublished,
            PublishedDay(article.DatePublished),
            SiteOf(article.Url),
            article.SiteName,
            article.InLanguage?.Trim().ToLowerInvariant(),
            record.ToJsonString(ArticleJson.Compact),
            article.Authors.Select(a => Normalise(a.Name)).Where(n => n.Length > 0).Distinct().ToList(),
            analysis?.Entities.Select(e => new EntityRow(Normalise(e.Name), e.Type)).Where(e => e.Name.Length > 0).DistinctBy(e => e.Name).ToList() ?? []);
    }

    // Straight from the text into the two typed shapes, no JSON tree in between: reading the record was most of
    // the time of a timeline over hundreds of articles. The stores write every analysis field as an array
    // (AnalysisJson.AddTo), so a record with none of them was stored without analysis.
    public static CorpusArticle FromStored(long id, string body, string record)
    {
        var article = JsonSerializer.Deserialize<NewsArticle>(record, ArticleJson.Compact)! with { ArticleBody = body };
        var fields = JsonSerializer.Deserialize<StoredAnalysis>(record, ArticleJson.Compact)!;
        var analysis = fields.Sentences is null && fields.Mentions is null && fields.Entities is null && fields.Quotes is null && fields.Claims is null
            ? null
            : new ArticleAnalysis(fields.Sentences ?? [], fields.Mentions ?? [], fields.Entities ?? [], fields.Quotes ?? [], fields.Claims ?? []);
        return new CorpusArticle(id, article, analysis);
    }

    /// <summary>The analysis fields of a stored record (<see cref="AnalysisJson.Fields"/>); the article's own are skipped.</summary>
    private sealed class StoredAnalysis
    {
        public List<Sentence>? Sentences { get; init; }
        public List<Mention>? Mentions { get; init; }
        public List<Entity>? Entities { get; init; }
        public List<Quote>? Quotes { get; init; }
        public List<Claim>? Claims { get; init; }
    }

    /// <summary>The article object of Lede's output schema: the extracted fields, then the analysis fields.</summary>
    public static JsonObject ToJson(CorpusArticle stored)
    {
        var json = ArticleJson.ToJsonObject(stored.Article);
        if (stored.Analysis is not null) AnalysisJson.AddTo(json, stored.Analysis);
        return json;
    }

    /// <summary>SHA-256 of headline and body with whitespace runs collapsed (re-wrapped copies hash alike).</summary>
    public static byte[] ContentHash(string? headline, string body)
    {
        var text = new StringBuilder(body.Length + 128);
        AppendCollapsed(text, headline ?? "");
        text.Append('\n');
        AppendCollapsed(text, body);
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    public static byte[] DocumentKey(string? url, byte[] contentHash)
    {
        var urlBytes = Encoding.UTF8.GetBytes(url ?? "");
        var input = new byte[urlBytes.Length + 1 + contentHash.Length];
        urlBytes.CopyTo(input, 0);
        contentHash.CopyTo(input, urlBytes.Length + 1);
        return SHA256.HashData(input);
    }

    /// <summary>The calendar day of an ISO 8601 date as written (the publisher's local day).</summary>
    public static string? PublishedDay(string? date) =>
        date is { Length: >= 10 } && char.IsAsciiDigit(date[0]) && date[4] == '-' && date[7] == '-' ? date[..10] : null;

    /// <summary>The host of a URL, lower-cased, without a leading "www.".</summary>
    public static string? SiteOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The article as it will read back: PostgreSQL text cannot hold NUL characters, so both stores drop them.</summary>
    public static NewsArticle Clean(NewsArticle article) =>
        article.ArticleBody.Contains('\0') || article.Headline?.Contains('\0') == true || article.Url?.Contains('\0') == true || article.Source?.Contains('\0') == true
            ? article with { ArticleBody = NoNul(article.ArticleBody), Headline = NoNul(article.Headline), Url = NoNul(article.Url), Source = NoNul(article.Source) }
            : article;

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? NoNul(string? text) => text is null || !text.Contains('\0') ? text : text.Replace("\0", "");

    public static string Normalise(string name)
    {
        var text = new StringBuilder(name.Length);
        AppendCollapsed(text, name);
        return text.ToString().ToLowerInvariant();
    }

    private static void AppendCollapsed(StringBuilder text, string value)
    {
        var space = false;
        var start = text.Length;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && text.Length > start) text.Append(' ');
            space = false;
            text.Append(c);
        }
    }
}
