namespace Lede.Corpus.Timeline;

/// <summary>The story (by id, with its title) or the entity (by name) a timeline follows.</summary>
public sealed record TimelineSubject(TimelineSubjectKind Kind, string Id, string? Title);
