namespace Lede.Corpus.Timeline;

/// <summary>
/// A quote as first reported (earliest date, then first given); <paramref name="AlsoIn"/> lists the other
/// articles that carry the same words (wire copies, follow-ups). <paramref name="Kind"/> is the analysis kind: direct, indirect or mixed.
/// </summary>
public sealed record TimelineQuote(DateTimeOffset? Date, string DocId, string? Source, string Text, string Kind, IReadOnlyList<string> AlsoIn);
