namespace Lede.Analysis.Quotes;

/// <summary>Where a candidate source of a tagged content comes from.</summary>
internal enum TaggedSourceKind
{
    /// <summary>The run the tagger marks as a source nearest the cue.</summary>
    NearestTagged = 1,

    /// <summary>Another run the tagger marks as a source in the sentence.</summary>
    OtherTagged = 2,

    /// <summary>The phrase the rules read right before the cue ("Most voters [back]").</summary>
    RuleBeforeCue = 3,

    /// <summary>The sentence's subject ("Smith posted a video, [saying] …").</summary>
    SentenceSubject = 4,
}
