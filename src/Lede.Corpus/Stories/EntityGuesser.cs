using Lede.Analysis.Linking;
using Lede.Corpus.Rules;
using Lede.Extraction.Metadata;

namespace Lede.Corpus.Stories;

/// <summary>
/// Names from capitalisation alone, for articles that were not analysed: runs of capitalised words,
/// leading function words dropped ("The Senate" → "Senate"), and single words at the start of a
/// sentence ignored because capitalisation there says nothing. Headlines are not read: many are in title case,
/// where every word is capitalised (a headline bonus was measured in the fourteenth session and not kept, docs/corpus.md).
/// German capitalises every noun, so there a lone capitalised word ("Förderung") is a name only when it is written like an
/// acronym ("EU", "KfW") or is a word of a longer name the article also writes ("Diess" after "Herbert Diess").
/// </summary>
internal static class EntityGuesser
{
    private const int MaxNameWords = 4;
    private const int MaxNames = 24;
    // Letters a role noun has before its ending: a short word that merely ends so ("Kein", "Rat" itself) is taken for none.
    private const int MinRoleStemChars = 3;

    /// <summary>The most frequent guessed names of <paramref name="body"/>'s first <paramref name="maxWords"/> words.</summary>
    /// <param name="body">The article's text.</param>
    /// <param name="maxWords">How many words to read.</param>
    /// <param name="language">The article's BCP 47 language, when known: languages that capitalise nouns are read stricter.</param>
    public static IReadOnlyList<StoryEntity> Guess(string body, int maxWords, string? language = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        Scan(body, maxWords, counts, display);
        if (CapitalisesNouns(language)) DropLoneNouns(counts, display);
        return counts
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(MaxNames)
            .Select(kv => new StoryEntity(display[kv.Key], null, kv.Value))
            .ToList();
    }

    private static bool CapitalisesNouns(string? language) =>
        language is { Length: >= 2 } l && CorpusRules.NounCapitalisingLanguages.Contains(LanguageIdentifier.Primary(l));

    // A one-word name stays when it looks like an acronym (a second capital or a digit) or is a word of a longer name.
    // A role noun before a name of two or more words is not the name: "Bürgermeisterin Elena Voss" is "Elena Voss".
    private static void DropLoneNouns(Dictionary<string, int> counts, Dictionary<string, string> display)
    {
        foreach (var key in counts.Keys.ToList())
        {
            var firstSpace = key.IndexOf(' ', StringComparison.Ordinal);
            if (firstSpace < 0 || key.IndexOf(' ', firstSpace + 1) < 0) continue;
            var first = key[..firstSpace];
            if (!CorpusRules.RoleNounEndings.Any(e => first.Length >= e.Length + MinRoleStemChars && first.EndsWith(e, StringComparison.Ordinal))) continue;
            var tail = key[(firstSpace + 1)..];
            counts[tail] = counts.GetValueOrDefault(tail) + counts[key];
            display.TryAdd(tail, display[key][(display[key].IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            counts.Remove(key);
        }
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in counts.Keys)
            if (key.Contains(' ', StringComparison.Ordinal))
                foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries)) nameWords.Add(word);
        foreach (var key in counts.Keys.ToList())
        {
            if (key.Contains(' ', StringComparison.Ordinal) || nameWords.Contains(key)) continue;
            // "EU", "KfW", "G20" are names; "Corona-Pandemie" is a compound noun, whatever the capitals after its hyphen,
            // though one that opens with an acronym names it ("KfW-Programme", "SPD-Fraktion").
            var name = display[key];
            var hyphen = name.IndexOf('-', StringComparison.Ordinal);
            if (hyphen < 0 && LooksLikeAcronym(name)) continue;
            var count = counts[key];
            counts.Remove(key);
            if (hyphen >= 2 && LooksLikeAcronym(name[..hyphen]))
            {
                var acronym = name[..hyphen];
                var acronymKey = acronym.ToLowerInvariant();
                counts[acronymKey] = counts.GetValueOrDefault(acronymKey) + count;
                display.TryAdd(acronymKey, acronym);
            }
        }
    }

