using Lede.Analysis.Entities;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Features of a token for the cue classifier: the word, its suffix, casing, and the words around it
/// ("Smith [said] that", "polls [show] Clinton", "[according] to"). Each token's lower-cased form is hashed
/// once per article (<see cref="WordHashes"/>); a feature is a template mixed with those hashes
/// (<see cref="FeatureHash"/>, shared with the entity tagger), so no string is built per feature.
/// </summary>
internal static class CueFeatures
{
    public const int Count = 28;

    private const ulong Boundary = 0x5EED_0F_5E17E7CEUL;
    private static readonly FeatureValue MixedBoundary = Boundary;

    /// <summary>Each token's lower-cased form hashed and mixed for <see cref="FeatureHash.Feature(int, FeatureValue)"/>.</summary>
    public static FeatureValue[] WordHashes(IReadOnlyList<Token> tokens)
    {
        var hashes = new FeatureValue[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) hashes[i] = FeatureHash.Text(tokens[i].Text, lower: true);
        return hashes;
    }

    internal static FeatureValue StemHash(string word) => FeatureHash.Text(Stem(word), lower: true);

    internal static FeatureValue SuffixHash(string word) => FeatureHash.Text(word.AsSpan(Math.Max(0, word.Length - 3)), lower: true);

    /// <summary>Writes the <see cref="Count"/> features of token <paramref name="i"/> into <paramref name="into"/>.</summary>
    /// <param name="affixes">The tokens' <see cref="TokenAffixes"/> when made already; else token i's are made here.</param>
    /// <param name="context">The tokens' <see cref="CueContext"/> when made already; else made here (a pass over every token).</param>
    public static void Extract(IReadOnlyList<Token> tokens, FeatureValue[] hashes, int i, Span<ulong> into, TokenAffixes? affixes = null, CueContext? context = null)
    {
        var text = tokens[i].Text;
        FeatureValue At(int k) => k >= 0 && k < hashes.Length ? hashes[k] : MixedBoundary;
        var shapes = affixes?.Shapes;
        FeatureValue ShapeAt(int k) => k < 0 || k >= tokens.Count ? OutsideShape : shapes is not null ? shapes[k] : FeatureValue.Small(Shape(tokens[k]));
        var suffix = affixes is not null ? affixes.Suffixes[i] : SuffixHash(text);
        // The previous token's shape is read by four features: its letters are looked at once.
        var shapeBefore = ShapeAt(i - 1);
        into[0] = BiasFeature;
        into[1] = FeatureHash.Feature(2, hashes[i]);
        into[2] = FeatureHash.Feature(3, suffix);
        into[3] = FeatureHash.Feature(4, At(i - 1));
        into[4] = FeatureHash.Feature(5, At(i + 1));
        into[5] = FeatureHash.Feature(6, At(i - 2));
        into[6] = FeatureHash.Feature(7, At(i + 2));
        into[7] = FeatureHash.Feature(8, hashes[i], At(i + 1));
        into[8] = FeatureHash.Feature(9, At(i - 1), hashes[i]);
        into[9] = FeatureHash.Feature(10, ShapeAt(i));
        into[10] = FeatureHash.Feature(11, At(i + 1), At(i + 2));
        into[11] = FeatureHash.Feature(12, shapeBefore, hashes[i]);
        into[12] = FeatureHash.Feature(13, suffix, shapeBefore);
        // The stem ties inflections together ("endorse", "endorsed", "endorsing"), so a form rare in training still scores.
        var stem = affixes is not null ? affixes.Stems[i] : StemHash(text);
        into[13] = FeatureHash.Feature(14, stem);
        into[14] = FeatureHash.Feature(15, stem, At(i + 1));
        into[15] = FeatureHash.Feature(16, At(i - 1), stem);
        into[16] = FeatureHash.Feature(17, stem, ShapeAt(i + 1));
        into[17] = FeatureHash.Feature(18, At(i - 1), At(i + 1));
        into[18] = FeatureHash.Feature(19, ShapeAt(i - 2), shapeBefore, stem);
        // The word the subject ends on, past auxiliaries and adverbs ("Smith has long [argued]", "officials are [warning]"):
        // a name, a pronoun or a noun makes a verb of the word.
        var subject = i - 1;
        while (subject >= 0 && subject > i - 1 - MaxAuxiliaries && AttributionRules.CueAuxiliaries.Contains(tokens[subject].Text)) subject--;
        var skipped = FeatureValue.Small((ulong)(i - 1 - subject));
        var subjectShape = subject == i - 1 ? shapeBefore : ShapeAt(subject);
        into[19] = FeatureHash.Feature(20, subjectShape, stem);
        into[20] = FeatureHash.Feature(21, At(subject));
        into[21] = FeatureHash.Feature(22, skipped, subjectShape);
        // What opens the complement: "that", "to", a quote mark, a colon … within a few words ("[warned] voters that").
        var (complement, distance) = Complement(tokens, i);
        into[22] = FeatureHash.Feature(23, FeatureValue.Small(complement), stem);
        into[23] = FeatureHash.Feature(24, FeatureValue.Small(complement), FeatureValue.Small(distance));
        // Beyond the words around it: quote marks near it, where it stands in its sentence, the word that opens its clause
        // ("As [expected], …", "When [asked], …") and a name before it.
        context ??= CueContext.Of(tokens);
        into[24] = FeatureHash.Feature(25, FeatureValue.Small(context.QuoteSides[i]), stem);
        into[25] = FeatureHash.Feature(26, FeatureValue.Small(context.SentencePosition[i]), stem);
        var opener = context.ClauseOpener[i];
        into[26] = FeatureHash.Feature(27, opener >= 0 ? hashes[opener] : MixedBoundary);
        into[27] = FeatureHash.Feature(28, FeatureValue.Small(context.CapitalBefore[i]), stem);
    }

