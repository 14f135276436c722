using System.Buffers;
using Lede.Analysis.Entities;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Features of a token for the attribution tagger, one sentence at a time: the word, its stem, suffix and shape,
/// ±2 neighbours, whether it lies inside quote marks, where it sits in the sentence, and where the nearest listed
/// reporting verb lies on each side (with "that" or a comma between): what lets a token read as source, cue or
/// content of "who said what". Hashed with <see cref="FeatureHash"/> like the cue classifier's.
/// </summary>
internal static class AttributionTagFeatures
{
    public const int Count = 22;

    private const ulong Boundary = 0x5EED_0F_5E17E7CEUL;

    /// <summary>Per token: 0 outside quote marks, 1 inside, 2 an opening mark, 3 a closing mark.</summary>
    public static byte[] QuoteStates(IReadOnlyList<Token> tokens, IReadOnlyList<QuotedSpan> quotes)
    {
        var states = new byte[tokens.Count];
        var q = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            while (q < quotes.Count && quotes[q].End <= token.Start) q++;
            if (q >= quotes.Count || quotes[q].Start > token.Start) continue;
            states[i] = quotes[q].Start == token.Start && token.IsPunctuation ? (byte)2
                : quotes[q].End == token.End && token.IsPunctuation ? (byte)3 : (byte)1;
        }
        return states;
    }

    /// <summary>Writes <see cref="Count"/> features for each token of the sentence [<paramref name="a"/>, <paramref name="b"/>) into <paramref name="into"/>, token after token.</summary>
    /// <param name="affixes">The tokens' <see cref="TokenAffixes"/> when made already; else each token's are made here.</param>
    public static void ExtractSentence(IReadOnlyList<Token> tokens, FeatureValue[] hashes, byte[] quoteStates, int a, int b, Span<ulong> into,
        TokenAffixes? affixes = null)
    {
        // Per token, once: whether it is a listed reporting verb, its shape and its quote state, each read by several features.
        var n = b - a;
        var listed = ArrayPool<bool>.Shared.Rent(n);
        var shapes = ArrayPool<FeatureValue>.Shared.Rent(n);
        var quotes = ArrayPool<FeatureValue>.Shared.Rent(n);
        for (var i = a; i < b; i++)
        {
            var token = tokens[i];
            listed[i - a] = IsListedCue(token, quoteStates[i]);
            shapes[i - a] = affixes is not null ? affixes.Shapes[i] : FeatureValue.Small(CueFeatures.Shape(token));
            quotes[i - a] = FeatureValue.Small(quoteStates[i]);
        }
        // The nearest listed reporting verb outside quote marks on each side, and what lies between.
        Span<int> leftCue = n <= 256 ? stackalloc int[n] : new int[n];
        Span<int> rightCue = n <= 256 ? stackalloc int[n] : new int[n];
        Span<byte> between = n <= 256 ? stackalloc byte[n] : new byte[n];
        var last = -1;
        byte seen = 0;
        for (var i = a; i < b; i++)
        {
            leftCue[i - a] = last;
            between[i - a] = seen;
            if (listed[i - a]) { last = i; seen = 0; }
            else if (last >= 0)
            {
                var text = tokens[i].Text;
                if (text is "that" or "That") seen |= 1;
                else if (text == ",") seen |= 2;
            }
        }
        last = -1;
        for (var i = b - 1; i >= a; i--)
        {
            rightCue[i - a] = last;
            if (listed[i - a]) last = i;
        }
        FeatureValue At(int k) => k >= a && k < b ? hashes[k] : MixedBoundary;
        FeatureValue ShapeAt(int k) => k >= a && k < b ? shapes[k - a] : OutsideShape;
        FeatureValue QuoteAt(int k) => k >= a && k < b ? quotes[k - a] : OutsideQuote;
        for (var i = a; i < b; i++)
        {
            var f = into.Slice((i - a) * Count, Count);
            var text = tokens[i].Text;
            var (stem, suffix) = affixes is not null ? (affixes.Stems[i], affixes.Suffixes[i]) : (CueFeatures.StemHash(text), CueFeatures.SuffixHash(text));
            var left = leftCue[i - a];
            var right = rightCue[i - a];
            var leftDistance = FeatureValue.Small(left < 0 ? 0UL : Bucket(i - left));
            var rightDistance = FeatureValue.Small(right < 0 ? 0UL : Bucket(right - i));
            f[0] = BiasFeature;
            f[1] = FeatureHash.Feature(2, hashes[i]);
            f[2] = FeatureHash.Feature(3, stem);
            f[3] = FeatureHash.Feature(4, suffix);
            f[4] = FeatureHash.Feature(5, ShapeAt(i), QuoteAt(i));
            f[5] = FeatureHash.Feature(6, At(i - 1));
            f[6] = FeatureHash.Feature(7, At(i + 1));
            f[7] = FeatureHash.Feature(8, At(i - 2));
            f[8] = FeatureHash.Feature(9, At(i + 2));
            f[9] = FeatureHash.Feature(10, At(i - 1), hashes[i]);
            f[10] = FeatureHash.Feature(11, hashes[i], At(i + 1));
            f[11] = FeatureHash.Feature(12, ShapeAt(i - 1), ShapeAt(i), ShapeAt(i + 1));
            f[12] = FeatureHash.Feature(13, QuoteAt(i - 1), QuoteAt(i), QuoteAt(i + 1));
            f[13] = FeatureHash.Feature(14, FeatureValue.Small(Bucket(i - a)), FeatureValue.Small(Bucket(b - 1 - i)));
            f[14] = FeatureHash.Feature(15, left < 0 ? MixedBoundary : hashes[left], leftDistance);
            f[15] = FeatureHash.Feature(16, leftDistance, rightDistance);
            f[16] = FeatureHash.Feature(17, right < 0 ? MixedBoundary : hashes[right], rightDistance);
            f[17] = FeatureHash.Feature(18, FeatureValue.Small(between[i - a]), leftDistance);
            f[18] = FeatureHash.Feature(19, FeatureValue.Small(listed[i - a] ? 1UL : 0UL), At(i + 1));
            f[19] = FeatureHash.Feature(20, stem, ShapeAt(i - 1));
            f[20] = FeatureHash.Feature(21, hashes[a], FeatureValue.Small(left < 0 ? 0UL : 1UL));
            f[21] = FeatureHash.Feature(22, stem, QuoteAt(i + 1), rightDistance);
        }
        // The tagger keeps a feature's tag in the low bits of its key.
        foreach (ref var f in into[..(n * Count)]) f &= ~TagBits;
        ArrayPool<bool>.Shared.Return(listed);
        ArrayPool<FeatureValue>.Shared.Return(shapes);
        ArrayPool<FeatureValue>.Shared.Return(quotes);
    }

    private static readonly FeatureValue MixedBoundary = Boundary;
    // The same for every token: hashed once.
    private static readonly ulong BiasFeature = FeatureHash.Feature(1, 0);
    private static readonly FeatureValue OutsideShape = FeatureValue.Small(4), OutsideQuote = FeatureValue.Small(4);

    public const ulong TagBits = 7;

    private static bool IsListedCue(Token token, byte quoteState) =>
        quoteState == 0 && (AttributionRules.ReportingVerbs.Contains(token.Text) || token.Text == AttributionRules.AccordingTo[0]);

    /// <summary>Distances as 1, 2, 3, 4–6, 7–10, 11–20, further.</summary>
    private static ulong Bucket(int distance) => distance switch
    {
        <= 3 => (ulong)Math.Max(0, distance) + 1,
        <= 6 => 5,
        <= 10 => 6,
        <= 20 => 7,
        _ => 8,
    };
}
