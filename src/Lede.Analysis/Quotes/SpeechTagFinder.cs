using System.Collections.Frozen;
using Lede.Analysis.Linking;
using Lede.Analysis.Model;
using Lede.Analysis.Rules;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Direct and mixed quotes with their speakers in a language without a model, from its speech-tag rules
/// (<see cref="SpeechTagRules"/>): a quote in marks followed by a tag („…“, sagte Scholz), opened by one
/// (Scholz sagte: „…“), holding one (« Absurde, explique X. … »), or inside a reported clause after a tag
/// (X erklärte, dass „…“). A quote that opens the next sentence of the same paragraph without a tag of its own
/// continues the last speaker. A quote with no tag (scare quotes, titles) is left out.
/// </summary>
internal sealed class SpeechTagFinder
{
    // A speaker's phrase runs over at most this many words (a role: "die Präsidentin der Deutschen Lebens-Rettungs-Gesellschaft").
    private const int MaxSpeakerWords = 8;

    // A name run is at most this long ("Ana Sofia Cardenal López").
    private const int MaxNameWords = 4;

    // Words of a quote-closing dash attribution („…“ – Kai Dörfner) before the paragraph ends.
    private const int MaxDashSpeakerWords = 4;

    // Auxiliaries (or an auxiliary with its pronoun joined, "a-t-il") skipped before the reporting verb: "a dit", "hat gesagt".
    private const int MaxAuxiliaries = 2;

    // Adverbs between the verb and its speaker ("sagte damals noch X").
    private const int MaxFillers = 3;

    // Lower-cased in a stack buffer up to this length; every listed pronoun is far shorter, so a longer word is none.
    private const int MaxPronounChars = 32;

    // Letters a compound role noun has before its ending: a short word that merely ends so is no role.
    private const int MinRoleStemChars = 3;

    private readonly string _text;
    private readonly SpeechTagRules _rules;
    private readonly List<SpeechTagToken> _tokens;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly ArticlePersons _persons;

    private SpeechTagFinder(string text, IReadOnlyList<Sentence> sentences, SpeechTagRules rules)
    {
        _text = text;
        _rules = rules;
        _sentences = sentences;
        _tokens = SpeechTagToken.Tokenize(text, rules.Honorifics);
        _persons = new ArticlePersons(text, _tokens, rules);
    }

    /// <summary>What the finder finds, for the analysis's warning that quotes came from word rules.</summary>
    public const string Found = "direct and mixed quotes with speech tags";

    /// <summary>The attributed quotes of <paramref name="text"/> in the order they open.</summary>
    public static IReadOnlyList<Quote> Find(string text, IReadOnlyList<Sentence> sentences, SpeechTagRules rules) =>
        new SpeechTagFinder(text, sentences, rules).Find();

    private IReadOnlyList<Quote> Find()
    {
        var spans = QuoteMarkScanner.Scan(_text, _rules.SpacedGuillemets);
        var quotes = new List<Quote>();
        Tag? last = null;
        var lastEnd = -1;
        foreach (var span in spans)
        {
            // A quote inside the content of the last one (a reported clause with several quoted words) is part of it.
            if (quotes.Count > 0 && span.Start < quotes[^1].End) continue;
            var tag = AfterTag(span) ?? InsideTag(span) ?? ColonTag(span) ?? ClauseTag(span);
            if (tag is { } found)
            {
                var speaker = Resolve(found.Speaker);
                quotes.Add(Build(found.Content, found.Cue, speaker, spans));
                last = found with { Resolved = speaker };
                lastEnd = Math.Max(span.End, found.Cue.End);
            }
            else if (last is { } previous && Continues(lastEnd, span))
            {
                quotes.Add(Build(new TextRange(span.Start, span.End), TextRange.None, previous.Resolved, spans));
                lastEnd = span.End;
            }
        }
        return quotes;
    }

