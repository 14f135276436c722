namespace Lede.Extraction.Metadata;

/// <summary>What the page's JSON-LD says about its article (and its site), already reduced to plain values.</summary>
internal sealed record JsonLdFacts
{
    public string? Type { get; init; }
    public string? Headline { get; init; }
    public string? AlternativeHeadline { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<JsonLdAuthor> Authors { get; init; } = [];
    public string? Publisher { get; init; }

    /// <summary>The publisher is a Person (a personal blog), not an organisation.</summary>
    public bool PublisherIsPerson { get; init; }
    public string? SiteName { get; init; }
    public string? DatePublished { get; init; }
    public string? DateCreated { get; init; }
    public string? DateModified { get; init; }
    public IReadOnlyList<string> Images { get; init; } = [];
    public string? ArticleBody { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? InLanguage { get; init; }
    public string? Url { get; init; }

    /// <summary>True when the facts came from an article-typed object (not just a WebPage or WebSite).</summary>
    public bool IsArticle { get; init; }
}
