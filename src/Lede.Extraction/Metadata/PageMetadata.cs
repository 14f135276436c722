using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Model;

namespace Lede.Extraction.Metadata;

/// <summary>What the page says about itself (meta tags, JSON-LD, markup), before the body is known.</summary>
internal sealed record PageMetadata
{
    /// <summary>Canonical URL (link rel=canonical, og:url, JSON-LD url) resolved against the page address, else the address.</summary>
    public string? Url { get; init; }
    /// <summary>What the page's relative addresses are resolved against: its &lt;base href&gt;, else <see cref="Url"/>.</summary>
    public string? BaseUrl { get; init; }
    public string? Headline { get; init; }

    /// <summary>The title the page declares for itself (og:title, twitter:title, &lt;title&gt;), as written there.</summary>
    public string? Name { get; init; }
    public string? AlternativeHeadline { get; init; }
    /// <summary>The standfirst the page prints under its headline (<see cref="StandfirstFinder"/>), whatever the JSON-LD says.</summary>
    public string? PrintedStandfirst { get; init; }
    public string? Description { get; init; }
    public string? SiteName { get; init; }
    public string? Publisher { get; init; }

    /// <summary>The language the page declares (html lang, Content-Language, og:locale); the text decides in the end.</summary>
    public string? InLanguage { get; init; }
    public string? ArticleSection { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Images the page names as its own (og:image, JSON-LD image), the lead image first.</summary>
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    /// <summary>articleBody from JSON-LD when the page ships one: a strong hint for the content extractor.</summary>
    public string? JsonLdArticleBody { get; init; }

    /// <summary>Byline strings as the page gives them (JSON-LD author names, meta author, byline markup), each with its profile URL when known.</summary>
    public IReadOnlyList<Person> Bylines { get; init; } = [];

    /// <summary>Where the bylines came from: jsonld, meta or markup.</summary>
    public string? BylineSource { get; init; }

    /// <summary>Organisations credited as author in JSON-LD (a wire agency or the newsroom itself).</summary>
    public IReadOnlyList<string> AuthorOrganizations { get; init; } = [];

    /// <summary>Every date the page offers, with its source and confidence.</summary>
    public IReadOnlyList<DateCandidate> DateCandidates { get; init; } = [];
}
