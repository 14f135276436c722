using Lede.Analysis.Linking;
using Lede.Analysis.Rules;

namespace Lede.Analysis.Quotes;

/// <summary>
/// The people an article names, read without an entity model: full names whose first word is a listed given name
/// ("Olaf Scholz"), and names speech tags give. Resolves a surname to the full name given before it ("sagte Scholz"
/// → "Olaf Scholz") and a he/she pronoun to the latest person of that sex (unknown sex fits either).
/// </summary>
internal sealed class ArticlePersons
{
    private const int MaxNameWords = 3;

    private readonly string _text;
    private readonly List<SpeechTagToken> _tokens;
    private readonly SpeechTagRules _rules;
    // Where a person is mentioned (full name or surname alone) and who, in text order.
    private readonly List<(int Position, string Name)> _mentions = [];
    private readonly Dictionary<string, string> _bySurname = new(StringComparer.Ordinal);
    private Dictionary<string, List<int>>? _capitalised;

    public ArticlePersons(string text, List<SpeechTagToken> tokens, SpeechTagRules rules)
    {
        _text = text;
        _tokens = tokens;
        _rules = rules;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsCapitalised(i) || !IsCapitalised(i + 1) || !GivenNames.Knows(Word(i)) || rules.SentenceOpeners.Contains(Word(i))) continue;
            var end = i + 2;
            if (end < tokens.Count && IsCapitalised(end)) end++;
            var name = Join(i, end);
            Register(name, tokens[i].Start);
            i = end - 1;
        }
        _mentions.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    /// <summary>The full name for the name span [start, end): itself when it has two words or more, else the person whose surname it is.</summary>
    public string Name(int start, int end)
    {
        var name = string.Join(' ', _text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Contains(' '))
        {
            Register(name, start);
            return name;
        }
        var resolved = Latest(start, m => LastWord(m) == name);
        // A given name alone ("dice Taty") names the one person the article gave it to.
        if (resolved is null && _bySurname.Values.Where(m => m.StartsWith(name + " ", StringComparison.Ordinal)).Distinct().Take(2).ToList() is [var byGiven])
            resolved = byGiven;
        if (resolved is null && FirstFullMention(name, start) is { } found)
        {
            Register(found.Name, found.Position);
            resolved = found.Name;
        }
        Mention(start, resolved ?? name);
        return resolved ?? name;
    }

    /// <summary>A speaker tag mentions its person: the latest mention is what a later pronoun or dropped subject refers to.</summary>
    public void Mention(int position, string name)
    {
        var at = _mentions.FindLastIndex(m => m.Position <= position) + 1;
        _mentions.Insert(at, (position, name));
    }

    /// <summary>The latest person mentioned before position whose sex fits the pronoun; null when none.</summary>
    public string? Pronoun(int position, bool female)
    {
        var wanted = female ? GivenNames.Sex.Female : GivenNames.Sex.Male;
        var name = Latest(position, m => SexOf(m) is var sex && (sex == GivenNames.Sex.Unknown || sex == wanted));
        if (name is not null) Mention(position, name);
        return name;
    }

    /// <summary>The latest person mentioned before position: the speaker of a tag whose subject the language left out.</summary>
    public string? Latest(int position) => Latest(position, _ => true);

    private static GivenNames.Sex SexOf(string name) =>
        name.IndexOf(' ') is > 0 and var space ? GivenNames.OfGivenName(name.AsSpan(0, space)) : GivenNames.Sex.Unknown;

    private string? Latest(int position, Func<string, bool> fits)
    {
        for (var k = _mentions.Count - 1; k >= 0; k--)
            if (_mentions[k].Position < position && fits(_mentions[k].Name)) return _mentions[k].Name;
        return null;
    }

    /// <summary>
    /// "X Surname" where the surname first occurs before position, X a capitalised word that is a listed given name, or in a
    /// language that writes nouns lower-case any capitalised word that is no role, article or sentence opener.
    /// </summary>
    private (string Name, int Position)? FirstFullMention(string surname, int position)
    {
        foreach (var i in Occurrences(surname))
        {
            if (_tokens[i].Start >= position) break;
            if (i == 0 || !IsCapitalised(i - 1)) continue;
            var first = Word(i - 1);
            var given = GivenNames.Knows(first);
            if (!given && (_rules.CapitalisesNouns || _rules.SentenceOpeners.Contains(first) || _rules.Honorifics.Contains(first)
                || _rules.Determiners.Contains(first) || _rules.RoleNouns.Contains(first) || OpensSentence(i - 1))) continue;
            var start = i - 1;
            if (start > 0 && IsCapitalised(start - 1) && GivenNames.Knows(Word(start - 1))) start--;
            return (Join(start, i + 1), _tokens[start].Start);
        }
        return null;
    }

    private void Register(string name, int position)
    {
        var surname = LastWord(name);
        if (_bySurname.TryGetValue(surname, out var known) && known == name) return;
        _bySurname[surname] = name;
        _mentions.Add((position, name));
        foreach (var i in Occurrences(surname))
            if (_tokens[i].Start > position) _mentions.Add((_tokens[i].Start, name));
        _mentions.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    /// <summary>Whether the capitalised word also stands inside a sentence, where only names and (in German) nouns are capitalised.</summary>
    public bool SeenMidSentence(string word) => Occurrences(word).Any(i => !OpensSentence(i));

    /// <summary>Token indexes of a capitalised word, from an index built once: a scan per name would cost names × words.</summary>
    private List<int> Occurrences(string word)
    {
        if (_capitalised is null)
        {
            _capitalised = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < _tokens.Count; i++)
            {
                if (!IsCapitalised(i)) continue;
                var key = Word(i);
                if (!_capitalised.TryGetValue(key, out var list)) _capitalised[key] = list = [];
                list.Add(i);
            }
        }
        return _capitalised.TryGetValue(word, out var found) ? found : [];
    }

    /// <summary>Whether token i opens a sentence: a full stop, line break, "!" or "?" before it, closing quote marks between.</summary>
    private bool OpensSentence(int i)
    {
        var k = i - 1;
        while (k >= 0 && !_tokens[k].IsWord && _text[_tokens[k].Start] is '“' or '”' or '"' or '«' or '»' or '’' or '\'') k--;
        return k < 0 || (!_tokens[k].IsWord && _text[_tokens[k].Start] is '.' or '\n' or '!' or '?');
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private string Join(int start, int end) => string.Join(' ', Enumerable.Range(start, Math.Min(end - start, MaxNameWords)).Select(Word));

    private string Word(int i) => _text[_tokens[i].Start.._tokens[i].End];

    private bool IsCapitalised(int i) => i >= 0 && i < _tokens.Count && _tokens[i].IsWord && char.IsUpper(_text[_tokens[i].Start]);
}
