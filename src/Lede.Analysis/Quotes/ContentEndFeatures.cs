using Lede.Analysis.Entities;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Features of one place where a reported content after its cue may end: after token <c>k</c>, before <c>k + 1</c>.
/// The words and shapes on both sides of the cut ("…the levy | , who has …", "…intact | on Monday"), how far
/// the cut lies from the content's start and from the sentence end, whether it leaves a quote open, and the cue
/// word with the word after the cut ("endorsed … | on"). Hashed like <see cref="CueFeatures"/>.
/// </summary>
internal static class ContentEndFeatures
{
    public const int Count = 16;

    private const ulong Boundary = 0x5EED_0F_E1D0_0B0DUL;
    private static readonly FeatureValue MixedBoundary = Boundary;

    /// <summary>Writes the features of a cut after token <paramref name="k"/> of content [start, end) into <paramref name="into"/>.</summary>
    public static void Extract(IReadOnlyList<Token> tokens, FeatureValue[] hashes, int cue, int start, int k, int end, bool cutsQuote, Span<ulong> into)
    {
        FeatureValue At(int i) => i >= start && i < end ? hashes[i] : MixedBoundary;
        FeatureValue ShapeAt(int i) => FeatureValue.Small(i >= start && i < end ? Shape(tokens[i]) : 5);
        var next = At(k + 1);
        var nextText = k + 1 < end ? tokens[k + 1].Text : "";
        var suffix = FeatureHash.Text(nextText.AsSpan(Math.Max(0, nextText.Length - 3)), lower: true);
        var last = k + 1 >= end || k + 2 >= end && tokens[k + 1].IsPunctuation;
        into[0] = FeatureHash.Feature(1, last ? 1UL : 0UL);
        into[1] = FeatureHash.Feature(2, hashes[k]);
        into[2] = FeatureHash.Feature(3, next);
        into[3] = FeatureHash.Feature(4, At(k + 2));
        into[4] = FeatureHash.Feature(5, next, At(k + 2));
        into[5] = FeatureHash.Feature(6, hashes[k], next);
        into[6] = FeatureHash.Feature(7, ShapeAt(k + 1), ShapeAt(k + 2));
        into[7] = FeatureHash.Feature(8, suffix, ShapeAt(k + 1));
        into[8] = FeatureHash.Feature(9, Bucket(k + 1 - start));
        into[9] = FeatureHash.Feature(10, Bucket(end - k - 1));
        into[10] = FeatureHash.Feature(11, hashes[cue], next);
        into[11] = FeatureHash.Feature(12, cutsQuote ? 1UL : 0UL);
        into[12] = FeatureHash.Feature(13, next, Bucket(k + 1 - start));
        into[13] = FeatureHash.Feature(14, ShapeAt(k), ShapeAt(k + 1));
        into[14] = FeatureHash.Feature(15, hashes[cue], Bucket(k + 1 - start));
        into[15] = FeatureHash.Feature(16, At(k - 1), hashes[k]);
    }

    /// <summary>Distances in a few classes: 1, 2, 3–4, 5–8, 9–16, 17–32, more.</summary>
    private static ulong Bucket(int n) => n <= 2 ? (ulong)Math.Max(0, n) : n <= 4 ? 3UL : n <= 8 ? 4UL : n <= 16 ? 5UL : n <= 32 ? 6UL : 7UL;

    /// <summary>0 lower-case word, 1 capitalised, 2 all capitals, 3 number, 4 punctuation.</summary>
    private static ulong Shape(Token token) =>
        token.IsPunctuation ? 4UL : char.IsDigit(token.Text[0]) ? 3UL : token.IsAllCaps && token.Length > 1 ? 2UL : token.IsCapitalized ? 1UL : 0UL;
}
