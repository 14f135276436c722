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

    // A pronoun, a dropped subject or a surname alone looks this many mentions back at most for its person: a bound on
    // hostile text with tens of thousands of tags (each scan of all mentions made the whole quadratic). Dev pages hold
    // far fewer mentions, so no result there changes.
    internal const int MaxMentionsBack = 2000;

    private readonly string _text;
    private readonly List<SpeechTagToken> _tokens;
    private readonly SpeechTagRules _rules;
    // Where a person is mentioned (full name or surname alone) and who, in text order.
    private readonly List<(int Position, string Name)> _mentions = [];
    private readonly Dictionary<string, string> _bySurname = new(StringComparer.Ordinal);
    // The full names _bySurname holds, by their given name, each with how many surnames point to it: "Ana" alone names
    // the one person it is given to, found without a scan of every name.
    private readonly Dictionary<string, Dictionary<string, int>> _byGivenName = new(StringComparer.Ordinal);
    // The last words of the names mentioned: a surname none has is looked up without a scan.
    private readonly HashSet<string> _lastWords = new(StringComparer.Ordinal);
    private Dictionary<string, List<int>>? _capitalised;
    // Answers that depend on the text alone, kept per word: asked once per tag, they were a scan of the word's occurrences each time.
    private readonly Dictionary<string, bool> _seenMidSentence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _firstFullMention = new(StringComparer.Ordinal);

    /// <summary>The most mentions one lookup of a person has looked at: a work counter for the tests of hostile text.</summary>
    internal int LongestScan { get; private set; }

    public ArticlePersons(string text, List<SpeechTagToken> tokens, SpeechTagRules rules)
    {
        _text = text;
        _tokens = tokens;
        _rules = rules;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsCapitalised(i) || !IsCapitalised(i + 1) || !GivenNames.Knows(WordSpan(i))
                || rules.SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordSpan(i))) continue;
            var end = i + 2;
            if (end < tokens.Count && IsCapitalised(end)) end++;
            var name = Join(i, end);
            Register(name, tokens[i].Start);
            i = end - 1;
        }
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
        var resolved = _lastWords.Contains(name) ? LatestWithSurname(start, name) : null;
        // A given name alone ("dice Taty") names the one person the article gave it to.
        if (resolved is null && _byGivenName.TryGetValue(name, out var named) && named.Count == 1)
            resolved = named.Keys.First();
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
        _mentions.Insert(MentionsBefore(position, orAt: true), (position, name));
        _lastWords.Add(LastWord(name));
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
        var before = MentionsBefore(position, orAt: false);
        for (var k = before - 1; k >= 0 && k >= before - MaxMentionsBack; k--)
        {
            LongestScan = Math.Max(LongestScan, before - k);
            if (fits(_mentions[k].Name)) return _mentions[k].Name;
        }
        return null;
    }

    /// <summary><see cref="Latest(int, Func{string, bool})"/> for the person whose name ends in <paramref name="surname"/>, with no string per mention.</summary>
    private string? LatestWithSurname(int position, string surname)
    {
        var before = MentionsBefore(position, orAt: false);
        for (var k = before - 1; k >= 0 && k >= before - MaxMentionsBack; k--)
        {
            LongestScan = Math.Max(LongestScan, before - k);
            var name = _mentions[k].Name;
            if (name.AsSpan(name.LastIndexOf(' ') + 1).SequenceEqual(surname)) return name;
        }
        return null;
    }

    /// <summary>How many mentions (in text order) come before position, or at it too.</summary>
    private int MentionsBefore(int position, bool orAt)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Position < position || orAt && _mentions[mid].Position == position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// "X Surname" where the surname first occurs before position, X a capitalised word that is a listed given name, or in a
    /// language that writes nouns lower-case any capitalised word that is no role, article or sentence opener.
    /// </summary>
    private (string Name, int Position)? FirstFullMention(string surname, int position)
    {
        // The first occurrence written in full does not depend on position: found once per surname.
        if (!_firstFullMention.TryGetValue(surname, out var i)) _firstFullMention[surname] = i = FirstFullOccurrence(surname);
        if (i < 0 || _tokens[i].Start >= position) return null;
        var start = i - 1;
        if (start > 0 && IsCapitalised(start - 1) && GivenNames.Knows(WordSpan(start - 1))) start--;
        return (Join(start, i + 1), _tokens[start].Start);
    }

    private int FirstFullOccurrence(string surname)
    {
        foreach (var i in Occurrences(surname))
        {
            if (i == 0 || !IsCapitalised(i - 1)) continue;
            var first = Word(i - 1);
            var given = GivenNames.Knows(first);
            if (!given && (_rules.CapitalisesNouns || _rules.SentenceOpeners.Contains(first) || _rules.Honorifics.Contains(first)
                || _rules.Determiners.Contains(first) || _rules.RoleNouns.Contains(first) || OpensSentence(i - 1))) continue;
            return i;
        }
        return -1;
    }

    private void Register(string name, int position)
    {
        var surname = LastWord(name);
        if (_bySurname.TryGetValue(surname, out var known))
        {
            if (known == name) return;
            var others = _byGivenName[GivenNameOf(known)];
            if (--others[known] == 0) others.Remove(known);
        }
        _bySurname[surname] = name;
        var given = GivenNameOf(name);
        if (!_byGivenName.TryGetValue(given, out var sameGiven)) _byGivenName[given] = sameGiven = new(StringComparer.Ordinal);
        sameGiven[name] = sameGiven.GetValueOrDefault(name) + 1;
        _lastWords.Add(surname);
        // The name's mentions, in text order, merged into the sorted list after those already at the same positions.
        var added = new List<(int Position, string Name)> { (position, name) };
        foreach (var i in Occurrences(surname))
            if (_tokens[i].Start > position) added.Add((_tokens[i].Start, name));
        MergeIn(added);
    }

    private void MergeIn(List<(int Position, string Name)> added)
    {
        var old = _mentions.Count;
        _mentions.AddRange(added);
        int a = old - 1, b = added.Count - 1;
        for (var to = _mentions.Count - 1; b >= 0; to--)
            _mentions[to] = a >= 0 && _mentions[a].Position > added[b].Position ? _mentions[a--] : added[b--];
    }

    // "Olaf Scholz" → "Olaf": every registered name has two words or more.
    private static string GivenNameOf(string name) => name[..Math.Max(0, name.IndexOf(' '))];

    /// <summary>Whether the capitalised word also stands inside a sentence, where only names and (in German) nouns are capitalised.</summary>
    public bool SeenMidSentence(ReadOnlySpan<char> word)
    {
        var seen = _seenMidSentence.GetAlternateLookup<ReadOnlySpan<char>>();
        if (seen.TryGetValue(word, out var answer)) return answer;
        var key = word.ToString();
        return _seenMidSentence[key] = Occurrences(key).Any(i => !OpensSentence(i));
    }

    /// <summary>Token indexes of a capitalised word, from an index built once: a scan per name would cost names × words.</summary>
    private List<int> Occurrences(string word)
    {
        if (_capitalised is null)
        {
            _capitalised = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            // One string per distinct word, not per occurrence.
            var byWord = _capitalised.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < _tokens.Count; i++)
            {
                if (!IsCapitalised(i)) continue;
                if (!byWord.TryGetValue(WordSpan(i), out var list)) _capitalised[Word(i)] = list = [];
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

    private ReadOnlySpan<char> WordSpan(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].End - _tokens[i].Start);

    private bool IsCapitalised(int i) => i >= 0 && i < _tokens.Count && _tokens[i].IsWord && char.IsUpper(_text[_tokens[i].Start]);
}
