using Lede.Analysis.Entities;
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
    public const int Count = 19;

    private const ulong Boundary = 0x5EED_0F_5E17E7CEUL;

    public static ulong[] WordHashes(IReadOnlyList<Token> tokens)
    {
        var hashes = new ulong[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) hashes[i] = FeatureHash.Text(tokens[i].Text, lower: true);
        return hashes;
    }

    /// <summary>Writes the <see cref="Count"/> features of token <paramref name="i"/> into <paramref name="into"/>.</summary>
    public static void Extract(IReadOnlyList<Token> tokens, ulong[] hashes, int i, Span<ulong> into)
    {
        var text = tokens[i].Text;
        ulong At(int k) => k >= 0 && k < hashes.Length ? hashes[k] : Boundary;
        ulong ShapeAt(int k) => k >= 0 && k < tokens.Count ? Shape(tokens[k]) : 4;
        var suffix = FeatureHash.Text(text.AsSpan(Math.Max(0, text.Length - 3)), lower: true);
        into[0] = FeatureHash.Feature(1, 0);
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
        into[11] = FeatureHash.Feature(12, ShapeAt(i - 1), hashes[i]);
        into[12] = FeatureHash.Feature(13, suffix, ShapeAt(i - 1));
        // The stem ties inflections together ("endorse", "endorsed", "endorsing"), so a form rare in training still scores.
        var stem = FeatureHash.Text(Stem(text), lower: true);
        into[13] = FeatureHash.Feature(14, stem);
        into[14] = FeatureHash.Feature(15, stem, At(i + 1));
        into[15] = FeatureHash.Feature(16, At(i - 1), stem);
        into[16] = FeatureHash.Feature(17, stem, ShapeAt(i + 1));
        into[17] = FeatureHash.Feature(18, At(i - 1), At(i + 1));
        into[18] = FeatureHash.Feature(19, ShapeAt(i - 2), ShapeAt(i - 1), stem);
    }

    /// <summary>A crude stem: the word without a regular verb or plural ending.</summary>
    private static ReadOnlySpan<char> Stem(string word)
    {
        var span = word.AsSpan();
        foreach (var ending in Endings)
            if (span.Length > ending.Length + 2 && span.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return span[..^ending.Length];
        return span;
    }

    private static readonly string[] Endings = ["ing", "ied", "ies", "ed", "es", "s", "e"];

    /// <summary>0 lower-case word, 1 capitalised, 2 all capitals, 3 punctuation or number.</summary>
    private static ulong Shape(Token token) =>
        token.IsPunctuation || char.IsDigit(token.Text[0]) ? 3UL : token.IsAllCaps && token.Length > 1 ? 2UL : token.IsCapitalized ? 1UL : 0UL;
}