    private Quote Build(TextRange content, TextRange cue, Speaker? speaker, IReadOnlyList<QuotedSpan> spans) =>
        new(_text[content.Start..content.End], content.Start, content.End, QuoteAssembler.Kind(_text, content, spans),
            cue.IsEmpty ? null : new Cue(_text[cue.Start..cue.End], cue.Start, cue.End), speaker);

    private Speaker? Resolve(SpeakerPhrase? phrase)
    {
        if (phrase is not { } p) return null;
        var name = p.Kind switch
        {
            SpeakerKind.Pronoun => _persons.Pronoun(p.Start, _rules.FemalePronouns.Contains(Lowered(_text[p.NameStart..p.NameEnd]))),
            SpeakerKind.Name => _persons.Name(p.NameStart, p.NameEnd),
            SpeakerKind.Dropped => _persons.Latest(p.Start),
            _ => null,
        };
        return new Speaker(_text[p.Start..p.End], p.Start, p.End, name, null);
    }

    /// <summary>A tagless quote continues the last speaker when it opens a sentence later in the same paragraph.</summary>
    private bool Continues(int lastEnd, QuotedSpan span)
    {
        if (lastEnd < 0 || span.Start < lastEnd) return false;
        if (_text.AsSpan(lastEnd, span.Start - lastEnd).Contains('\n')) return false;
        return OpensSentence(span.Start);
    }

    // ---- Tags after the quote: „…“, sagte Scholz. / „…“, so X. / « … », a-t-elle ajouté. / “…”, dijo. / „…“ – Name

    private Tag? AfterTag(QuotedSpan span)
    {
        var i = TokenAt(span.End);
        if (i < 0) return null;
        if (IsMark(i, ',')) i++;
        if (i >= _tokens.Count) return null;
        var content = OpensSentence(span.Start) ? new TextRange(span.Start, span.End) : new TextRange(SentenceStart(span.Start), span.End);
        // A dash before the tag („…” – powiedział X) is the Polish comma; a dash and a bare name close a blurb („…“ – Name).
        if (IsMark(i, '–') || IsMark(i, '—') || (IsMark(i, '-') && i + 1 < _tokens.Count && _tokens[i + 1].IsWord))
            return (i + 1 < _tokens.Count && _tokens[i + 1].IsWord ? VerbTag(i + 1, content, allowDroppedSubject: true) : null) ?? DashTag(span, i + 1);
        if (!_tokens[i].IsWord) return null;
        if (Is(_rules.AfterQuoteMarkers, i) && char.IsLower(_text[_tokens[i].Start]))
        {
            var speaker = ParseSpeaker(i + 1);
            return speaker is null ? null : new Tag(content, Range(i), speaker);
        }
        return VerbTag(i, content, allowDroppedSubject: true);
    }

    /// <summary>A reporting verb at token i (after any auxiliary) and the speaker after it: "sagte Scholz", "a-t-il dit", "dijo".</summary>
    private Tag? VerbTag(int i, TextRange content, bool allowDroppedSubject)
    {
        var cueStart = _tokens[i].Start;
        SpeakerPhrase? attached = null;
        var auxiliaries = 0;
        while (i < _tokens.Count && _tokens[i].IsWord && auxiliaries < MaxAuxiliaries)
        {
            if (_rules.PronounSuffixes && AttachedPronoun(i) is { } pronoun) { attached = pronoun; i++; auxiliaries++; continue; }
            if (!Is(_rules.Auxiliaries, i) || i + 1 >= _tokens.Count || !_tokens[i + 1].IsWord) break;
            i++;
            auxiliaries++;
        }
        if (i >= _tokens.Count || !_tokens[i].IsWord || !Is(_rules.ReportingVerbs, i) || !char.IsLower(_text[_tokens[i].Start])) return null;
        var cue = new TextRange(cueStart, _tokens[i].End);
        var speaker = attached ?? ParseSpeaker(i + 1);
        if (speaker is null && IsMark(i + 1, ',')) speaker = AfterParenthesis(i + 1);
        if (speaker is null && !(allowDroppedSubject && DropsSubject(i + 1))) return null;
        return new Tag(content, cue, speaker ?? Dropped(cue.End));
    }

