using System.Text.Json.Serialization;

namespace Lede.Extraction.Model;

/// <summary>
/// One extracted news article. Property names follow schema.org NewsArticle and are
/// serialised camelCase; they are a contract other tools rely on: extend, never rename.
/// </summary>
public sealed record NewsArticle
{
    /// <summary>Where the input was found: the path or URL as given on the command line.</summary>
    public string? Source { get; init; }

    /// <summary>Canonical URL when the page declares one, else the address it was fetched from.</summary>
    public string? Url { get; init; }

    /// <summary>The story's own headline: what the page prints over the story, without site names or labels.</summary>
    public string? Headline { get; init; }

    /// <summary>
    /// The title the page declares for itself, as written there: og:title, else twitter:title, else
    /// &lt;title&gt; (what link previews and search results show). It may carry the site's name
    /// ("… | Example News") or read differently from the printed headline; <see cref="Headline"/> never does.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>Dek / standfirst under the headline.</summary>
    public string? AlternativeHeadline { get; init; }

    /// <summary>Summary the page gives for itself (meta description, og:description).</summary>
    public string? Description { get; init; }

    public IReadOnlyList<Person> Authors { get; init; } = [];

    /// <summary>The wire agency when the story is wire copy ("Associated Press", "Reuters").</summary>
    public string? SourceOrganization { get; init; }

    public Dateline? Dateline { get; init; }

    /// <summary>ISO 8601: a date ("2025-03-05") or a date-time with offset when the time is known.</summary>
    public string? DatePublished { get; init; }
    public string? DatePublishedSource { get; init; }
    public double? DatePublishedConfidence { get; init; }

    public string? DateModified { get; init; }
    public string? DateModifiedSource { get; init; }
    public double? DateModifiedConfidence { get; init; }

    /// <summary>BCP 47 language tag of the article text.</summary>
    public string? InLanguage { get; init; }

    public string? ArticleSection { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string? SiteName { get; init; }
    public string? Publisher { get; init; }

    /// <summary>Images of the article, the lead image first; captions and credits live here, never in the body.</summary>
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    /// <summary>Plain text: paragraphs separated by a blank line; headings, list items, quotes and table rows on lines of their own.</summary>
    public string ArticleBody { get; init; } = "";

    /// <summary>The article body as sanitised HTML (structure, links, emphasis). Written only by the html/markdown formats.</summary>
    [JsonIgnore]
    public string? ArticleHtml { get; init; }

    /// <summary>Plain-language findings about the page: conflicting dates, empty bodies, duplicated teasers.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
