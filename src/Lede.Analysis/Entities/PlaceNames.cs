namespace Lede.Analysis.Entities;

/// <summary>
/// Place names for the rule-based tagger of non-English text: the reference list the English tagger's gazetteer holds
/// (<c>places-en.txt</c>: countries, capitals, cities of 15,000 or more, first-level divisions, each as written and
/// without accents) and each language's exonyms (<c>places-exonyms.txt</c>: "Deutschland", "Genf", "Londres"). Names
/// are kept as written, matched case-sensitively on whole words joined by single spaces.
/// </summary>
internal sealed class PlaceNames
{
    private const string Resources = "Lede.Analysis.Models.Gazetteers.";

    private static readonly Lazy<PlaceNames> Shipped = new(Load);

    // Looked up by span: the tagger asks for names it joins in a scratch buffer, not in a string per try.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _reference;
    private readonly Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> _exonyms;

    private PlaceNames(HashSet<string> reference, Dictionary<string, HashSet<string>> exonyms)
    {
        _reference = reference.GetAlternateLookup<ReadOnlySpan<char>>();
        _exonyms = exonyms.ToDictionary(e => e.Key, e => e.Value.GetAlternateLookup<ReadOnlySpan<char>>(), StringComparer.Ordinal);
    }

    public static PlaceNames Default => Shipped.Value;

    /// <summary>The most words a place name has here.</summary>
    public const int MaxWords = 4;

    /// <summary>Whether the name is one of the reference list's places (any language's spelling).</summary>
    public bool IsReferencePlace(ReadOnlySpan<char> name) => _reference.Contains(name);

    private static readonly Lazy<HashSet<string>> NamedLikeGivenNames = new(() =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var reader = Open("places-named-like-given-names-en.txt");
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') names.Add(line.Trim());
        return names;
    });

    /// <summary>
    /// Whether the word is a city of 100,000 or more named like an English given name ("Charlotte", "Houston"), which the
    /// reference list leaves out: a place only where the document writes it as one.
    /// </summary>
    public static bool IsCityNamedLikeGivenName(string word) => NamedLikeGivenNames.Value.Contains(word);

    /// <summary>Whether the name is a place as <paramref name="language"/> writes it (the exonym list).</summary>
    public bool IsExonym(string language, ReadOnlySpan<char> name) => _exonyms.TryGetValue(language, out var names) && names.Contains(name);

    private static PlaceNames Load()
    {
        var reference = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = Open("places-en.txt"))
            foreach (var words in ReferenceNames.Read(reader))
                if (words.Length <= MaxWords) reference.Add(string.Join(' ', words));
        var exonyms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using (var reader = Open("places-exonyms.txt"))
            while (reader.ReadLine() is { } line)
            {
                var space = line.IndexOf(' ');
                if (line.Length == 0 || line[0] == '#' || space <= 0) continue;
                var language = line[..space];
                if (!exonyms.TryGetValue(language, out var names)) exonyms[language] = names = new HashSet<string>(StringComparer.Ordinal);
                names.Add(line[(space + 1)..].Trim());
            }
        return new PlaceNames(reference, exonyms);
    }

    private static StreamReader Open(string file) =>
        new(typeof(PlaceNames).Assembly.GetManifestResourceStream(Resources + file)
            ?? throw new InvalidOperationException($"The place list {file} is not embedded in this build."));
}
