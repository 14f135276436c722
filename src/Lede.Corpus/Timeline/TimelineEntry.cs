namespace Lede.Corpus.Timeline;

/// <summary>One article on the timeline.</summary>
public sealed record TimelineEntry(DateTimeOffset? Date, string DocId, string? Source, string? Url, string? Headline);
