using Lede.Analysis.Entities;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Features of the <see cref="TaggedAttributionModel"/>: whether a content the tagger alone found is an attribution
/// (<see cref="Content"/>), and which phrase is its source (<see cref="Source"/>). Hashed with <see cref="FeatureHash"/>;
/// the two sets use templates of their own, so one weight table holds both.
/// </summary>
internal static class TaggedAttributionFeatures
{
    public const int ContentCount = 22;
    public const int SourceCount = 14;

    /// <summary>The acceptance features of a tagged content.</summary>
    public static ulong[] Content(in TaggedContentFacts f)
    {
        var score = FeatureValue.Small(ScoreClass(f.CueScore));
        var words = FeatureValue.Small(WordClass(f.ContentWords));
        var after = FeatureValue.Small(f.ContentAfterCue ? 1UL : 0UL);
        var source = FeatureValue.Small((f.HasTaggedSource ? 1UL : 0UL) | (f.AdjacentSource ? 2UL : 0UL) | (f.SpeakerLikeSource ? 4UL : 0UL));
        return
        [
            FeatureHash.Feature(1, 0),
            FeatureHash.Feature(2, f.CueWord),
            FeatureHash.Feature(3, f.CueStem),
            FeatureHash.Feature(4, score),
            FeatureHash.Feature(5, score, FeatureValue.Small(f.ListedCue ? 1UL : 0UL)),
            FeatureHash.Feature(6, FeatureValue.Small((ulong)Math.Min(f.CueTokens, 4))),
            FeatureHash.Feature(7, words),
            FeatureHash.Feature(8, words, after),
            FeatureHash.Feature(9, after, FeatureValue.Small((ulong)Math.Min(f.Gap, 4))),
            FeatureHash.Feature(10, f.ContentFirstWord),
            FeatureHash.Feature(11, f.ContentFirstWord, after),
            FeatureHash.Feature(12, f.ContentLastWord),
            FeatureHash.Feature(13, FeatureValue.Small(f.Quoted ? 1UL : 0UL), after),
            FeatureHash.Feature(14, FeatureValue.Small(f.ReachesSentenceEnd ? 1UL : 0UL), after),
            FeatureHash.Feature(15, source),
            FeatureHash.Feature(16, source, score),
            FeatureHash.Feature(17, FeatureValue.Small((ulong)Math.Min(f.FoundInSentence, 3))),
            FeatureHash.Feature(18, FeatureValue.Small(WordClass(f.SentenceWords))),
            FeatureHash.Feature(19, f.CueStem, after),
            FeatureHash.Feature(20, f.CueWord, f.ContentFirstWord),
            FeatureHash.Feature(21, source, words),
            FeatureHash.Feature(22, FeatureValue.Small(Math.Min(15UL, (ulong)(f.ContentWords * 8 / Math.Max(1, f.SentenceWords)))), after),
        ];
    }

    /// <summary>The features of one phrase as the source of a tagged content.</summary>
    public static ulong[] Source(in TaggedSourceFacts f)
    {
        var kind = FeatureValue.Small((ulong)f.Kind);
        var distance = FeatureValue.Small(DistanceClass(f.Distance));
        var side = FeatureValue.Small(f.BeforeCue ? 1UL : 0UL);
        var form = FeatureValue.Small((ulong)f.Form);
        return
        [
            FeatureHash.Feature(101, kind),
            FeatureHash.Feature(102, kind, side, distance),
            FeatureHash.Feature(103, side, distance),
            FeatureHash.Feature(104, form),
            FeatureHash.Feature(105, form, side, distance),
            FeatureHash.Feature(106, f.FirstWord),
            FeatureHash.Feature(107, f.LastWord),
            FeatureHash.Feature(108, FeatureValue.Small((f.SpeakerLike ? 1UL : 0UL) | (f.NounLikeEnd ? 2UL : 0UL)), kind),
            FeatureHash.Feature(109, FeatureValue.Small(WordClass(f.Words))),
            FeatureHash.Feature(110, FeatureValue.Small(f.CommaBetween ? 1UL : 0UL), side),
            FeatureHash.Feature(111, FeatureValue.Small(f.OpensSentence ? 1UL : 0UL), kind),
            FeatureHash.Feature(112, FeatureValue.Small(f.Tagged ? 1UL : 0UL), form),
            FeatureHash.Feature(113, kind, form),
            FeatureHash.Feature(114, f.FirstWord, side),
        ];
    }

    // The cue classifier's score against its threshold, in the classes the finder's margins draw.
    private static ulong ScoreClass(float score) => score switch
    {
        float.NegativeInfinity => 0,
        > 2.5f => 1,
        > 0 => 2,
        > -1.5f => 3,
        > -3 => 4,
        > -5 => 5,
        > -10 => 6,
        _ => 7,
    };

    private static ulong WordClass(int words) => words switch
    {
        <= 2 => (ulong)words,
        <= 4 => 3,
        <= 7 => 4,
        <= 12 => 5,
        <= 20 => 6,
        <= 35 => 7,
        _ => 8,
    };

    private static ulong DistanceClass(int distance) => distance switch
    {
        <= 2 => (ulong)distance,
        <= 5 => 3,
        <= 10 => 4,
        _ => 5,
    };
}
