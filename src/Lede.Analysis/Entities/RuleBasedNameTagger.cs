using Lede.Analysis.Linking;
using Lede.Analysis.Model;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Entities;

/// <summary>
/// Names of people, organisations and places in German, French and Spanish text, found by rules where no trained model
/// exists: a listed given name and the surname after it, a name after an honorific or a role ("Frau Voss", "Bundeskanzler
/// Olaf Scholz", the role being a title), the surname alone elsewhere; a run of words ending in a legal form ("GmbH") or
/// built on an organisation noun ("Thüringer Verfassungsgericht", "Corte Suprema", "Consejo de la Magistratura"), a known
/// acronym or one the text defines in brackets; a place of the shipped lists. In German every noun is capitalised, so a
/// capital alone is never taken as a name. Built to be precise rather than complete: a name no rule reaches is missed.
/// </summary>
internal static class RuleBasedNameTagger
{
    private const int MaxSurnameWords = 2;
    private const int MaxOrganizationWords = 8;
    private const int MaxLegalNameWords = 4;
    private const int MaxModifiers = 2;
    private const int MaxLowercaseAdjectives = 2;
    private const int MinAcronymLetters = 2;
    private const int MaxAcronymLetters = 6;
    private const int MinAcronymCapitals = 2;
    // An organisation named after a noun that says so ("der Autohersteller Tesla"): its name words run this far at most.
    private const int MaxNounNamedOrganizationWords = 3;
    // A surname written in full of more than one word ("Del Castillo", "von der Leyen") has at most this many.
    private const int MaxLongerSurnameWords = 3;
    private const int MinLowercaseAdjectiveChars = 4;
    private const int MinLonePlaceChars = 3;

    /// <summary>What the rules found: mentions in text order, and the title a role word gave a person's mention (by its start).</summary>
    public sealed record Result(IReadOnlyList<Mention> Mentions, IReadOnlyDictionary<int, string> Titles);

    private readonly record struct Word(int Start, int End, string Text);

