using Lede.Analysis.Entities;

namespace Lede.Analysis.Quotes;

/// <summary>
/// What <see cref="TaggedAttributionFeatures"/> reads of a content the <see cref="AttributionTagger"/> found and no rule
/// did: its cue (word, stem, size, the cue classifier's score), the content's size and place, how it opens and ends, and
/// the sentence around it.
/// </summary>
internal readonly record struct TaggedContentFacts(
    FeatureValue CueWord,
    FeatureValue CueStem,
    int CueTokens,
    float CueScore,
    bool ListedCue,
    int ContentWords,
    bool ContentAfterCue,
    int Gap,
    FeatureValue ContentFirstWord,
    FeatureValue ContentLastWord,
    bool Quoted,
    bool ReachesSentenceEnd,
    bool HasTaggedSource,
    bool AdjacentSource,
    bool SpeakerLikeSource,
    int FoundInSentence,
    int SentenceWords);
