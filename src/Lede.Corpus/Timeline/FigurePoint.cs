namespace Lede.Corpus.Timeline;

/// <summary>
/// A figure one source reported on one day: <paramref name="Source"/> is the publication,
/// <paramref name="AttributedTo"/> whom the article credits ("Israeli officials"), <paramref name="Qualifier"/> the hedge ("about", "at least").
/// </summary>
public sealed record FigurePoint(
    DateOnly? Day,
    string? Source,
    string? AttributedTo,
    double Value,
    string? Qualifier,
    string Text,
    string DocId);
