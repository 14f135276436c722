namespace Lede.Corpus.Search;

/// <summary>One search result: higher <see cref="Score"/> is better; the snippet marks matched words with **.</summary>
public sealed record SearchHit(
    long Id,
    string? Url,
    string? Source,
    string? Headline,
    string? DatePublished,
    string? Site,
    double Score,
    string Snippet);
