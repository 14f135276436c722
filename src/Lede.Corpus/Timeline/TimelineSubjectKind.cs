namespace Lede.Corpus.Timeline;

/// <summary>What a timeline follows.</summary>
public enum TimelineSubjectKind
{
    Story,
    Entity,
}