    /// <summary>The speaker after a parenthesis set off by commas: "insiste, por su parte, Marta Quiroga".</summary>
    private SpeakerPhrase? AfterParenthesis(int comma)
    {
        for (var k = comma + 1; k < _tokens.Count && k <= comma + 5; k++)
        {
            if (IsMark(k, ',')) return ParseSpeaker(k + 1) is { Kind: SpeakerKind.Name } named ? named : null;
            if (!_tokens[k].IsWord || IsCapitalised(k)) return null;
        }
        return null;
    }

    /// <summary>"a-t-il", "a-t-elle": an inverted auxiliary with its pronoun joined by hyphens.</summary>
    private SpeakerPhrase? AttachedPronoun(int i)
    {
        var word = WordSpan(i);
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0) return null;
        if (!IsPronoun(word[(hyphen + 1)..])) return null;
        var start = _tokens[i].Start + hyphen + 1;
        return new SpeakerPhrase(start, _tokens[i].End, SpeakerKind.Pronoun, start, _tokens[i].End);
    }

    /// <summary>
    /// A speech tag with no subject ("…”, dijo a la radio.): only in a language that drops subject pronouns, where what
    /// follows the verb is a full stop, a comma or a lower-case word. The left-out subject is read as a pronoun of either
    /// sex: the latest person named.
    /// </summary>
    private bool DropsSubject(int i) =>
        _rules.DropsSubjects && (i >= _tokens.Count || !_tokens[i].IsWord || char.IsLower(_text[_tokens[i].Start]));

    /// <summary>An unexpressed subject: an empty speaker span where the verb ends, named like a pronoun of either sex.</summary>
    private static SpeakerPhrase Dropped(int position) => new(position, position, SpeakerKind.Dropped, position, position);

    private Tag? DashTag(QuotedSpan span, int i)
    {
        if (!OpensSentence(span.Start)) return null;
        var start = i;
        var words = 0;
        while (i < _tokens.Count && !IsMark(i, '\n'))
        {
            if (_tokens[i].IsWord) words++;
            else if (!IsMark(i, ',') && !IsMark(i, '’') && !IsMark(i, '\'')) return null;
            i++;
        }
        if (words == 0 || words > MaxDashSpeakerWords || start >= _tokens.Count || !_tokens[start].IsWord) return null;
        var end = _tokens[i - 1].End;
        // The name is the run up to the first comma ("Maik Schmidt, c't").
        var nameEnd = start;
        while (nameEnd + 1 < i && _tokens[nameEnd + 1].IsWord) nameEnd++;
        var phrase = new SpeakerPhrase(_tokens[start].Start, end, SpeakerKind.Name, _tokens[start].Start, _tokens[nameEnd].End);
        return new Tag(new TextRange(span.Start, span.End), TextRange.None, phrase);
    }

    // ---- A tag inside the marks (French incise): « Impossible. Le port ferme à midi, explique Lise Marnier. Les ferries … »

    private Tag? InsideTag(QuotedSpan span)
    {
        if (!_rules.TagsInsideQuotes || !OpensSentence(span.Start)) return null;
        var first = TokenAt(span.Start + 1);
        for (var i = Math.Max(first, 1); i < _tokens.Count && _tokens[i].Start < span.End; i++)
        {
            if (!IsMark(i - 1, ',') || !_tokens[i].IsWord) continue;
            if (VerbTag(i, new TextRange(span.Start, span.End), allowDroppedSubject: false) is not { Speaker: { } speaker } tag) continue;
            // The speaker's phrase closes the incise: a comma or a full stop follows it.
            var after = TokenAt(speaker.End);
            if (after >= 0 && after < _tokens.Count && (IsMark(after, ',') || IsMark(after, '.'))) return tag;
        }
        return null;
    }

    // ---- Tags before the quote: X sagte: „…“ / fuhr Schick fort: „…“ / Il poursuit : « … »

    private Tag? ColonTag(QuotedSpan span)
    {
        var colon = TokenAt(span.Start) - 1;
        if (colon < 1 || !IsMark(colon, ':')) return null;
        var clauseStart = ClauseStart(colon);
        for (var i = clauseStart; i < colon; i++)
        {
            if (!_tokens[i].IsWord || !Is(_rules.ReportingVerbs, i) || !char.IsLower(_text[_tokens[i].Start])) continue;
            var content = new TextRange(span.Start, span.End);
            var cue = new TextRange(_tokens[i].Start, _tokens[i].End);
            // Verb second: a subject that opens the clause comes before the verb, and the phrase after the verb is its object
            // ("Erzbischof Schick würdigte Kolbe als …:"); after an adverbial the subject follows the verb ("Dazu sagt X:").
            var speaker = Subject(clauseStart, i) is { } subject && subject.Start == _tokens[SkipOpeners(clauseStart, i)].Start
                ? subject : ParseSpeaker(i + 1) ?? Subject(clauseStart, i);
            if (speaker is not null) return new Tag(content, cue, speaker);
            if (DropsSubject(i + 1)) return new Tag(content, cue, Dropped(cue.End));
        }
        return null;
    }

    // ---- A quote inside a reported clause: X erklärte, dass „…“ / Selon X, « … » / Borrell consideró que «…»

    private Tag? ClauseTag(QuotedSpan span)
    {
        var sentenceStart = SentenceStart(span.Start);
        var sentenceEnd = SentenceEnd(span.Start);
        var open = TokenAt(span.Start);
        var first = TokenAt(sentenceStart);
        if (first < 0 || open <= first) return null;
        // A marker that opens the sentence: Laut ET-News …, Selon la toxicologue, « … ».
        var opener = first;
        while (opener < open && _tokens[opener].IsWord && Is(_rules.SentenceOpeners, opener)) opener++;
        if (opener < open && _tokens[opener].IsWord && ParseSpeaker(opener + 1) is { } marked
            && (Is(_rules.BeforeQuoteMarkers, opener) || (Is(_rules.NamedBeforeQuoteMarkers, opener) && NamesAPerson(opener + 1, marked))))
        {
            var after = TokenAt(marked.End);
            if (after >= 0 && after < open && IsMark(after, ',')) after++;
            // A quote right after the source names it ("Laut der Zeitung „Standard“ …"): a title, not what was said.
            if (after == open && !IsMark(after - 1, ',')) return null;
            if (after >= 0 && after <= open)
                return new Tag(new TextRange(_tokens[after].Start, ContentEnd(sentenceEnd, span.End)), Range(opener), marked);
        }
        // A marker after its source: "… sollen dem Bericht zufolge „…“".
        for (var m = first + 1; m < open; m++)
        {
            if (!_tokens[m].IsWord || !Is(_rules.PostposedMarkers, m)) continue;
            var s0 = m - 1;
            while (s0 > first && _tokens[s0 - 1].IsWord && (IsCapitalised(s0 - 1) || Is(_rules.Determiners, s0 - 1)) && m - s0 < MaxSpeakerWords) s0--;
            if (ParseSpeaker(s0) is { } source && source.End == _tokens[m - 1].End)
                return new Tag(new TextRange(_tokens[m + 1].Start, ContentEnd(sentenceEnd, span.End)), Range(m), source);
        }
        // A reporting verb whose clause opener ("dass", "que") comes before the quote.
        for (var i = first; i < open; i++)
        {
            if (!_tokens[i].IsWord || !Is(_rules.ReportingVerbs, i) || !char.IsLower(_text[_tokens[i].Start])) continue;
            var clause = -1;
            for (var k = i + 1; k < open && k <= i + MaxSpeakerWords + 2; k++)
                if (_tokens[k].IsWord && Is(_rules.ClauseOpeners, k)) { clause = k; break; }
            if (clause < 0) continue;
            var speaker = ParseSpeaker(i + 1) ?? Subject(first, i);
            if (speaker is null || speaker.Value.End > _tokens[clause].Start) continue;
            return new Tag(new TextRange(_tokens[clause + 1].Start, ContentEnd(sentenceEnd, span.End)), Range(i), speaker);
        }
        return null;
    }

    private int ContentEnd(int sentenceEnd, int quoteEnd)
    {
        var end = Math.Max(sentenceEnd, quoteEnd);
        while (end > quoteEnd && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is '.' or ';')) end--;
        return end;
    }

    // ---- Speakers

    /// <summary>
    /// The speaker phrase at token i, after any filler adverbs: a pronoun ("er"), a name run with any honorific and role
    /// noun before it ("Dr. Georg Schneider", "Bischof Schick"), or a role opened by an article ("die Ministerin",
    /// "la chimiste Hélène Varnier") with any name it holds or that follows it after a comma.
    /// </summary>
    private SpeakerPhrase? ParseSpeaker(int i)
    {
        var fillers = 0;
        while (i < _tokens.Count && _tokens[i].IsWord && Is(_rules.Fillers, i) && fillers++ < MaxFillers) i++;
        if (i >= _tokens.Count || !_tokens[i].IsWord) return null;
        var start = _tokens[i].Start;
        if (IsPronoun(i)) return new SpeakerPhrase(start, _tokens[i].End, SpeakerKind.Pronoun, start, _tokens[i].End);
        // A pronoun capitalised inside a sentence is another pronoun ("schrieben Sie": the formal you), never a name.
        if (IsLoweredPronoun(WordSpan(i), firstOnly: false)) return null;
        if (Is(_rules.Determiners, i)) return RolePhrase(i);
        var n = i;
        while (n < _tokens.Count && _tokens[n].IsWord && Is(_rules.Honorifics, n)) n++;
        if (n >= _tokens.Count || !_tokens[n].IsWord || !IsCapitalised(n)) return null;
        var runEnd = NameRunEnd(n);
        var (nameStart, nameEnd) = NameOfRun(n, runEnd);
        // One capitalised word opening a sentence may be any word ("Dennoch", "Si"): a name only if the article also
        // writes it capitalised mid-sentence.
        if (nameEnd - nameStart == 1 && n == i && OpensSentenceAt(n) && !_persons.SeenMidSentence(WordSpan(nameStart))) return null;
        return WithApposition(new SpeakerPhrase(start, _tokens[runEnd - 1].End, SpeakerKind.Name, _tokens[nameStart].Start, _tokens[nameEnd - 1].End), runEnd);
    }

    /// <summary>A role opened by an article at token i; named when a name run closes it or follows it after a comma.</summary>
    private SpeakerPhrase? RolePhrase(int i)
    {
        var start = _tokens[i].Start;
        var end = i + 1;
        var nounsCapitalised = _rules.CapitalisesNouns;
        while (end < _tokens.Count && _tokens[end].IsWord && end - i < MaxSpeakerWords)
        {
            if (Is(_rules.ReportingVerbs, end) || Is(_rules.ClauseOpeners, end) || Is(_rules.Fillers, end)) break;
            // German roles are capitalised nouns joined by genitive articles ("der Präsident des Vereins"); lower-case words
            // in French and Spanish roles ("l’avocat de la partie") end at a preposition that opens an adverbial.
            if (char.IsLower(_text[_tokens[end].Start]) && (nounsCapitalised ? !Is(_rules.Determiners, end) && !Is(_rules.NameParticles, end) : Is(_rules.RoleStops, end))) break;
            end++;
        }
        // "el 10 de abril": a date after the verb is no speaker ("der 46-Jährige" is).
        if (end == i + 1 || AllDigits(WordSpan(i + 1))) return null;
        // Trailing genitive articles belong to no phrase ("die Präsidentin der").
        while (end > i + 1 && char.IsLower(_text[_tokens[end - 1].Start]) && (Is(_rules.Determiners, end - 1) || Is(_rules.NameParticles, end - 1))) end--;
        var phrase = new SpeakerPhrase(start, _tokens[end - 1].End, SpeakerKind.Role, -1, -1);
        // A name run that closes the role, after its head noun: "die TVB-Vorstandsvorsitzende Eva Rönspieß", "el ministro Mieres".
        var run = end;
        while (run > i + 2 && IsCapitalised(run - 1)) run--;
        var words = end - run;
        var afterParticle = Is(_rules.NameParticles, run - 1) || Is(_rules.Determiners, run - 1);
        // One capitalised word after the head is a surname only after a role noun: German capitalises every noun.
        var named = !afterParticle && (words >= 2 || (words == 1 && (nounsCapitalised ? IsRoleNoun(i + 1) : true)));
        if (named) phrase = phrase with { Kind = SpeakerKind.Name, NameStart = _tokens[run].Start, NameEnd = _tokens[end - 1].End };
        return WithApposition(phrase, end);
    }

    /// <summary>A phrase after "pour"/"para" that is a source: a name, or a role that no possessive or adverbial noun opens.</summary>
    private bool NamesAPerson(int first, SpeakerPhrase phrase)
    {
        if (phrase.Kind == SpeakerKind.Name) return true;
        if (phrase.Kind != SpeakerKind.Role) return false;
        for (var k = first; k < _tokens.Count && k <= first + 1 && _tokens[k].Start < phrase.End; k++)
            if (_tokens[k].IsWord && Is(_rules.AdverbialsAfterMarker, k)) return false;
        return true;
    }

    /// <summary>", Pablo Mieres," after a role: the name the role is given.</summary>
    private SpeakerPhrase WithApposition(SpeakerPhrase phrase, int next)
    {
        if (phrase.Kind == SpeakerKind.Name || next + 1 >= _tokens.Count || !IsMark(next, ',') || !IsCapitalised(next + 1)) return phrase;
        var n = next + 1;
        while (n < _tokens.Count && _tokens[n].IsWord && Is(_rules.Honorifics, n)) n++;
        if (n >= _tokens.Count || !IsCapitalised(n)) return phrase;
        var runEnd = NameRunEnd(n);
        if (runEnd - n < 2) return phrase;
        // The apposition closes: punctuation or a lower-case word follows.
        if (runEnd < _tokens.Count && _tokens[runEnd].IsWord && !char.IsLower(_text[_tokens[runEnd].Start])) return phrase;
        return new SpeakerPhrase(phrase.Start, _tokens[runEnd - 1].End, SpeakerKind.Name, _tokens[n].Start, _tokens[runEnd - 1].End);
    }

    /// <summary>
    /// The subject before a verb at token v in a clause from token start: a pronoun just before it, a name run that ends
    /// just before it or before a comma there ("…, Josep Borrell, consideró"), else a name or role that opens the clause
    /// and ends at most one word before the verb ("Ann Cotten selbst fragte").
    /// </summary>
    private SpeakerPhrase? Subject(int start, int v)
    {
        var i = v - 1;
        if (i < start) return null;
        if (_tokens[i].IsWord && IsPronoun(i))
            return new SpeakerPhrase(_tokens[i].Start, _tokens[i].End, SpeakerKind.Pronoun, _tokens[i].Start, _tokens[i].End);
        if (IsMark(i, ',')) i--;
        if (i >= start && IsCapitalised(i))
        {
            var s0 = i;
            while (s0 - 1 >= start && (IsCapitalised(s0 - 1) || (_tokens[s0 - 1].IsWord && Is(_rules.Honorifics, s0 - 1)))) s0--;
            var before = s0 - 1;
            // A run after a preposition is no subject ("fuentes de Montecon"); one that opens the clause must not be a mere opener.
            var free = before < start || IsMark(before, ',') || (_tokens[before].IsWord && (Is(_rules.Determiners, before) is false && Is(_rules.NameParticles, before) is false && char.IsLower(_text[_tokens[before].Start]) is false));
            while (s0 <= i && _tokens[s0].IsWord && Is(_rules.SentenceOpeners, s0)) s0++;
            if (free && s0 <= i && ParseSpeaker(s0) is { Kind: SpeakerKind.Name } named && named.End == _tokens[i].End) return named;
        }
        var s = SkipOpeners(start, v);
        if (s >= v || !_tokens[s].IsWord) return null;
        var limit = v >= 2 ? _tokens[v - 2].End : _tokens[v - 1].End;
        if (Is(_rules.Determiners, s) && RolePhrase(s) is { } role && role.End <= _tokens[v - 1].End && role.End >= limit) return role;
        if (ParseSpeaker(s) is not { } phrase || phrase.Kind == SpeakerKind.Pronoun || phrase.End > _tokens[v - 1].End || phrase.End < limit) return null;
        // One capitalised word opening a sentence may be any word ("Si", "Statt"): a name only if the article writes it capitalised mid-sentence too.
        return phrase.Kind == SpeakerKind.Name && _text.AsSpan(phrase.NameStart, phrase.NameEnd - phrase.NameStart).Contains(' ') is false
            && !_persons.SeenMidSentence(_text.AsSpan(phrase.NameStart, phrase.NameEnd - phrase.NameStart)) ? null : phrase;
    }

    private int SkipOpeners(int start, int end)
    {
        var s = start;
        while (s < end && _tokens[s].IsWord && Is(_rules.SentenceOpeners, s)) s++;
        return s;
    }

    /// <summary>Token index after the capitalised run from token n (particles inside: "Elena Highton de Nolasco").</summary>
    private int NameRunEnd(int n)
    {
        var end = n + 1;
        while (end < _tokens.Count && end - n < MaxNameWords + 1)
        {
            if (IsCapitalised(end) && !Is(_rules.ReportingVerbs, end)) { end++; continue; }
            if (_tokens[end].IsWord && Is(_rules.NameParticles, end) && end + 1 < _tokens.Count && IsCapitalised(end + 1) && end + 1 - n < MaxNameWords) { end += 2; continue; }
            break;
        }
        return end;
    }

    /// <summary>
    /// The name inside a capitalised run: role nouns before it go ("Bischof Ndi-Okalla", "Handball-Geschäftsführer Björn Barthel");
    /// of a long run the last two words name the person, three where the first of them is a given name.
    /// </summary>
    private (int Start, int End) NameOfRun(int start, int end)
    {
        var s = start;
        while (s < end - 1 && (IsRoleNoun(s) || Is(_rules.SentenceOpeners, s))) s++;
        if (end - s > 2)
        {
            var three = end - 3;
            s = three >= s && GivenNames.Knows(WordSpan(three)) ? three : end - 2;
            if (Is(_rules.NameParticles, s)) s++;
        }
        return (s, end);
    }

    private bool IsRoleNoun(int i)
    {
        var word = WordSpan(i);
        if (Is(_rules.RoleNouns, i)) return true;
        foreach (var ending in _rules.RoleNounEndings)
            if (word.Length >= ending.Length + MinRoleStemChars && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // ---- Text helpers

    /// <summary>A he/she pronoun at token i, capitalised only where it opens a sentence ("Sie erklärt:").</summary>
    private bool IsPronoun(int i)
    {
        var word = WordSpan(i);
        return IsPronoun(word) || (char.IsUpper(word[0]) && OpensSentenceAt(i) && IsLoweredPronoun(word, firstOnly: true));
    }

    private bool IsPronoun(ReadOnlySpan<char> word) =>
        _rules.MalePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || _rules.FemalePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether the word is a pronoun once lower-cased, all of it or its first letter only, in a scratch copy.</summary>
    private bool IsLoweredPronoun(ReadOnlySpan<char> word, bool firstOnly)
    {
        // Pronouns are short: a longer word is none, lower-cased or not.
        if (word.Length == 0 || word.Length > MaxPronounChars) return false;
        Span<char> lowered = stackalloc char[MaxPronounChars];
        lowered = lowered[..word.Length];
        if (firstOnly)
        {
            word.CopyTo(lowered);
            lowered[0] = char.ToLowerInvariant(word[0]);
        }
        else word.ToLowerInvariant(lowered);
        return IsPronoun(lowered);
    }

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    private static string Lowered(string word) => word.Length == 0 ? word : char.ToLowerInvariant(word[0]) + word[1..];

    private ReadOnlySpan<char> WordSpan(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].End - _tokens[i].Start);

    /// <summary>Whether token i's word is in the list, looked up by span: no string per lookup.</summary>
    private bool Is(FrozenSet<string> words, int i) => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordSpan(i));

    private bool IsMark(int i, char mark) => i >= 0 && i < _tokens.Count && !_tokens[i].IsWord && _text[_tokens[i].Start] == mark;

    private bool IsCapitalised(int i) => i < _tokens.Count && _tokens[i].IsWord && char.IsUpper(_text[_tokens[i].Start]);

    private TextRange Range(int i) => new(_tokens[i].Start, _tokens[i].End);

    /// <summary>Index of the first token that starts at or after position; -1 past the end.</summary>
    private int TokenAt(int position)
    {
        int lo = 0, hi = _tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo < _tokens.Count ? lo : -1;
    }

    /// <summary>The first token of the clause that ends before token end: after the last full stop, line break or quote.</summary>
    private int ClauseStart(int end)
    {
        var i = end - 1;
        while (i >= 0 && !(IsMark(i, '.') || IsMark(i, '\n') || IsMark(i, '!') || IsMark(i, '?') || IsMark(i, ';') || IsQuoteMark(i))) i--;
        return i + 1;
    }

    private bool IsQuoteMark(int i) => !_tokens[i].IsWord && AttributionRules.QuotePairs.ContainsKey(_text[_tokens[i].Start]) | "”“»«".Contains(_text[_tokens[i].Start]);

    /// <summary>Whether a quote at position opens its sentence: only a paragraph start, a sentence end or a colon comes before it.</summary>
    private bool OpensSentence(int position)
    {
        var p = position - 1;
        while (p >= 0 && _text[p] is ' ' or '\t' or '\u00A0') p--;
        return p < 0 || _text[p] is '\n' or '.' or '!' or '?' or ':' or '”' or '“' or '»' or '«' or '"' or '\r';
    }

    /// <summary>Whether token i opens a sentence: nothing, a full stop, a line break or a colon before it (quote marks between).</summary>
    private bool OpensSentenceAt(int i)
    {
        var k = i - 1;
        while (k >= 0 && IsQuoteMark(k)) k--;
        return k < 0 || IsMark(k, '.') || IsMark(k, '\n') || IsMark(k, '!') || IsMark(k, '?') || IsMark(k, ':');
    }

    // A position no sentence holds (between sentences) takes its line as its sentence.
    private int SentenceStart(int position)
    {
        if (SentenceAt(position) is { } sentence) return sentence.Start;
        var p = position;
        while (p > 0 && _text[p - 1] != '\n') p--;
        return p;
    }

    private int SentenceEnd(int position)
    {
        if (SentenceAt(position) is { } sentence) return sentence.End;
        var p = position;
        while (p < _text.Length && _text[p] != '\n') p++;
        return p;
    }

    // Sentences are in text order and do not overlap: the last one starting at or before position is the only candidate
    // (a scan per quote cost quotes × sentences).
    private Sentence? SentenceAt(int position)
    {
        int lo = 0, hi = _sentences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_sentences[mid].Start <= position) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && position < _sentences[lo - 1].End ? _sentences[lo - 1] : null;
    }

    private enum SpeakerKind : byte { Name, Pronoun, Role, Dropped }

    /// <summary>A speaker's text [Start, End) and, for a name or pronoun, the span that names [NameStart, NameEnd).</summary>
    private readonly record struct SpeakerPhrase(int Start, int End, SpeakerKind Kind, int NameStart, int NameEnd);

    private readonly record struct Tag(TextRange Content, TextRange Cue, SpeakerPhrase? Speaker)
    {
        public Speaker? Resolved { get; init; }
    }
}
