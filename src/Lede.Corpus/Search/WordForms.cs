using Lede.Corpus.Rules;

namespace Lede.Corpus.Search;

/// <summary>
/// The singular and plural of a searched word, so that "hostage" finds "hostages" and "crises" finds "crisis". The
/// index keeps words as written (the corpus is multilingual, and the Lucene and PostgreSQL indexes agree token for
/// token), so the forms are added to the query instead: each bare word becomes "word OR its other forms". Only the
/// regular English -s / -es / -ies forms, which Romance languages share for most nouns; a quoted word is searched as typed.
/// </summary>
internal static class WordForms
{
    private const int MinChars = 3;

    /// <summary>The query with each bare word widened to its forms; phrases, prefixes and quoted words stay as they are.</summary>
    public static QueryNode Expand(QueryNode node) => node switch
    {
        TermNode { Prefix: false, Exact: false } term when Of(term.Token) is { Count: > 1 } forms =>
            new OrNode(forms.Select(f => (QueryNode)new TermNode(f, false, Exact: true)).ToList()),
        OrNode or => new OrNode(or.Parts.Select(Expand).ToList()),
        AndNode and => new AndNode(and.Parts.Select(Expand).ToList(), and.Excluded.Select(Expand).ToList()),
        _ => node,
    };

    /// <summary>The word first, then its other forms; just the word when it has none (short, not all letters, or listed).</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        if (word.Length < MinChars || !word.All(char.IsAsciiLetterLower) || CorpusRules.SearchWordsWithoutForms.Contains(word)) return [word];
        var forms = new List<string> { word };
        void Add(string form)
        {
            if (form.Length >= MinChars && !forms.Contains(form)) forms.Add(form);
        }
        var plural = word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal);
        if (plural)
        {
            if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) Add(word[..^3] + "y");   // parties → party
            else if (word.EndsWith("es", StringComparison.Ordinal) && EndsLikeSibilant(word[..^2])) Add(word[..^2]); // taxes → tax
            else
            {
                // "crises" → "crisis", and "houses" → "house" (a form that is no word matches nothing).
                if (word.EndsWith("ses", StringComparison.Ordinal) && word.Length > 5) Add(word[..^3] + "sis");
                Add(word[..^1]);                                                                             // hostages → hostage
            }
        }
        else if (word[^1] == 'y' && !IsVowel(word[^2])) Add(word[..^1] + "ies");                             // party → parties
        else if (word.EndsWith("is", StringComparison.Ordinal) && word.Length > 4) Add(word[..^2] + "es");   // crisis → crises
        else if (EndsLikeSibilant(word) || word.EndsWith("us", StringComparison.Ordinal)) Add(word + "es");  // tax → taxes, virus → viruses
        else Add(word + "s");                                                                                // hostage → hostages
        return forms;
    }

    private static bool EndsLikeSibilant(string stem) =>
        stem.EndsWith("ss", StringComparison.Ordinal) || stem.EndsWith("x", StringComparison.Ordinal) || stem.EndsWith("z", StringComparison.Ordinal)
        || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
