namespace Lede.Analysis.Quotes;

/// <summary>
/// A content the <see cref="AttributionTagger"/> found that no rule did, with its cue, its acceptance features and the
/// phrases that may be its source: what <see cref="TaggedAttributionModel"/> decides on, and what its trainer learns from.
/// </summary>
internal sealed record TaggedCandidate(TextRange Content, TextRange Cue, ulong[] Features, IReadOnlyList<TaggedSourceOption> Sources);
