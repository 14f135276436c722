namespace Lede.Corpus.Search.Index;

/// <summary>What the search index holds of one stored article: its text and the values search filters on (names normalised as stored).</summary>
internal sealed record IndexedArticle(
    long Id,
    string? Headline,
    string Body,
    string? PublishedDay,
    string? Site,
    string? SiteName,
    string? Language,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Entities);
