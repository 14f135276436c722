namespace Lede.Corpus.Timeline;

/// <summary>Everything one speaker was quoted saying, in date order.</summary>
public sealed record SpeakerQuotes(string Speaker, string? Entity, IReadOnlyList<TimelineQuote> Quotes);