    // The same for every token: hashed once.
    private static readonly ulong BiasFeature = FeatureHash.Feature(1, 0);
    private static readonly FeatureValue OutsideShape = FeatureValue.Small(4);

    private const int MaxAuxiliaries = 4;
    private const int ComplementLookahead = 4;

    /// <summary>The first complement opener after the cue and how many tokens away: 0 none, 1 "that", 2 "to", 3 "whether"/"if", 4 a quote mark, 5 a colon, 6 a comma, 7 a full stop.</summary>
    private static (ulong Kind, ulong Distance) Complement(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + ComplementLookahead; k++)
        {
            var kind = tokens[k].Text switch
            {
                "that" or "That" => 1UL,
                "to" => 2UL,
                "whether" or "if" => 3UL,
                "“" or "\"" or "‘" or "'" or "''" or "``" => 4UL,
                ":" => 5UL,
                "," => 6UL,
                "." or "?" or "!" or ";" => 7UL,
                _ => 0UL,
            };
            if (kind != 0) return (kind, (ulong)(k - i));
        }
        return (0, 0);
    }

    /// <summary>A crude stem: the word without a regular verb or plural ending.</summary>
    internal static ReadOnlySpan<char> Stem(string word)
    {
        var span = word.AsSpan();
        // Every ending ends in g, d, s or e: any other ASCII last letter matches none, and the case-insensitive
        // comparisons (most of the cost, every token asks) are skipped, as for words too short for any. Beyond ASCII the full test runs ("ſ" is an "s" to it).
        if (span.Length <= 3 || span[^1] is < (char)128 and not ('g' or 'G' or 'd' or 'D' or 's' or 'S' or 'e' or 'E')) return span;
        foreach (var ending in Endings)
            if (span.Length > ending.Length + 2 && span.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return span[..^ending.Length];
        return span;
    }

    private static readonly string[] Endings = ["ing", "ied", "ies", "ed", "es", "s", "e"];

    /// <summary>0 lower-case word, 1 capitalised, 2 all capitals, 3 punctuation or number.</summary>
    internal static ulong Shape(Token token) =>
        token.IsPunctuation || char.IsDigit(token.Text[0]) ? 3UL : token.IsAllCaps && token.Length > 1 ? 2UL : token.IsCapitalized ? 1UL : 0UL;
}
