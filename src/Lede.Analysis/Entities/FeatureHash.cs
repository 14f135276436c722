using System.Runtime.CompilerServices;

namespace Lede.Analysis.Entities;

/// <summary>
/// 64-bit hashing for features: strings are hashed once per token (FNV-1a over normalised characters), and a
/// feature is its template id mixed with those hashes, so no feature string is ever built. The hashes are
/// part of the model format: changing them invalidates trained models.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of a string after <see cref="Fold"/> (and lower-casing when asked).</summary>
    public static ulong Text(ReadOnlySpan<char> text, bool lower = false)
    {
        var h = Offset;
        if (lower)
            foreach (var c in text) h = Step(h, FoldLower(c));
        else
            foreach (var c in text) h = Step(h, Fold(c));
        return Finish(h, text.Length);
    }

    /// <summary>Hashes of the lower-cased prefixes and suffixes of length 1..<paramref name="max"/>.</summary>
    public static void Affixes(ReadOnlySpan<char> text, int max, Span<ulong> prefixes, Span<ulong> suffixes)
    {
        var h = Offset;
        for (var k = 0; k < max; k++)
        {
            if (k < text.Length) h = Step(h, char.ToLowerInvariant(Fold(text[k])));
            prefixes[k] = k < text.Length ? Finish(h, k + 1) : 0;
        }
        for (var k = 0; k < max; k++)
            suffixes[k] = k < text.Length ? Text(text[(text.Length - k - 1)..], lower: true) : 0;
    }

    /// <summary>Curly quotes and dashes as their plain forms, so "Trump’s" and "Trump's" share features.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 128 ? c : FoldWide(c);

    // ASCII folds to itself and lower-cases by one bit: what char.ToLowerInvariant(Fold(c)) gives, without its lookups.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char FoldLower(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : char.ToLowerInvariant(FoldWide(c));

    private static char FoldWide(char c) => c switch
    {
        '’' or '‘' or 'ʼ' => '\'',
        '“' or '”' or '„' => '"',
        '—' or '–' or '―' => '-',
        _ => c,
    };

    public static ulong Feature(int template, ulong a) => Avalanche(Combine(Combine((ulong)template * 0x9E3779B97F4A7C15UL, a), 1));

    // The same features from values mixed beforehand (FeatureValue): bit for bit the results of the overloads above,
    // with one avalanche per feature instead of one per value.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, FeatureValue a) =>
        Avalanche((((ulong)template * 0x9E3779B97F4A7C15UL ^ a.Mixed) * CombineStep ^ MixedCount1) * CombineStep);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, FeatureValue a, FeatureValue b) =>
        Avalanche(((((ulong)template * 0x9E3779B97F4A7C15UL ^ a.Mixed) * CombineStep ^ b.Mixed) * CombineStep ^ MixedCount2) * CombineStep);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, FeatureValue a, FeatureValue b, FeatureValue c) =>
        Avalanche((((((ulong)template * 0x9E3779B97F4A7C15UL ^ a.Mixed) * CombineStep ^ b.Mixed) * CombineStep ^ c.Mixed) * CombineStep ^ MixedCount3) * CombineStep);

    /// <summary>What <see cref="Combine"/> mixes a value into before it joins a feature (see <see cref="FeatureValue"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong v) => Avalanche(v + 0x632BE59BD9B4E019UL);

    private const ulong CombineStep = 0xC2B2AE3D27D4EB4FUL;
    private static readonly ulong MixedCount1 = Mix(1), MixedCount2 = Mix(2), MixedCount3 = Mix(3);

    public static ulong Feature(int template, ulong a, ulong b) => Avalanche(Combine(Combine(Combine((ulong)template * 0x9E3779B97F4A7C15UL, a), b), 2));

    public static ulong Feature(int template, ulong a, ulong b, ulong c) =>
        Avalanche(Combine(Combine(Combine(Combine((ulong)template * 0x9E3779B97F4A7C15UL, a), b), c), 3));

    private static ulong Step(ulong h, char c)
    {
        h = (h ^ (c & 0xFFu)) * Prime;
        return (h ^ (uint)(c >> 8)) * Prime;
    }

    private static ulong Finish(ulong h, int length) => Avalanche(h ^ (ulong)length);

    private static ulong Combine(ulong h, ulong v) => (h ^ Mix(v)) * CombineStep;

    /// <summary>MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }
}
