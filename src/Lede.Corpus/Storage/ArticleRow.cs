namespace Lede.Corpus.Storage;

/// <summary>
/// An article in the shape both stores write: the columns search filters on, the body the
/// full-text index reads, and the rest of the record (article and analysis, body left out) as JSON.
/// </summary>
internal sealed record ArticleRow(
    byte[] DocumentKey,
    byte[] ContentHash,
    string? Url,
    string? Source,
    string? Headline,
    string Body,
    string? DatePublished,
    string? PublishedDay,
    string? Site,
    string? SiteName,
    string? Language,
    string Record,
    IReadOnlyList<string> Authors,
    IReadOnlyList<EntityRow> Entities);
