namespace Lede.Corpus.Stories;

/// <summary>
/// Articles about one event or developing story. <paramref name="Title"/> is the headline of its earliest article;
/// <paramref name="Articles"/> are ordered by date (undated last), then by arrival;
/// <paramref name="FirstSeen"/>/<paramref name="LastSeen"/> span the dated articles (null when none is dated).
/// </summary>
public sealed record Story(
    string Id,
    string Title,
    IReadOnlyList<StoryArticle> Articles,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<StoryEntity> TopEntities);
