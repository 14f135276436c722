using Lede.Corpus.Rules;

namespace Lede.Corpus.Stories;

/// <summary>
/// Content words of a text with their counts: lower-cased, stop words and bare numbers dropped,
/// English possessives and plain plurals folded ("senators'" and "senator's" count as "senator").
/// </summary>
internal static class TermCounter
{
    private const int MaxTermLength = 40;

    /// <summary>Adds <paramref name="weight"/> per occurrence of each term of the first <paramref name="maxWords"/> words.</summary>
    public static void Count(ReadOnlySpan<char> text, int maxWords, int weight, Dictionary<string, int> counts)
    {
        if (weight <= 0) return;
        Span<char> buffer = stackalloc char[MaxTermLength];
        var words = 0;
        var i = 0;
        while (i < text.Length && words < maxWords)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            var letters = 0;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (char.IsLetter(text[i])) letters++;
                i++;
            }
            var length = i - start;
            if (length == 0) break;
            words++;
            // An apostrophe-s after the word is a possessive: skip it with the word.
            if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
            {
                i += 2;
            }
            if (letters == 0 || length < 2 || length > MaxTermLength) continue;
            var term = buffer[..length];
            text.Slice(start, length).ToLowerInvariant(term);
            if (IsStopWord(term)) continue;
            term = FoldPlural(term);
            var key = new string(term);
            counts[key] = counts.TryGetValue(key, out var c) ? c + weight : weight;
        }
    }

    private static bool IsStopWord(ReadOnlySpan<char> term) =>
        CorpusRules.StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(term);

    private static Span<char> FoldPlural(Span<char> term)
    {
        if (term.Length > 4 && term[^1] == 's' && term[^2] is not ('s' or 'u' or 'i') && char.IsLetter(term[^2]))
        {
            return term[..^1];
        }
        return term;
    }
}
