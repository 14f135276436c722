namespace Lede.Corpus.Timeline;

/// <summary>
/// What happened when for a story or an entity: articles by date, quotes grouped by speaker
/// (most quoted first), and figures grouped by what they count (longest series first).
/// </summary>
public sealed record Timeline(
    TimelineSubject Subject,
    IReadOnlyList<TimelineEntry> Articles,
    IReadOnlyList<SpeakerQuotes> Speakers,
    IReadOnlyList<FigureSeries> Figures);
