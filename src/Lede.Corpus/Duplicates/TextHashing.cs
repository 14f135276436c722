namespace Lede.Corpus.Duplicates;

/// <summary>
/// Word-level hashing shared by exact and near-duplicate detection: words are runs of letters
/// and digits, compared case-insensitively, so punctuation, quotes and spacing never matter.
/// </summary>
internal static class TextHashing
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hashes each word of <paramref name="text"/> in order into <paramref name="words"/>.</summary>
    public static void HashWords(ReadOnlySpan<char> text, List<ulong> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            var h = FnvOffset;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    // Case-folded UTF-16 unit: "WASHINGTON" and "Washington" are one word.
                    h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
                }
                i++;
            }
            words.Add(Mix(h));
        }
    }

    /// <summary>Apostrophes and hyphens inside a word keep it one word ("don't", "U.S.-led" stays apart at the dot).</summary>
    private static bool IsJoiner(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c is not ('\'' or '\u2019' or '-' or '\u00AD')) return false;
        return i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
    }

    /// <summary>Finaliser of SplitMix64: spreads FNV's weak low bits over all 64.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Order-sensitive hash of a whole word sequence: the exact-duplicate key.</summary>
    public static ulong HashSequence(List<ulong> words)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)words.Count;
        foreach (var w in words)
        {
            h = Mix(h ^ w) + 0x9E3779B97F4A7C15UL;
        }
        return h;
    }

    /// <summary>
    /// Distinct hashes of every run of <paramref name="size"/> consecutive words, sorted.
    /// A text shorter than one shingle yields one shingle of all its words.
    /// </summary>
    public static ulong[] DistinctShingles(List<ulong> words, int size)
    {
        if (words.Count == 0) return [];
        var count = Math.Max(1, words.Count - size + 1);
        var shingles = new ulong[count];
        for (var s = 0; s < count; s++)
        {
            var h = (ulong)size;
            var end = Math.Min(words.Count, s + size);
            for (var w = s; w < end; w++)
            {
                h = Mix(h ^ words[w]) * 31;
            }
            shingles[s] = Mix(h);
        }
        Array.Sort(shingles);
        var unique = 0;
        for (var s = 0; s < shingles.Length; s++)
        {
            if (s == 0 || shingles[s] != shingles[unique - 1]) shingles[unique++] = shingles[s];
        }
        return unique == shingles.Length ? shingles : shingles.AsSpan(0, unique).ToArray();
    }
}
