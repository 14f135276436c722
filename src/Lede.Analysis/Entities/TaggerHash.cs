using System.Runtime.CompilerServices;

namespace Lede.Analysis.Entities;

/// <summary>
/// The entity tagger's 64-bit hashes. A token's strings (its text, lower-cased text, prefixes, suffixes, shapes) are
/// hashed once per token, FNV-style with one multiplication per character; a feature is its template id mixed with
/// up to three such hashes or small values, one multiplication per value and a final mix, so no feature string is
/// ever built and ~45 features of a token cost ~150 multiplications (<see cref="FeatureHash"/>, which the quote
/// models keep, spends about three times as many). Part of the entity model format (version 3): changing them
/// invalidates trained models.
/// </summary>
internal static class TaggerHash
{
    private const ulong Seed = 0xCBF29CE484222325UL;
    private const ulong ReverseSeed = 0x84222325CBF29CE4UL; // suffixes, hashed from the end
    private const ulong Prime = 0x100000001B3UL;
    private const ulong TemplateStep = 0x9E3779B97F4A7C15UL, Second = 0xC2B2AE3D27D4EB4FUL, Third = 0x165667B19E3779F9UL;

    /// <summary>Hash of the text with curly quotes and dashes folded (<see cref="FeatureHash.Fold"/>).</summary>
    public static ulong Text(ReadOnlySpan<char> text)
    {
        var h = Seed;
        foreach (var c in text) h = Step(h, Fold(c));
        return Finish(h, text.Length);
    }

    /// <summary>Hash of the folded, lower-cased text.</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var h = Seed;
        foreach (var c in text) h = Step(h, FoldLower(c));
        return Finish(h, text.Length);
    }

    /// <summary><see cref="Text"/> and <see cref="Lower"/> in one pass.</summary>
    public static (ulong Exact, ulong Lower) Word(ReadOnlySpan<char> text)
    {
        ulong exact = Seed, lower = Seed;
        foreach (var c in text)
        {
            var f = Fold(c);
            exact = Step(exact, f);
            lower = Step(lower, ToLower(f));
        }
        return (Finish(exact, text.Length), Finish(lower, text.Length));
    }

    /// <summary>Hashes of the lower-cased prefixes and suffixes of length 1..prefixes.Length (0 past the word's length).</summary>
    public static void Affixes(ReadOnlySpan<char> text, Span<ulong> prefixes, Span<ulong> suffixes)
    {
        ulong p = Seed, s = ReverseSeed;
        for (var k = 0; k < prefixes.Length; k++)
        {
            if (k < text.Length)
            {
                p = Step(p, FoldLower(text[k]));
                s = Step(s, FoldLower(text[text.Length - 1 - k]));
                prefixes[k] = Finish(p, k + 1);
                suffixes[k] = Finish(s, k + 1);
            }
            else prefixes[k] = suffixes[k] = 0;
        }
    }

    /// <summary>The hash <see cref="Affixes"/> gives the lower-cased suffix of <paramref name="length"/> letters (the text has at least that many).</summary>
    public static ulong Suffix(ReadOnlySpan<char> text, int length)
    {
        var s = ReverseSeed;
        for (var k = 0; k < length; k++) s = Step(s, FoldLower(text[text.Length - 1 - k]));
        return Finish(s, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a) => Mix(a + (ulong)template * TemplateStep);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => Mix((a + (ulong)template * TemplateStep) * Second ^ b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) =>
        Mix(((a + (ulong)template * TemplateStep) * Second ^ b) * Third ^ c);

    /// <summary>Start of an incremental hash, for strings built on the fly (word shapes).</summary>
    public const ulong Start = Seed;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong h, char c) => (h ^ c) * Prime;

    public static ulong Finish(ulong h, int length) => Mix(h ^ (ulong)length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 128 ? c : FeatureHash.Fold(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ToLower(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : char.ToLowerInvariant(c);

    private static char FoldLower(char c) => ToLower(Fold(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h) => FeatureHash.Avalanche(h);
}
