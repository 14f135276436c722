namespace Lede.Corpus.Timeline;

/// <summary>
/// Reported values of one measure over time. <paramref name="Measure"/> is the normalised key
/// ("living hostage"); <paramref name="Label"/> the unit as most often written ("living hostages").
/// Points are ordered by day (undated last), then source.
/// </summary>
public sealed record FigureSeries(string Measure, string Label, IReadOnlyList<FigurePoint> Points);
