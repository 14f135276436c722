using Lede.Analysis.Entities;

namespace Lede.Analysis.Quotes;

/// <summary>
/// What <see cref="TaggedAttributionFeatures"/> reads of one phrase that may be the source of a tagged content: where it
/// came from (<see cref="TaggedSourceKind"/>), where it lies against the cue, its words and what kind of phrase it is.
/// </summary>
internal readonly record struct TaggedSourceFacts(
    TaggedSourceKind Kind,
    bool BeforeCue,
    int Distance,
    bool CommaBetween,
    int Words,
    FeatureValue FirstWord,
    FeatureValue LastWord,
    int Form,
    bool SpeakerLike,
    bool NounLikeEnd,
    bool OpensSentence,
    bool Tagged);
