using Lede.Extraction.Model;

namespace Lede.Extraction.Metadata;

/// <summary>What the page says about itself (meta tags, JSON-LD, markup), before the body is known.</summary>
internal sealed record PageMetadata
{
    public string? Url { get; init; }
    public string? Headline { get; init; }
    public string? Description { get; init; }
    public string? SiteName { get; init; }
    public string? InLanguage { get; init; }
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];
    /// <summary>articleBody from JSON-LD when the page ships one: a strong hint for the content extractor.</summary>
    public string? JsonLdArticleBody { get; init; }
}
