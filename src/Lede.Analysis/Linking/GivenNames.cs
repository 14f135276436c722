namespace Lede.Analysis.Linking;

/// <summary>
/// The sex a given name tells with little doubt ("Karoline" female, "Donald" male), from the shipped lists
/// <c>Models/Gazetteers/given-names-en.txt</c> (US records) and <c>given-names-de-fr-es.txt</c> (names frequent in German,
/// French and Spanish news that the US list lacks). Only a prior: the article's own pronouns for a person outweigh it.
/// </summary>
internal static class GivenNames
{
    public enum Sex : byte { Unknown, Male, Female }

    private static readonly Lazy<Dictionary<string, Sex>> List = new(Load);

    /// <summary>The sex the first word of a full name tells; <see cref="Sex.Unknown"/> for one-word names and unlisted or mixed names.</summary>
    public static Sex OfFullName(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0) return Sex.Unknown;
        var first = name.AsSpan(0, space).TrimEnd('.');
        // An initial ("J. Smith") tells nothing.
        if (first.Length < 2) return Sex.Unknown;
        return List.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first, out var sex) ? sex : Sex.Unknown;
    }

    /// <summary>Whether <paramref name="word"/> is a listed given name (of either sex): evidence that a capitalised word opens a person's name.
    /// A name unlisted as written is looked up without its accents ("María", "Éric"): the US list spells names as US records do.</summary>
    public static bool Knows(ReadOnlySpan<char> word) => OfGivenName(word) != Sex.Unknown;

    /// <summary>The sex a given name tells, accents folded; <see cref="Sex.Unknown"/> when unlisted (the lists hold no unknown sex).</summary>
    public static Sex OfGivenName(ReadOnlySpan<char> word)
    {
        // The US list first: a name on both lists keeps the sex US records give it.
        var us = List.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (us.TryGetValue(word, out var sex)) return sex;
        var folded = Fold(word);
        if (folded is not null && us.TryGetValue(folded, out sex)) return sex;
        var other = OtherLanguages.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (other.TryGetValue(word, out sex)) return sex;
        if (folded is not null && other.TryGetValue(folded, out sex)) return sex;
        return Sex.Unknown;
    }

    private static string? Fold(ReadOnlySpan<char> word)
    {
        // Plain ASCII has no accents to fold: no copy of the word.
        if (System.Text.Ascii.IsValid(word)) return null;
        var folded = WithoutAccents(word.ToString());
        return folded.Length == word.Length && !word.SequenceEqual(folded) ? folded : null;
    }

    // Names frequent in German, French and Spanish news that the US list lacks ("Jürgen", "Jean"). Only the non-English
    // readers (Knows, OfGivenName, IsListed) look in it; OfFullName, which the English linker asks, does not.
    private static readonly Lazy<Dictionary<string, Sex>> OtherLanguages = new(() => Load("given-names-de-fr-es.txt"));

    /// <summary>
    /// Whether a word is a given name of either list, as written or without its accents (<paramref name="plain"/>, from
    /// <see cref="WithoutAccents"/>: "Éric" as "Eric"); for the rule-based tagger of non-English text, which needs the
    /// name, not the sex it tells, and has the plain spelling already.
    /// </summary>
    public static bool IsListed(string word, string plain) =>
        List.Value.ContainsKey(word) || OtherLanguages.Value.ContainsKey(word)
        || plain != word && (List.Value.ContainsKey(plain) || OtherLanguages.Value.ContainsKey(plain));

    /// <summary>Whether a word is a given name of either list exactly as written, accents included ("José", not "Jané" as "Jane").</summary>
    public static bool IsListedAsWritten(string word) => List.Value.ContainsKey(word) || OtherLanguages.Value.ContainsKey(word);

    /// <summary>The word with its letters' diacritics dropped ("Raúl" → "Raul").</summary>
    internal static string WithoutAccents(string word)
    {
        // Most words are plain ASCII, which has no accents to drop: no normalising, no copy.
        if (System.Text.Ascii.IsValid(word)) return word;
        var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    private static Dictionary<string, Sex> Load() => Load("given-names-en.txt");

    private static Dictionary<string, Sex> Load(string file)
    {
        var resource = "Lede.Analysis.Models.Gazetteers." + file;
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The given-name list {resource} is not embedded in this build.");
        return Read(new StreamReader(stream));
    }

    /// <summary>Reads "name M|F" lines ("#" lines are comments); names match case-insensitively.</summary>
    public static Dictionary<string, Sex> Read(TextReader reader)
    {
        var names = new Dictionary<string, Sex>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length < 3 || line[0] == '#' || line[^2] != ' ') continue;
            var sex = line[^1] switch { 'M' => Sex.Male, 'F' => Sex.Female, _ => Sex.Unknown };
            if (sex != Sex.Unknown) names[line[..^2]] = sex;
        }
        return names;
    }
}
