namespace Lede.Analysis.Linking;

/// <summary>
/// The sex a given name tells with little doubt ("Karoline" female, "Donald" male), from the shipped list
/// <c>Models/Gazetteers/given-names-en.txt</c>. Only a prior: the article's own pronouns for a person outweigh it.
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
    /// Accents are folded first ("María", "Éric"): the list spells names as US records do.</summary>
    public static bool Knows(ReadOnlySpan<char> word)
    {
        var lookup = List.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.ContainsKey(word)) return true;
        var folded = Fold(word);
        return folded is not null && lookup.ContainsKey(folded);
    }

    /// <summary>The sex a given name tells, accents folded; <see cref="Sex.Unknown"/> when unlisted.</summary>
    public static Sex OfGivenName(ReadOnlySpan<char> word)
    {
        var lookup = List.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var sex)) return sex;
        return Fold(word) is { } folded && lookup.TryGetValue(folded, out sex) ? sex : Sex.Unknown;
    }

    private static string? Fold(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(System.Text.NormalizationForm.FormD);
        var letters = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) letters.Append(c);
        var folded = letters.ToString();
        return folded.Length == word.Length && !word.SequenceEqual(folded) ? folded : null;
    }

    private static Dictionary<string, Sex> Load()
    {
        const string resource = "Lede.Analysis.Models.Gazetteers.given-names-en.txt";
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
