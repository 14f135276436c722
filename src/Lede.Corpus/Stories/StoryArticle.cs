namespace Lede.Corpus.Stories;

/// <summary>One article of a story, as the `stories` output lists it.</summary>
public sealed record StoryArticle(string DocId, string? Source, string? Url, string? Headline, DateTimeOffset? DatePublished);