    public static Result Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, NameRules rules)
    {
        var words = Words(tokens, rules);
        var run = new Run(text, words, Opens(text, words, sentences), rules);
        run.People();
        run.Organizations();
        run.Places(multiWordOnly: true);
        run.BareNames();
        run.Places(multiWordOnly: false);
        run.DefinedAcronyms();
        run.Repeats();
        return new Result(run.Mentions(), run.Titles);
    }

    /// <summary>
    /// The mentions linked into entities (<see cref="EntityLinker"/>, without its English guesses), each person with the
    /// titles its role words gave.
    /// </summary>
    public static LinkedEntities Link(string text, IReadOnlyList<Token> tokens, Result found)
    {
        var linked = EntityLinker.Link(text, found.Mentions, tokens, englishContext: false);
        if (found.Titles.Count == 0) return linked;
        var titles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var mention in linked.Mentions)
        {
            if (mention.Entity is null || !found.Titles.TryGetValue(mention.Start, out var title)) continue;
            if (!titles.TryGetValue(mention.Entity, out var list)) titles[mention.Entity] = list = [];
            if (!list.Contains(title, StringComparer.OrdinalIgnoreCase)) list.Add(title);
        }
        var entities = linked.Entities
            .Select(e => titles.TryGetValue(e.Id, out var list) ? e with { Titles = [.. e.Titles, .. list.Where(t => !e.Titles.Contains(t, StringComparer.OrdinalIgnoreCase))] } : e)
            .ToArray();
        return new LinkedEntities(linked.Mentions, entities);
    }

    /// <summary>What the tagger finds, for the analysis's warning that names came from word rules.</summary>
    public const string Found = "people, organisations and places (given names from a list and the surname after them, names after an " +
        "honorific or a role, organisation words, legal forms, known acronyms, listed places)";

    /// <summary>The tokens, with an elided article written onto a name taken off it ("l’Université" → "Université").</summary>
    private static Word[] Words(IReadOnlyList<Token> tokens, NameRules rules)
    {
        var words = new Word[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var start = token.Start;
            var word = token.Text;
            foreach (var prefix in rules.ElidedPrefixes)
                if (word.Length > prefix.Length + 1 && word.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(word[prefix.Length]))
                {
                    start += prefix.Length;
                    word = word[prefix.Length..];
                    break;
                }
            words[i] = new Word(start, token.End, word);
        }
        return words;
    }

    /// <summary>Words that open a sentence, a line or a quotation: there a capital says nothing, in any language.</summary>
    private static bool[] Opens(string text, Word[] words, IReadOnlyList<Sentence> sentences)
    {
        var opens = new bool[words.Length];
        var s = 0;
        for (var i = 0; i < words.Length; i++)
        {
            while (s < sentences.Count && sentences[s].End <= words[i].Start) s++;
            var firstOfSentence = s < sentences.Count && (i == 0 || words[i - 1].End <= sentences[s].Start) && words[i].Start >= sentences[s].Start;
            opens[i] = i == 0 || firstOfSentence || text.AsSpan(words[i - 1].End, Math.Max(0, words[i].Start - words[i - 1].End)).Contains('\n')
                || NameRules.OpeningMarks.Contains(words[i - 1].Text);
        }
        return opens;
    }

    /// <summary>One text's tagging: the words, which of them are taken, and what was found.</summary>
    private sealed class Run(string text, Word[] words, bool[] opens, NameRules rules)
    {
        private readonly bool[] _taken = new bool[words.Length];
        private readonly List<(int First, int Last, string Type)> _found = [];
        private readonly HashSet<string> _commonNouns = CommonNouns(words, rules);
        // Surnames (one or two words) and given names of the people named in full, for their later short mentions.
        private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _givenNames = new(StringComparer.Ordinal);
        // Per word: inside a place found, and the last word of an organisation found (a scan of the finds per word was quadratic).
        private readonly bool[] _inPlace = new bool[words.Length];
        private readonly bool[] _endsOrganization = new bool[words.Length];
        // Names of several words are joined here for their lookups, not into a new string per try.
        private char[] _joined = new char[64];

        public Dictionary<int, string> Titles { get; } = [];

        public IReadOnlyList<Mention> Mentions() =>
            _found.OrderBy(f => f.First)
                .Select(f => new Mention(text[words[f.First].Start..words[f.Last].End], words[f.First].Start, words[f.Last].End, f.Type))
                .ToArray();

        /// <summary>
        /// In German, capitalised words the article also writes right after an article or determiner ("der Frost"): common
        /// nouns here, whatever lists they are on. Other languages write their nouns in lower case, so none.
        /// </summary>
        private static HashSet<string> CommonNouns(Word[] words, NameRules rules)
        {
            var nouns = new HashSet<string>(StringComparer.Ordinal);
            if (!rules.CapitalisesNouns) return nouns;
            // Not an adjective-like word before another capitalised one: "die Beringer Vinery", "vom Europäischen Gerichtshof" open a name.
            for (var i = 1; i < words.Length; i++)
                if (IsCapitalised(words[i].Text) && rules.Determiners.Contains(words[i - 1].Text)
                    && !(EndsWithAny(words[i].Text, rules.ModifierEndings) && i + 1 < words.Length && IsCapitalised(words[i + 1].Text) && HasLower(words[i + 1].Text)))
                    nouns.Add(words[i].Text);
            return nouns;
        }

        public void People()
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (_taken[i]) continue;
                int first, last;
                if (IsGivenName(i) && SurnameAfter(i + 1, allowInitial: true) is var end && end > i && !IsListedPlace(i, end))
                    (first, last) = (i, end);
                // After a role a particle is "of" ("Geschäftsführer von Flixbus"); after an honorific it opens the name ("Herr von Arnim").
                // A surname that is also a given name ("Minister Brenner") is the surname when no name word follows it.
                else if (IsIntroducer(i) && !(IsGivenName(i + 1) && SurnameAfter(i + 2, allowInitial: true) >= 0)
                         && (rules.Honorifics.Contains(words[i].Text) || !rules.NameParticles.Contains(words[i + 1].Text))
                         && SurnameAfter(i + 1, allowInitial: false) is var after && after > i)
                    (first, last) = (i + 1, after);
                else continue;
                // An honorific or a second honorific in front ("Prof. Dr.") is not part of the name; a role before it is the person's title.
                if (first > 0 && IsRole(first - 1)) Titles[words[first].Start] = words[first - 1].Text;
                Add(first, last, "PER");
                RememberPerson(first, last);
                i = last;
            }
        }

        /// <summary>Whether words first..last spell a listed place ("Santa Cruz", "San José"): a place, though it opens with a given name.</summary>
        private bool IsListedPlace(int first, int last)
        {
            var name = Joined(first, last);
            return PlaceNames.Default.IsExonym(rules.Language, name) || PlaceNames.Default.IsReferencePlace(name);
        }

        /// <summary>A word that says a person's name follows: an honorific ("Frau", "M.") or a role ("Bundeskanzler", "ministre").</summary>
        private bool IsIntroducer(int i)
        {
            if (i + 1 >= words.Length || !Adjacent(i, i + 1)) return false;
            // "der Herr" is a noun ("the lord"), not "Herr Scholz".
            if (rules.CapitalisesNouns && i > 0 && rules.Determiners.Contains(words[i - 1].Text) && rules.Honorifics.Contains(words[i].Text)) return false;
            return rules.Honorifics.Contains(words[i].Text) || IsRole(i);
        }

        private bool IsRole(int i)
        {
            var word = words[i].Text;
            if (rules.PersonRoles.Contains(word)) return true;
            if (rules.PersonRoleEndings.Length == 0 || !IsCapitalised(word)) return false;
            foreach (var ending in rules.PersonRoleEndings)
                if (EndsWithLowered(word, ending)) return true;
            return false;
        }

        /// <summary>
        /// The last word of a surname starting at <paramref name="i"/>: one or two name words, with particles inside
        /// ("von der Leyen", "Del Castillo") and, after a given name, a middle initial ("Edward S. Herman"); -1 for none.
        /// </summary>
        private int SurnameAfter(int i, bool allowInitial)
        {
            var last = -1;
            var count = 0;
            var k = i;
            while (k < words.Length && count < MaxSurnameWords && Adjacent(k - 1, k) && !_taken[k])
            {
                var word = words[k].Text;
                if (allowInitial && k == i && IsInitial(word)) { k++; continue; }
                if (rules.NameParticles.Contains(word) && ParticlesThenName(k)) { k++; continue; }
                if (!IsNameWord(k)) break;
                last = k;
                count++;
                k++;
            }
            // A third name word straight after is a run of capitalised nouns or a headline, not one person's name.
            return last >= 0 && !(Adjacent(last, last + 1) && IsNameWord(last + 1)) ? last : -1;
        }

        /// <summary>Whether the particles from k on ("De la", "von der") lead to a name word on the same line.</summary>
        private bool ParticlesThenName(int k)
        {
            while (k + 1 < words.Length && Adjacent(k, k + 1))
            {
                if (IsNameWord(k + 1)) return true;
                if (!rules.NameParticles.Contains(words[k + 1].Text)) return false;
                k++;
            }
            return false;
        }

        private void RememberPerson(int first, int last)
        {
            var surnameStart = first;
            if (IsGivenNameWord(words[first].Text))
            {
                surnameStart = first + 1;
                while (surnameStart < last && (IsInitial(words[surnameStart].Text) || IsGivenNameWord(words[surnameStart].Text))) surnameStart++;
            }
            // "Del Castillo", "von der Leyen": the particles belong to the short form too; "Cabezas Pantoja": either word alone.
            _surnames.Add(Joined(surnameStart, last).ToString());
            _surnames.Add(words[last].Text);
            if (last > surnameStart && !rules.NameParticles.Contains(words[surnameStart].Text)) _surnames.Add(words[surnameStart].Text);
            if (surnameStart > first)
            {
                if (!_givenNames.TryGetValue(words[first].Text, out var people)) _givenNames[words[first].Text] = people = new HashSet<string>(StringComparer.Ordinal);
                people.Add(words[last].Text);
            }
        }

        public void Organizations()
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (_taken[i]) continue;
                var word = words[i].Text;
                if (rules.LegalForms.Contains(word) && LegalName(i) is var (lf, ll) && lf >= 0) { Add(lf, ll, "ORG"); i = ll; continue; }
                if (rules.OrganizationHeads.Contains(word) && IsCapitalised(word) && HeadFirstName(i) is var hl && hl >= 0) { Add(i, WithPlace(hl), "ORG"); i = WithPlace(hl); continue; }
                if (rules.CapitalisesNouns && EndsWithOrganizationHead(word) && QualifiedCompound(i) is var cf && cf >= 0) { Add(cf, WithPlace(i), "ORG"); i = WithPlace(i); continue; }
                if (rules.PlaceAcronyms.Contains(word)) { Add(i, i, "LOC"); continue; }
                if (rules.OrganizationAcronyms.Contains(word) || EntityRules.KnownOrganizations.Contains(word)) { Add(i, WithPlace(i), "ORG"); i = WithPlace(i); continue; }
                if (i > 0 && Adjacent(i - 1, i) && EndsWithAny(words[i - 1].Text, rules.OrganizationNounEndings) && IsNameWord(i) && !IsGivenName(i))
                {
                    // "das Magazin Harbour Weekly Review": the name runs over its following name words.
                    var last = i;
                    while (last + 1 < words.Length && last - i + 1 < MaxNounNamedOrganizationWords && Adjacent(last, last + 1) && !_taken[last + 1] && IsOrganizationWord(last + 1) && !_commonNouns.Contains(words[last + 1].Text)) last++;
                    Add(i, last, "ORG");
                    i = last;
                }
            }
        }

        /// <summary>The capitalised words before a legal form ("Schlumberger GmbH &amp; Co. KG"), or (-1, -1).</summary>
        private (int First, int Last) LegalName(int form)
        {
            var first = form;
            while (first > 0 && form - first < MaxLegalNameWords && Adjacent(first - 1, first) && !_taken[first - 1])
            {
                var previous = words[first - 1].Text;
                if (previous == "&" && first - 2 >= 0 && IsCapitalised(words[first - 2].Text)) { first--; continue; }
                if (!IsCapitalised(previous) || rules.NotNameWords.Contains(previous) || rules.Determiners.Contains(previous) || opens[first - 1] && rules.CapitalisesNouns && _commonNouns.Contains(previous)) break;
                first--;
                if (opens[first]) break;
            }
            if (first == form) return (-1, -1);
            var last = form;
            // "GmbH & Co. KG"
            if (last + 2 < words.Length && words[last + 1].Text == "&" && words[last + 2].Text is "Co." or "Co")
            {
                last += 2;
                if (last + 1 < words.Length && Adjacent(last, last + 1) && rules.LegalForms.Contains(words[last + 1].Text)) last++;
            }
            return (first, last);
        }

        /// <summary>
        /// The end of an organisation's name that opens with its head noun ("Corte Suprema", "Université PSL", "Verband für
        /// Sozialer Wettbewerb", "Forum économique mondial"); -1 when nothing names it, unless the head alone names one institution.
        /// </summary>
        private int HeadFirstName(int head)
        {
            var last = head;
            var adjectives = 0;
            var k = head + 1;
            while (k < words.Length && k - head < MaxOrganizationWords && Adjacent(k - 1, k) && !_taken[k])
            {
                var word = words[k].Text;
                if (IsOrganizationWord(k))
                {
                    last = k;
                    k++;
                    // "Universität Mainz" ends at its place: what follows is the subject ("… Musikwissenschaft studiert").
                    if (rules.CapitalisesNouns && (PlaceNames.Default.IsExonym(rules.Language, word) || PlaceNames.Default.IsReferencePlace(word))) break;
                    continue;
                }
                var connector = ConnectorLength(k);
                if (connector > 0 && k + connector < words.Length && Adjacent(k + connector - 1, k + connector) && IsOrganizationWord(k + connector)) { k += connector; continue; }
                if (last == k - 1 && adjectives < MaxLowercaseAdjectives && IsLowercaseAdjective(word)) { last = k; adjectives++; k++; continue; }
                break;
            }
            if (last > head) return last;
            return rules.StandaloneOrganizationHeads.Contains(words[head].Text) && !opens[head] ? head : -1;
        }

        /// <summary>Connector words starting at k ("de la" is two); 0 for none.</summary>
        private int ConnectorLength(int k)
        {
            if (k + 1 < words.Length && rules.OrganizationConnectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Joined(k, k + 1))) return 2;
            return rules.OrganizationConnectors.Contains(words[k].Text) ? 1 : 0;
        }

        private bool IsOrganizationWord(int k)
        {
            var word = words[k].Text;
            return IsCapitalised(word) && !rules.NotNameWords.Contains(word) && !rules.Determiners.Contains(word) && HasLetter(word) && !rules.Honorifics.Contains(word)
                && !EndsWithAny(word, rules.CommonNounEndings);
        }

        private bool IsLowercaseAdjective(string word)
        {
            if (word.Length < MinLowercaseAdjectiveChars || !char.IsLower(word[0])) return false;
            foreach (var ending in rules.LowercaseAdjectiveEndings)
                if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
            return false;
        }

        private bool EndsWithOrganizationHead(string word)
        {
            if (!IsCapitalised(word) || !HasLower(word)) return false;
            foreach (var ending in rules.OrganizationHeadEndings)
                if (EndsWithLowered(word, ending) || EndsWithLowered(word, ending, "s") || EndsWithLowered(word, ending, "es"))
                    return true;
            return false;
        }

        /// <summary>
        /// The first word of a German organisation noun's name: itself when a name is compounded in ("CDU-Fraktion",
        /// "Heinrich-Böll-Stiftung"), else the capitalised adjectives before it ("Thüringer Verfassungsgericht"); -1 for a bare noun.
        /// </summary>
        private int QualifiedCompound(int i)
        {
            var word = words[i].Text;
            var hyphen = word.LastIndexOf('-');
            if (hyphen > 0 && char.IsUpper(word[0]) && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])) return i;
            var first = i;
            while (first > 0 && i - first < MaxModifiers && Adjacent(first - 1, first) && !_taken[first - 1] && IsModifier(first - 1)) first--;
            return first < i ? first : -1;
        }

        private bool IsModifier(int k)
        {
            var word = words[k].Text;
            if (!IsCapitalised(word) || !HasLower(word) || rules.NotNameWords.Contains(word) || rules.Determiners.Contains(word) || _commonNouns.Contains(word)) return false;
            foreach (var ending in rules.ModifierEndings)
                if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>An organisation's name followed by its place ("Universität Wien", "… Stiftung Baden-Württemberg") takes it in.</summary>
        private int WithPlace(int last)
        {
            var next = last + 1;
            if (next >= words.Length || !Adjacent(last, next) || _taken[next]) return last;
            var word = words[next].Text;
            return PlaceNames.Default.IsExonym(rules.Language, word) || PlaceNames.Default.IsReferencePlace(word) && !_commonNouns.Contains(word) ? next : last;
        }

        /// <summary>Places: multi-word names and exonyms first (they need no context); single reference names after the bare names.</summary>
        public void Places(bool multiWordOnly)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (_taken[i] || !IsCapitalised(words[i].Text)) continue;
                var length = PlaceAt(i, multiWordOnly);
                if (length == 0) continue;
                Add(i, i + length - 1, "LOC");
                i += length - 1;
            }
        }

        private int PlaceAt(int i, bool multiWordOnly)
        {
            var places = PlaceNames.Default;
            var longest = 0;
            for (var length = 2; length <= PlaceNames.MaxWords && i + length - 1 < words.Length; length++)
            {
                var k = i + length - 1;
                if (!Adjacent(k - 1, k) || _taken[k]) break;
                if (!IsCapitalised(words[k].Text)) continue;
                var name = Joined(i, k);
                if (places.IsExonym(rules.Language, name) || places.IsReferencePlace(name) && AllNameWords(i, k)) longest = length;
            }
            if (longest > 0) return longest;
            var word = words[i].Text;
            if (places.IsExonym(rules.Language, word)) return 1;
            // German genitive: "Italiens", "Deutschlands".
            if (rules.CapitalisesNouns && word.Length > 3 && word[^1] == 's' && word[^2] != 's' && places.IsExonym(rules.Language, word.AsSpan(0, word.Length - 1))) return 1;
            // After a noun of place ("US-Stadt Phoenix", "la isla Signy") a name word is a place, listed or not.
            if (i > 0 && Adjacent(i - 1, i) && EndsWithAny(words[i - 1].Text, rules.PlaceNounEndings) && IsNameWord(i)) return 1;
            if (multiWordOnly || !places.IsReferencePlace(word) || word.Length < MinLonePlaceChars || !HasLower(word) || rules.NotNameWords.Contains(word)) return 0;
            // A lone listed place that is not a noun here, after a preposition of place or beside another place: in German any
            // noun is capitalised, and elsewhere many listed towns are also surnames or given names ("Milagro", "Morales").
            // Nor the first word of a longer name the lists lack ("San Lorenzo", "Florida Keys").
            if (opens[i] || _commonNouns.Contains(word) || i + 1 < words.Length && Adjacent(i, i + 1) && IsCapitalised(words[i + 1].Text)) return 0;
            if (i > 0 && Adjacent(i - 1, i) && rules.PlacePrepositions.Contains(words[i - 1].Text)) return 1;
            return BesidePlace(i) ? 1 : 0;
        }

        /// <summary>"Duisburg und Essen": a listed word joined by "und", "oder" or a comma to a place already found.</summary>
        private bool BesidePlace(int i)
        {
            bool IsPlace(int k) => _inPlace[k];
            return i >= 2 && NameRules.PlaceListJoiners.Contains(words[i - 1].Text) && IsPlace(i - 2)
                || i + 2 < words.Length && NameRules.PlaceListJoiners.Contains(words[i + 1].Text) && IsPlace(i + 2);
        }

        private bool AllNameWords(int first, int last)
        {
            for (var k = first; k <= last; k++)
                if (!IsCapitalised(words[k].Text) && !rules.NameParticles.Contains(words[k].Text)) return false;
            return true;
        }

        /// <summary>
        /// A person named in full, later written by surname alone ("Matschie") or, where one person of the article has that
        /// given name, by given name alone ("Vreni").
        /// </summary>
        public void BareNames()
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (_taken[i]) continue;
                var word = words[i].Text;
                if (!IsCapitalised(word)) continue;
                if (rules.CapitalisesNouns && i > 0 && rules.Determiners.Contains(words[i - 1].Text)) continue;
                var longer = LongerSurnameAt(i);
                if (longer > i) { Add(i, longer, "PER"); i = longer; continue; }
                if (_surnames.Contains(word) && !rules.NameParticles.Contains(word) || _givenNames.TryGetValue(word, out var people) && people.Count == 1 && !(i + 1 < words.Length && Adjacent(i, i + 1) && IsNameWord(i + 1)))
                    Add(i, i, "PER");
            }
        }

        /// <summary>
        /// A one-word organisation or place found where its context said so ("Schwesterfirma Waymo", "in Phoenix"), and an
        /// acronym inside a longer organisation's name ("Université PSL"), are the same thing wherever else the word stands.
        /// </summary>
        public void Repeats()
        {
            var known = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (first, last, type) in _found)
            {
                if (type == "PER") continue;
                if (first == last) known.TryAdd(words[first].Text, type);
                else if (type == "ORG")
                    for (var k = first; k <= last; k++)
                        if (IsAcronym(words[k].Text) && !rules.LegalForms.Contains(words[k].Text)) known.TryAdd(words[k].Text, type);
            }
            for (var i = 0; i < words.Length; i++)
                if (!_taken[i] && known.TryGetValue(words[i].Text, out var type) && !_commonNouns.Contains(words[i].Text)) Add(i, i, type);
        }

        /// <summary>The last word of a surname of two or three words ("Del Castillo", "von der Leyen") starting at i; -1 for none.</summary>
        private int LongerSurnameAt(int i)
        {
            var found = -1;
            for (var k = i + 1; k < words.Length && k - i < MaxLongerSurnameWords && Adjacent(k - 1, k) && !_taken[k]; k++)
                if (_surnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Joined(i, k))) found = k;
            return found;
        }

        /// <summary>An acronym the text defines in brackets after a name ("Verein Nordsee Fähren (VNF)"), then wherever it stands.</summary>
        public void DefinedAcronyms()
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 2; i + 1 < words.Length; i++)
                if (words[i - 1].Text == "(" && words[i + 1].Text == ")" && IsAcronym(words[i].Text) && _endsOrganization[i - 2])
                    defined.Add(words[i].Text);
            for (var i = 0; i < words.Length; i++)
                if (!_taken[i] && defined.Contains(words[i].Text)) Add(i, i, "ORG");
        }

        private static bool IsAcronym(string word)
        {
            if (word.Length is < MinAcronymLetters or > MaxAcronymLetters || !char.IsUpper(word[0])) return false;
            int upper = 0, lower = 0;
            foreach (var c in word)
            {
                if (char.IsUpper(c)) upper++;
                else if (char.IsLower(c)) lower++;
                else if (!char.IsDigit(c)) return false;
            }
            return upper >= MinAcronymCapitals && lower < upper;
        }

        private bool IsGivenName(int i) => i >= 0 && i < words.Length && !_taken[i] && IsGivenNameWord(words[i].Text);

        private bool IsGivenNameWord(string word)
        {
            // "Rosé" is looked up as "Rose" (a given name) and so is a homograph too. German words carry no acute accents, so
            // there an accented word is foreign ("Jané", a brand) and only its own spelling counts. A listed place is a place ("Florida").
            if (word.Length < 2 || !char.IsUpper(word[0]) || !IsLowerAfterFirst(word) || rules.GivenNameHomographs.Contains(word) || rules.NotNameWords.Contains(word)
                || _commonNouns.Contains(word) || PlaceNames.Default.IsExonym(rules.Language, word) || PlaceNames.Default.IsReferencePlace(word))
                return false;
            var plain = GivenNames.WithoutAccents(word);
            if (plain != word && (rules.GivenNameHomographs.Contains(plain) || rules.CapitalisesNouns && !IsUmlautOnly(word, plain))) return GivenNames.IsListedAsWritten(word);
            return GivenNames.IsListed(word, plain);
        }

        /// <summary>A word that can be part of a surname: capitalised, letters only, not a noun of the article, a month, a role or a list's organisation.</summary>
        private bool IsNameWord(int k)
        {
            if (k >= words.Length || _taken[k]) return false;
            var word = words[k].Text;
            if (word.Length < 2 || !char.IsUpper(word[0]) || !HasLower(word)) return false;
            foreach (var c in word)
                if (!char.IsLetter(c) && c is not '-' and not '\'' and not '’') return false;
            if (rules.NotNameWords.Contains(word) || NameRules.NotSurnameWords.Contains(word) || rules.Honorifics.Contains(word) || rules.LegalForms.Contains(word) || _commonNouns.Contains(word)) return false;
            if (rules.OrganizationHeads.Contains(word) || rules.OrganizationAcronyms.Contains(word) || EntityRules.KnownOrganizations.Contains(word) || IsRole(k)) return false;
            if (PlaceNames.Default.IsExonym(rules.Language, word)) return false;
            foreach (var ending in rules.CommonNounEndings)
                if (word.EndsWith(ending, StringComparison.Ordinal)) return false;
            return true;
        }

        private void Add(int first, int last, string type)
        {
            for (var k = first; k <= last; k++)
            {
                _taken[k] = true;
                if (type == "LOC") _inPlace[k] = true;
            }
            if (type == "ORG") _endsOrganization[last] = true;
            _found.Add((first, last, type));
        }

        /// <summary>Words first..last joined by single spaces, in the scratch buffer: valid until the next call.</summary>
        private ReadOnlySpan<char> Joined(int first, int last)
        {
            if (last < first) return [];
            var length = last - first;
            for (var k = first; k <= last; k++) length += words[k].Text.Length;
            if (_joined.Length < length) _joined = new char[Math.Max(length, 2 * _joined.Length)];
            var at = 0;
            for (var k = first; k <= last; k++)
            {
                if (k > first) _joined[at++] = ' ';
                words[k].Text.CopyTo(_joined.AsSpan(at));
                at += words[k].Text.Length;
            }
            return _joined.AsSpan(0, length);
        }

        /// <summary>Consecutive words on one line, with only spaces between them.</summary>
        private bool Adjacent(int a, int b)
        {
            if (a < 0 || b >= words.Length || b != a + 1) return false;
            for (var p = words[a].End; p < words[b].Start; p++)
                if (text[p] is not ' ' and not '\u00A0') return false;
            return true;
        }
    }

    private static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
            if (word.Length >= ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether the word lower-cased ends with <paramref name="ending"/> then <paramref name="suffix"/> (both lower case), without the lower-cased copy.</summary>
    private static bool EndsWithLowered(ReadOnlySpan<char> word, string ending, string suffix = "")
    {
        if (word.Length < ending.Length + suffix.Length) return false;
        var tail = word[^(ending.Length + suffix.Length)..];
        for (var k = 0; k < ending.Length; k++)
            if (char.ToLowerInvariant(tail[k]) != ending[k]) return false;
        for (var k = 0; k < suffix.Length; k++)
            if (char.ToLowerInvariant(tail[ending.Length + k]) != suffix[k]) return false;
        return true;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool HasLower(string word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return true;
        return false;
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
            if (char.IsLetter(c)) return true;
        return false;
    }

    private static bool IsLowerAfterFirst(string word)
    {
        for (var i = 1; i < word.Length; i++)
            if (!char.IsLower(word[i]) && word[i] != '-' && !(word[i - 1] == '-' && char.IsUpper(word[i]))) return false;
        return true;
    }

    /// <summary>Whether the only marks the plain spelling dropped are umlauts ("Jürgen" → "Jurgen"), which German writes.</summary>
    private static bool IsUmlautOnly(string word, string plain)
    {
        for (var i = 0; i < word.Length && i < plain.Length; i++)
            if (word[i] != plain[i] && "äöüÄÖÜ".IndexOf(word[i]) < 0) return false;
        return true;
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
}