    private static bool LooksLikeAcronym(string word) => word.Length >= 2 && word.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c));

    private static void Scan(string text, int maxWords, Dictionary<string, int> counts, Dictionary<string, string> display)
    {
        var run = new List<(int Start, int End)>(MaxNameWords);
        Span<char> lower = stackalloc char[64];
        var runStartsSentence = false;
        var sentenceStart = true;
        var words = 0;
        var i = 0;
        while (i < text.Length && words < maxWords)
        {
            var gapStart = i;
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            var gap = text.AsSpan(gapStart, i - gapStart);
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '-' or '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }
            words++;
            // A middle initial after a given name ("Donald J. Trump") is skipped: its full stop ends no sentence, and the
            // name is the same person's as "Donald Trump" elsewhere ("Plan B. Voters …" ends a sentence).
            if (run.Count > 0 && i - start == 1 && char.IsUpper(text[start]) && IsInitialStop(text, i) && gap is " "
                && PersonNameWords.IsGivenName(text.AsSpan(run[^1].Start, run[^1].End - run[^1].Start)))
            {
                i++;
                continue;
            }
            var brokenRun = gap.Length > 1 || (gap.Length == 1 && gap[0] != ' ');
            var endsSentence = gap.IndexOfAny(".!?\n:;\"\u201C\u2014") >= 0;
            if (brokenRun || endsSentence) Flush(text, run, runStartsSentence, counts, display);
            if (endsSentence || gapStart == 0) sentenceStart = true;

            // "I" is capitalised but names no one ("Maybe I" is no name).
            var capitalised = char.IsUpper(text[start]) && !(i - start == 1 && text[start] == 'I');
            if (capitalised)
            {
                var word = text.AsSpan(start, i - start);
                var isFunctionWord = word.Length <= lower.Length && word.ToLowerInvariant(lower) > 0
                    && CorpusRules.StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..word.Length]);
                if (run.Count == 0 && (isFunctionWord || PersonNameWords.IsInterjection(word)))
                {
                    // "The", "But", "In" open sentences and names alike: never start a name with one. Nor with "Hey" or
                    // "Oh": "Hey Twitter" addresses Twitter.
                }
                else
                {
                    if (run.Count == 0) runStartsSentence = sentenceStart;
                    if (run.Count == MaxNameWords) Flush(text, run, runStartsSentence, counts, display);
                    run.Add((start, i));
                }
            }
            else
            {
                Flush(text, run, runStartsSentence, counts, display);
            }
            sentenceStart = false;
        }
        Flush(text, run, runStartsSentence, counts, display);
    }

    private static void Flush(string text, List<(int Start, int End)> run, bool startsSentence, Dictionary<string, int> counts, Dictionary<string, string> display)
    {
        if (run.Count == 0) return;
        // Titles before a name are not the name: "Mayor Elena Voss" is "Elena Voss".
        var first = 0;
        while (first < run.Count - 1 && CorpusRules.NameTitles.Contains(Lower(text, run[first])))
        {
            first++;
            startsSentence = false;
        }
        var words = run.Count - first;
        if (words > 1 || !startsSentence)
        {
            // Words joined by one space (a run breaks at any other gap), without a skipped middle initial.
            var name = string.Join(' ', run.Skip(first).Select(w => text[w.Start..w.End])).TrimEnd('.');
            if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal)) name = name[..^2];
            if (name.Length >= 2 && !(words == 1 && CorpusRules.NameTitles.Contains(name.ToLowerInvariant())))
            {
                var key = name.ToLowerInvariant();
                counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;
                // An initialism keeps its last full stop on display ("U.S.", "D.C."); the key, which scores, goes without it.
                display.TryAdd(key, IsInitialism(name) && text.Length > run[^1].End && text[run[^1].End] == '.' ? name + "." : name);
            }
        }
        run.Clear();
    }

    /// <summary>"U.S", "D.C", "U.K" (their last full stop trimmed): single letters with full stops between them.</summary>
    private static bool IsInitialism(string name)
    {
        if (name.Length < 3 || name.Length % 2 == 0) return false;
        for (var k = 0; k < name.Length; k++)
            if (k % 2 == 0 ? !char.IsLetter(name[k]) : name[k] != '.') return false;
        return true;
    }

    // "J. Trump": a full stop, one space and a capital.
    private static bool IsInitialStop(string text, int i) =>
        i + 2 < text.Length && text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);

    private static string Lower(string text, (int Start, int End) word) => text[word.Start..word.End].TrimEnd('.').ToLowerInvariant();
}
