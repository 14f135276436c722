using Lede.Analysis.Entities;
using Lede.Analysis.Model;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Finds who said what, sentence by sentence: a reporting verb (cue) with a source phrase beside it,
/// and the content it reports — the clause after it ("X said that …"), the quote or clause before it
/// ("“…,” X said"), or around "according to X". Quoted spans that no cue claims either continue the
/// previous speaker (the next sentence or paragraph of the same quote) or stay unattributed.
/// </summary>
internal sealed class AttributionFinder
{
    private const int MaxSourceWords = 10;
    private const int ThatLookahead = 8;
    private const int MinContentWords = 2;
    // The fewest tokens a reported clause keeps before ", though she noted …" ends it.
    private const int MinClauseWordsBeforeSubordinator = 2;
    // The longest aside set off by commas after "though" ("a crucial, though brief, opportunity") that a contrast word opens.
    private const int MaxContrastAsideWords = 5;
    private const int MinBeforeContentWords = 3;
    private const int MaxAppositiveTokens = 32;
    private const int MaxAttributionTailWords = 40;
    private const int MaxParentheticalTokens = 8;
    private const int MaxSecondSubjectWords = 3;
    private const int MaxNewClauseSubjectWords = 8;
    private const int MaxTaggedSourceGap = 2;
    private const int MinTaggedContentWords = 5;
    private const int MaxSeriesItemWords = 5;
    // With the learnt chooser, the shortest tagged content it is asked about.
    private const int MinModelContentWords = 3;

    // A word outside the reporting-verb list needs a classifier score above its threshold. Tuned on a validation slice of
    // PolNeAR train (`lede train --hold-out 5`, bench `--split train --slice 5`): with the content-end model cutting what
    // such cues report, and nested cues dropped (DropNestedCues), a margin below the threshold gains recall for little
    // precision (content F1 0.708 at 0, 0.712 at -1.5, 0.713 at -3 with speaker overlap falling).
    private const float LearnedOnlyMargin = -1.5f;

    // A cue this sure may report without a source phrase the rules can read ("New polls released Sunday showed …"):
    // its source is the sentence's subject, or none. Tuned like the margin above (content F1 +0.003 at 2.5 over 4, speaker overlap still ≥ 0.90).
    private const float SourcelessMargin = 2.5f;

    // A listed verb the classifier is this sure is no cue is a noun ("the attacks", "a call"): precision +0.02, F1 level.
    private const float NounVeto = -8f;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly IReadOnlyList<QuotedSpan> _quotes;
    private readonly List<int> _paragraphStarts = [0];
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly float[] _cueScore;
    private readonly ContentEndModel? _contentEnds;
    private readonly FeatureValue[] _wordHashes;
    // Each token's stem and suffix hashes, made on first use: the cue classifier and the tagger both read them.
    private TokenAffixes? _affixes;
    // Where a headline in title case that opens the text ends (0: none): "Smith Says Bridge Will Open".
    private readonly int _titleCaseEnd;

    private AttributionFinder(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuotedSpan> quotes, CueModel? cues, ContentEndModel? contentEnds)
    {
        _contentEnds = contentEnds;
        _wordHashes = cues is null && contentEnds is null ? [] : CueFeatures.WordHashes(tokens);
        _text = text;
        _sentences = sentences;
        // A list's indexer is read directly, not through the interface: the rules read tokens thousands of times an article.
        _tokens = tokens as List<Token> ?? [.. tokens];
        _quotes = quotes;
        _cueScore = cues is null ? [] : ClassifyCues(cues);
        _titleCaseEnd = TitleCaseHeadlineEnd();
        // Blank lines separate paragraphs but are none themselves.
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n' && HasTextBeforeNextLine(text, i + 1)) _paragraphStarts.Add(i + 1);
    }

    /// <summary>
    /// The end of the text's first line when it is a headline in title case: most of its words of four letters or more
    /// capitalised, and no longer than a headline; else 0.
    /// </summary>
    private int TitleCaseHeadlineEnd()
    {
        var end = _text.IndexOf('\n');
        if (end < 0 || end > AttributionRules.MaxHeadlineChars) return 0;
        int words = 0, capitalised = 0;
        for (var k = 0; k < _tokens.Count && _tokens[k].Start < end; k++)
        {
            var word = _tokens[k].Text;
            if (word.Length < 4 || !char.IsLetter(word[0])) continue;
            words++;
            if (char.IsUpper(word[0])) capitalised++;
        }
        return words >= 3 && capitalised >= words * 0.8 ? end : 0;
    }

    private static bool HasTextBeforeNextLine(string text, int i)
    {
        for (; i < text.Length && text[i] != '\n'; i++)
            if (!char.IsWhiteSpace(text[i])) return true;
        return false;
    }

    /// <summary>
    /// Which tokens the cue classifier takes for a cue head: one linear score per word outside quote marks
    /// (inside them the speaker is quoted, not reported on).
    /// </summary>
    private float[] ClassifyCues(CueModel cues)
    {
        var result = new float[_tokens.Count];
        Array.Fill(result, float.NegativeInfinity);
        var hashes = _wordHashes;
        var affixes = Affixes;
        var context = CueContext.Of(_tokens);
        // Tokens are scored a batch at a time, so the model's table lookups for several tokens overlap.
        const int Batch = 32;
        Span<ulong> features = stackalloc ulong[Batch * CueFeatures.Count];
        Span<int> batch = stackalloc int[Batch];
        Span<float> scores = stackalloc float[Batch];
        var count = 0;
        var q = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            // Cue heads are lower-case words ("said", "according"); scoring only those keeps the pass cheap.
            if (!char.IsLower(_tokens[i].Text[0])) continue;
            while (q < _quotes.Count && _quotes[q].End <= _tokens[i].Start) q++;
            if (q < _quotes.Count && _quotes[q].Start < _tokens[i].Start) continue;
            CueFeatures.Extract(_tokens, hashes, i, features.Slice(count * CueFeatures.Count, CueFeatures.Count), affixes, context);
            batch[count++] = i;
            if (count == Batch) count = ScoreBatch(cues, features, batch[..count], scores, result);
        }
        ScoreBatch(cues, features, batch[..count], scores, result);
        return result;
    }

    /// <summary>Scores the batch's tokens into <paramref name="result"/>; 0, the size of the next batch.</summary>
    private static int ScoreBatch(CueModel cues, ReadOnlySpan<ulong> features, ReadOnlySpan<int> batch, Span<float> scores, float[] result)
    {
        cues.Score(features[..(batch.Length * CueFeatures.Count)], scores[..batch.Length]);
        for (var j = 0; j < batch.Length; j++) result[batch[j]] = scores[j] - cues.Threshold;
        return 0;
    }

    private TokenAffixes Affixes => _affixes ??= TokenAffixes.Of(_tokens);

    // Without a model every score is neutral: the rules alone decide.
    private float CueScore(int i) => _cueScore.Length == 0 ? 0 : i < _cueScore.Length ? _cueScore[i] : float.NegativeInfinity;

    public static IReadOnlyList<Attribution> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuotedSpan> quotes,
        CueModel? cues = null, ContentEndModel? contentEnds = null, AttributionTagger? tagger = null,
        TaggedAttributionModel? taggedModel = null, List<TaggedCandidate>? taggedCandidates = null)
    {
        var finder = new AttributionFinder(text, tokens, sentences, quotes, cues, contentEnds);
        var found = new List<Attribution>();
        var foundContents = new FoundContents(found);
        foreach (var sentence in sentences)
        {
            var (first, end) = finder.TokenRange(sentence);
            if (end > first) finder.FindInSentence(first, end, found, foundContents);
        }
        found.RemoveAll(finder.IsTally);
        finder.DropNestedCues(found);
        finder.AddSpeakerLabels(found);
        finder.QuotesBeforeSpeechTags(found);
        found.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));
        finder.AddUnclaimedQuotes(found);
        if (tagger is not null) finder.AddTaggedAttributions(tagger, found, taggedModel, taggedCandidates);
        finder.TrimLeadInsBeforeQuotes(found);
        finder.TrimTrailingSpeechTags(found);
        finder.TrimSourceBoundaries(found);
        finder.SeemingSubjectsIntoContents(found);
        finder.AddAskedQuestions(found);
        found.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));
        return found;
    }

    /// <summary>
    /// Sets a source phrase's bounds to the subject's: a leading subordinator, discourse word or adjunct preposition
    /// ("While", "Ultimately", "Despite") and an aside set off by a comma at its end ("Jo Park, however") go; a first
    /// conjunct ("Park and Lee") and a reduced participle clause up to the cue ("a poll out Monday") come in. A source
    /// with nothing left is none. Each rule counted against PolNeAR's train split (docs/benchmarks.md, sixteenth session).
    /// </summary>
    private void TrimSourceBoundaries(List<Attribution> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var a = found[i];
            if (a.Source.IsEmpty) continue;
            var first = FirstTokenAt(a.Source.Start);
            var end = first;
            while (end < _tokens.Count && _tokens[end].Start < a.Source.End) end++;
            var cueFirst = a.Cue.IsEmpty || a.Cue.Start < a.Source.End ? -1 : FirstTokenAt(a.Cue.Start);
            var (trimmedFirst, trimmedEnd) = TrimmedSource(first, end, cueFirst);
            if (trimmedFirst == first && trimmedEnd == end) continue;
            found[i] = a with { Source = trimmedEnd > trimmedFirst ? Range(trimmedFirst, trimmedEnd) : TextRange.None };
        }
    }

    /// <summary>
    /// "Mr. Rubio appeared to be on the upswing": a verb of seeming reports how its subject looks, so the phrase read as
    /// the source is also part of the content ("Mr. Rubio … to be on the upswing"). It stays the source: PolNeAR gives such
    /// a cue a source (often that subject) about as often as none, and dropping it cost train 12 speakers for 5 contents.
    /// Only where the content is the infinitive right after the cue and the source stands right before the verb group.
    /// </summary>
    private void SeemingSubjectsIntoContents(List<Attribution> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var a = found[i];
            if (a.Source.IsEmpty || a.Cue.IsEmpty || a.Source.End > a.Cue.Start || a.Content.Start < a.Cue.End) continue;
            var cueLast = LastTokenOf(a.Cue);
            var contentFirst = FirstTokenAt(a.Content.Start);
            if (!AttributionRules.SeemingCues.Contains(_tokens[cueLast].Text) || contentFirst != cueLast + 1 || !Is(contentFirst, "to")) continue;
            // "seems to agree": the infinitive reports speech of its own, so the source speaks ("Obama seems to [agree]").
            if (contentFirst + 1 < _tokens.Count && AttributionRules.ReportingVerbs.Contains(_tokens[contentFirst + 1].Text)) continue;
            // The subject right before its verb group only: "The figures, [an aside], appear to …" would take the aside in.
            var between = LastTokenOf(a.Source) + 1;
            while (between < cueLast && IsWord(between) && (AttributionRules.VerbModifiers.Contains(_tokens[between].Text) || IsMannerAdverb(between))) between++;
            if (between < FirstTokenAt(a.Cue.Start)) continue;
            found[i] = a with { Content = new TextRange(a.Source.Start, a.Content.End) };
        }
    }

    /// <summary>
    /// "Asked whether the ferry would run, Ruiz said no.", "… Ruiz said when asked about the fares": an "asked" phrase that
    /// opens its sentence (or follows "when") reports the question put, from the word that opens it ("whether", "about" …)
    /// to the phrase's comma; its source is the "by" agent ("Asked by a reporter whether …") or none. The clause read
    /// before a later cue ("[Asked if …], X said") had given the phrase to that cue; the question is its own report.
    /// </summary>
    private void AddAskedQuestions(List<Attribution> found)
    {
        // Contents in text order with the running furthest end, so each phrase finds what overlaps it by one sweep, not by
        // reading every attribution per phrase.
        found.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));
        var removed = new bool[found.Count];
        var added = new List<Attribution>();
        int next = 0, furthestEnd = -1, lastPhraseEnd = -1;
        for (var k = 0; k < _tokens.Count; k++)
        {
            if (!AttributionRules.QuestionCues.Contains(_tokens[k].Text) || _tokens[k].Start < lastPhraseEnd || InsideQuote(_tokens[k].Start)) continue;
            var afterWhen = Is(k - 1, "when");
            // Sentence-opening "Asked" only, or "when asked" anywhere: "Todd asked the mogul" reports with its subject.
            if (!(afterWhen || char.IsUpper(_tokens[k].Text[0]) && k == FirstTokenAt(SentenceStartBefore(_tokens[k].Start)))) continue;
            // The phrase runs to its comma; after "when" it may end the sentence ("…, he said when asked why.").
            // Quote marks may stand inside it ("Asked if she “gets” it,"); a phrase longer than the cap is no opening phrase.
            var sentenceEnd = SentenceEndAt(_tokens[k].Start);
            var end = k + 1;
            var cap = Math.Min(_tokens.Count, k + 1 + AttributionRules.MaxQuestionPhraseTokens);
            while (end < cap && _tokens[end].Start < sentenceEnd && (IsWord(end) || IsOpeningMark(end) || IsClosingMark(end))) end++;
            var atComma = end < cap && _tokens[end].Start < sentenceEnd && Is(end, ",");
            var endsSentence = end >= _tokens.Count || _tokens[end].Start >= sentenceEnd || Is(end, ".") || Is(end, "?");
            if (!atComma && !(afterWhen && endsSentence)) continue;
            var agent = TextRange.None;
            var opener = k + 1;
            if (Is(opener, "by"))
            {
                var agentFirst = ++opener;
                while (opener < end && !AttributionRules.QuestionOpeners.Contains(_tokens[opener].Text)
                       && !AttributionRules.AdjunctPrepositions.Contains(_tokens[opener].Text) && !IsWeekday(opener)) opener++;
                if (opener > agentFirst) agent = Range(agentFirst, opener);
            }
            var limit = Math.Min(end, k + 1 + AttributionRules.MaxQuestionOpenerDistance);
            // "Asked about 40 times whether …": "about" before a number hedges it and opens no question.
            while (opener < limit && (!AttributionRules.QuestionOpeners.Contains(_tokens[opener].Text)
                   || Is(opener, "about") && opener + 1 < end && char.IsAsciiDigit(_tokens[opener + 1].Text[0]))) opener++;
            if (opener >= limit) continue;
            // "asked about the fares": the question is what "about" takes.
            var questionFirst = Is(opener, "about") ? opener + 1 : opener;
            if (questionFirst >= end) continue;
            var phrase = Range(afterWhen ? k - 1 : k, end);
            lastPhraseEnd = phrase.End;
            while (next < found.Count && found[next].Content.Start < phrase.Start)
            {
                if (!removed[next]) furthestEnd = Math.Max(furthestEnd, found[next].Content.End);
                next++;
            }
            // Inside another report's content ("said that, when asked …, she …"): that report holds it.
            if (furthestEnd > phrase.Start) continue;
            var refind = false;
            for (var i = next; i < found.Count && found[i].Content.Start < phrase.End; i++)
            {
                // The phrase read as the clause of a later cue ("[Asked if …], X said"): the question replaces it; a
                // content running on past the comma keeps what follows it, unless the phrase's own "asked" was its cue
                // ("When asked about the fares, Ruiz said “no.”"): then the main clause after the comma reports for itself.
                if (found[i].Content.End <= phrase.End) removed[i] = true;
                else if (found[i].Cue.Start >= phrase.Start && found[i].Cue.End <= phrase.End) removed[i] = refind = true;
                else if (end + 1 < _tokens.Count) found[i] = found[i] with { Content = new TextRange(_tokens[end + 1].Start, found[i].Content.End) };
            }
            if (refind && atComma && end + 1 < _tokens.Count)
            {
                var mainEnd = FirstTokenAt(sentenceEnd);
                var main = new List<Attribution>();
                if (mainEnd > end + 1) FindInSentence(end + 1, mainEnd, main, new FoundContents(main));
                added.AddRange(main);
            }
            added.Add(new Attribution(Range(questionFirst, end), Range(k, k + 1), agent));
        }
        if (added.Count == 0) return;
        var kept = found.Where((_, i) => !removed[i]).ToList();
        found.Clear();
        found.AddRange(kept);
        found.AddRange(added);
        found.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));
    }

    /// <summary>
    /// "“We were wrong,” Park, 58, told AFP in an interview on Monday": a speech tag right after a quote reports the quote.
    /// Where the tag's cue took an adjunct after it as its content (one opened by <see cref="AttributionRules.SpeechTagAdjunctOpeners"/>),
    /// the quote no other attribution holds becomes the content.
    /// </summary>
    private void QuotesBeforeSpeechTags(List<Attribution> found)
    {
        CoveredText? claimed = null;
        for (var i = 0; i < found.Count; i++)
        {
            var a = found[i];
            if (a.Cue.IsEmpty || a.Content.Start < a.Cue.End || !a.Source.IsEmpty && a.Content.Start < a.Source.End) continue;
            var contentFirst = FirstTokenAt(a.Content.Start);
            if (contentFirst >= _tokens.Count || !AttributionRules.SpeechTagAdjunctOpeners.Contains(_tokens[contentFirst].Text)) continue;
            var source = a.Source;
            var tagFirst = FirstTokenAt(source.IsEmpty ? a.Cue.Start : Math.Min(a.Cue.Start, source.Start));
            if (source.IsEmpty)
            {
                // "“…,” Park, 58, told AFP in …": the left read stops at the age's commas; the words back to the quote are the source.
                var cueFirst = tagFirst;
                while (tagFirst > 0 && cueFirst - tagFirst < MaxSourceWords && (IsWord(tagFirst - 1) || Is(tagFirst - 1, ",")) && !IsClosingMark(tagFirst - 1)) tagFirst--;
                var sourceEnd = cueFirst;
                while (sourceEnd > tagFirst && Is(sourceEnd - 1, ",")) sourceEnd--;
                if (sourceEnd == tagFirst || !char.IsUpper(_tokens[tagFirst].Text[0]) && !AttributionRules.Pronouns.Contains(_tokens[tagFirst].Text)) continue;
                source = Range(tagFirst, sourceEnd);
            }
            if (tagFirst == 0 || !IsClosingMark(tagFirst - 1)) continue;
            var quote = QuoteEndingAt(_tokens[tagFirst - 1].End);
            // The quote must end on its clause's comma or stop ("“…,” Park said"), not name a title ("on “Meet the Press” Park said").
            if (quote.IsEmpty || tagFirst < 2 || !(Is(tagFirst - 2, ",") || Is(tagFirst - 2, "!") || Is(tagFirst - 2, "?"))) continue;
            claimed ??= new CoveredText(found.Select(f => f.Content));
            if (claimed.Overlaps(quote)) continue;
            found[i] = a with { Content = quote, Source = source };
            claimed.Add(quote);
        }
    }

    // A participle's complement before the cue that a source may take in ("a poll released on Friday by the agency showed").
    private const int MaxParticipleComplementWords = 8;

    private (int First, int End) TrimmedSource(int first, int end, int cueFirst)
    {
        first = CoordinatedSourceStart(first);
        var unquantified = first;
        first = QuantifiedSourceStart(first);
        // "Jo Park, however, said": a comma-set aside at the end is the sentence's, not the source's.
        foreach (var aside in AttributionRules.SourceEndAsides)
        {
            var k = end - aside.Length;
            if (k - 1 <= first || !Is(k - 1, ",")) continue;
            var matches = true;
            for (var w = 0; w < aside.Length && matches; w++) matches = Is(k + w, aside[w]);
            if (matches) { end = k - 1; break; }
        }
        // "voters late Monday": the read stopped at the time word and left its adverb.
        if (end - first > 1 && IsWord(end - 1) && char.IsLower(_tokens[end - 1].Text[0]) && AttributionRules.SourceEndTimeAdverbs.Contains(_tokens[end - 1].Text)) end--;
        // "A poll out Monday showed": the read stopped at the time adjunct and left the participle its verb phrase;
        // the reduced clause up to the cue is part of the source.
        // So is what follows a reduced passive's agent ("a report released by the council last year found").
        if (cueFirst > end && end - first > 1 && (char.IsLower(_tokens[end - 1].Text[0]) && AttributionRules.SourceEndParticiples.Contains(_tokens[end - 1].Text)
            || HasReducedPassive(first, end)) && cueFirst - end <= MaxParticipleComplementWords)
        {
            var plain = true;
            for (var k = end; k < cueFirst && plain; k++) plain = IsWord(k) && !AttributionRules.ReportingVerbs.Contains(_tokens[k].Text) && !AttributionRules.FiniteAuxiliaries.Contains(_tokens[k].Text);
            if (plain) end = cueFirst;
        }
        // "He’s …": after a pronoun, "’s" is the verb ("he is"), not a possessive.
        if (end - first == 2 && IsPossessive(first + 1) && AttributionRules.Pronouns.Contains(_tokens[first].Text)) end--;
        // "While old hands say …", "Despite …": a source never opens with a subordinator or a discourse word, nor with a
        // preposition unless a comma shows the phrase it opens is the subject ("Among voters, two-thirds said").
        while (first < end && (!IsWord(first) || AttributionRules.SourceLeadWords.Contains(_tokens[first].Text))) first++;
        var hasComma = false;
        for (var k = first; k < end; k++) hasComma |= Is(k, ",");
        // ("At least six firms" keeps the "At" its quantifier took in.)
        if (!hasComma && first == unquantified && first < end && AttributionRules.SourceLeadPrepositions.Contains(_tokens[first].Text)) first++;
        // What is left may be a word that names no one ("On Tuesday" → "Tuesday"): no source rather than a wrong one.
        if (end - first == 1 && AttributionRules.NotSpeakers.Contains(_tokens[first].Text)) first = end;
        if (IsCapitalsAtLineStart(first, end)) first = end;
        while (end > first && !IsWord(end - 1) && (AttributionRules.SignatureDashes.Contains(_tokens[end - 1].Text) || _tokens[end - 1].Text is "," or ":")) end--;
        return (first, end);
    }

    /// <summary>Whether a participle and "by" lie inside the phrase <paramref name="first"/>..<paramref name="end"/> ("A survey conducted by the institute").</summary>
    private bool HasReducedPassive(int first, int end)
    {
        for (var k = first + 1; k + 1 < end; k++)
            if (Is(k + 1, "by") && IsReducedParticiple(k)) return true;
        return false;
    }

    // The shortest word that makes a run of capitals a dateline's place or a headline's words rather than an acronym ("CNN").
    private const int MinCapitalsWordLetters = 4;

    /// <summary>
    /// "CLEVELAND — …", "ORLANDO, Fla. — …", "POLLS NOT WRONG - Jo Park: …": a phrase in capitals opening a line and
    /// followed by a dash, or a comma and a capital, is a dateline or a headline, no source ("USA TODAY said", "NBC, for one,
    /// said" stay).
    /// </summary>
    private bool IsCapitalsAtLineStart(int first, int end)
    {
        if (end <= first || !(first == 0 || HasLineBreakBefore(first))) return false;
        var longWord = false;
        for (var k = first; k < end; k++)
        {
            if (!IsWord(k)) continue;
            var text = _tokens[k].Text;
            if (text.Any(char.IsLower)) return false;
            longWord |= text.Count(char.IsLetter) >= MinCapitalsWordLetters;
        }
        if (!longWord || end >= _tokens.Count) return false;
        var next = _tokens[end].Text;
        return AttributionRules.SignatureDashes.Contains(next) || next == "," && end + 1 < _tokens.Count && char.IsUpper(_tokens[end + 1].Text[0]);
    }

    // Words of a name before "and" that a coordinated source takes in ("Sen. Jo Park and Lee said").
    private const int MaxCoordinatedNameWords = 4;

    /// <summary>
    /// "Park and Lee said", "he and his lawyer argued": the read stops at "and", but a name or subject pronoun before it,
    /// opening the clause, is the source's first conjunct.
    /// </summary>
    private int CoordinatedSourceStart(int first)
    {
        var w = first - 2;
        if (w < 0 || !Is(first - 1, "and") || !IsWord(w)) return first;
        var word = _tokens[w].Text;
        int k;
        if (AttributionRules.CoordinatedSubjectPronouns.Contains(word)) k = w;
        else if (IsNameWord(w))
        {
            k = w;
            // A wider gap ("N.Y.  Park and Lee said") is a dateline's end, not a space inside a name.
            while (k - 1 >= 0 && w - (k - 1) < MaxCoordinatedNameWords && IsNameWord(k - 1) && _tokens[k].Start - _tokens[k - 1].End == 1) k--;
        }
        else return first;
        var sentenceStart = SentenceStartBefore(_tokens[first].Start);
        if (_tokens[k].Start < sentenceStart) return first;
        // "Park, Lee and Ortega said": the list's earlier names, when the list opens the clause.
        for (var listed = k; listed - 2 >= 0 && Is(listed - 1, ",") && IsNameWord(listed - 2);)
        {
            var j = listed - 2;
            while (j - 1 >= 0 && listed - 2 - (j - 1) < MaxCoordinatedNameWords && IsNameWord(j - 1) && _tokens[j].Start - _tokens[j - 1].End == 1) j--;
            if (_tokens[j].Start < sentenceStart) break;
            if (OpensClause(j, sentenceStart) && !Is(j - 1, ",")) return j;
            listed = j;
        }
        return OpensClause(k, sentenceStart) ? k : first;
    }

    /// <summary>"familiar [with]", "close [to]": the preposition at <paramref name="k"/> ties a source's head to what it knows.</summary>
    private bool IsSourcePostmodifier(int k) =>
        k - 1 >= 0 && IsWord(k) && IsWord(k - 1) && TwoWordPhrase.In(AttributionRules.SourcePostmodifiers, _tokens[k - 1].Text, _tokens[k].Text);

    /// <summary>The first word of a name ending at <paramref name="w"/> that a comma after a clause sets off ("…, Sen. Jo Park"), else -1.</summary>
    private int SetOffNameBefore(int w, int a)
    {
        if (!IsNameWord(w)) return -1;
        var k = w;
        while (k - 1 > a && w - (k - 1) < MaxCoordinatedNameWords && IsNameWord(k - 1) && _tokens[k].Start - _tokens[k - 1].End == 1) k--;
        // "Berg, Jo Park and Lee argued" is a list of names opening the clause, not a clause and then a source.
        return k - 2 >= a && Is(k - 1, ",") && !IsNameWord(k - 2) ? k : -1;
    }

    /// <summary>
    /// "Only four percent said", "About three-quarters say", "At least six companies have warned": a quantifier the
    /// leftward read stopped at, opening the clause, is part of the source.
    /// </summary>
    private int QuantifiedSourceStart(int first)
    {
        var k = first;
        if (Is(k, "least") && Is(k - 1, "at")) k--;
        else if (k - 1 >= 0 && IsWord(k - 1) && AttributionRules.SourceQuantifiers.Contains(_tokens[k - 1].Text)) k--;
        else return first;
        return OpensClause(k, SentenceStartBefore(_tokens[first].Start)) ? k : first;
    }

    private bool OpensClause(int k, int sentenceStart) =>
        k == 0 || _tokens[k].Start == sentenceStart || _tokens[k].Start - _tokens[k - 1].End > 1 || !IsWord(k - 1) && _tokens[k - 1].Text is not ("-" or "(" or "'s" or "’s")
        || AttributionRules.SourceBoundaries.Contains(_tokens[k - 1].Text) && char.IsLower(_tokens[k - 1].Text[0]);

    private bool IsNameWord(int k) => IsWord(k) && char.IsUpper(_tokens[k].Text[0]) && !AttributionRules.SourceBoundaries.Contains(_tokens[k].Text)
        && !AttributionRules.FunctionWords.Contains(_tokens[k].Text) && !AttributionRules.SourceLeadWords.Contains(_tokens[k].Text)
        && !AttributionRules.Determiners.Contains(_tokens[k].Text);

    private const int MaxLeadInChars = 60;
    private const int MaxSpeechTagWords = 4;

    /// <summary>
    /// "added, “We need the ferry,” Berg said.": a content that opens at a quote mark ends where the quote closes when all
    /// that follows it in the sentence is a speech tag (a few words ending on a reporting verb), which repeats the cue.
    /// </summary>
    private void TrimTrailingSpeechTags(List<Attribution> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var a = found[i];
            var index = QuoteIndexAt(a.Content.Start);
            if (index < 0 || _quotes[index].Start != a.Content.Start) continue;
            var quote = _quotes[index];
            if (!quote.Closed || quote.End <= quote.Start || quote.End >= a.Content.End) continue;
            var rest = _text.AsSpan(quote.End, a.Content.End - quote.End);
            if (rest.IndexOfAny("\"\u201C\u201D\u2018\n") >= 0) continue;
            var words = rest.ToString().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > MaxSpeechTagWords || !AttributionRules.ReportingVerbs.Contains(words[^1].ToLowerInvariant())) continue;
            found[i] = a with { Content = new TextRange(a.Content.Start, quote.End) };
        }
    }

    /// <summary>
    /// "told the crowd again: “We will finish the pier …”": the words between the cue and a colon say how or to whom it was
    /// said, the quote is what was said. Counted on train, PolNeAR's content starts at the quote mark in 58 of 74 such
    /// contents. A lead-in that opens with "that" is part of what is reported ("that voters have two choices: “…”").
    /// </summary>
    private void TrimLeadInsBeforeQuotes(List<Attribution> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var a = found[i];
            if (a.Cue.IsEmpty || a.Cue.End > a.Content.Start) continue;
            var index = FirstQuoteStartingAfter(a.Content.Start);
            if (index >= _quotes.Count || _quotes[index].Start >= a.Content.End) continue;
            var quote = _quotes[index];
            if (quote.End <= quote.Start) continue;
            var lead = _text.AsSpan(a.Content.Start, quote.Start - a.Content.Start).TrimEnd();
            if (lead.Length < 2 || lead.Length > MaxLeadInChars || lead[^1] != ':' || lead[..^1].IndexOfAny(":.!?\n\"\u201C\u201D") >= 0) continue;
            if (lead.StartsWith("that ", StringComparison.OrdinalIgnoreCase)) continue;
            found[i] = a with { Content = new TextRange(quote.Start, a.Content.End) };
        }
    }

    // ---- One sentence ------------------------------------------------------------------------

    private readonly record struct CueMatch(int First, int End, bool According, bool NeedsObject, bool NeedsClause, bool ObjectContent = false, bool Learned = false);

    private void FindInSentence(int a, int b, List<Attribution> found, FoundContents foundContents)
    {
        if (PollOpening(a, b) is { } poll) found.Add(poll);
        TextRange lastSource = TextRange.None;
        for (var i = a; i < b; i++)
        {
            if (Passive(i, a, b) is { } passive)
            {
                if (!foundContents.Has(passive.Content)) found.Add(passive);
                i++;
                continue;
            }
            if (Expectation(i, a, b) is { } expectation)
            {
                if (!foundContents.Overlap(expectation.Content)) found.Add(expectation);
                i++;
                continue;
            }
            if (ExperiencerObject(i, a, b) is { } experiencer)
            {
                if (!foundContents.Overlap(experiencer.Content)) found.Add(experiencer);
                continue;
            }
            if (StanceAdjective(i, a, b) is { } stanceAttribution)
            {
                if (!foundContents.Overlap(stanceAttribution.Content)) { found.Add(stanceAttribution); lastSource = stanceAttribution.Source; }
                i++;
                continue;
            }
            if (NominalClause(i, a, b) is { } nominal)
            {
                if (!foundContents.Overlap(nominal.Content)) found.Add(nominal);
                continue;
            }
            if (!TryCue(i, a, b, out var cue)) continue;
            var cueRange = new TextRange(_tokens[cue.First].Start, _tokens[cue.End - 1].End);
            if (cue.According)
            {
                var according = According(cue, a, b, out var rest);
                if (according is not null) { found.Add(according); lastSource = according.Source; }
                if (according is not null && rest is not null) found.Add(rest);
                i = cue.End - 1;
                continue;
            }

            var before = SkipModifiersLeft(cue.First - 1, a);
            // "Smith is once again questioning …": a progressive's auxiliary stands between the source and the cue.
            if (before >= a && IsParticiple(cue.First) && AttributionRules.ProgressiveAuxiliaries.Contains(_tokens[before].Text)) before = SkipModifiersLeft(before - 1, a);
            if (before >= a && IsNonSpeech(before, cue.First, a)) continue;
            var source = LeftSource(before, a, out var sourceFirst);
            // "An internal audit released Friday says": the time words were read past as the cue's modifiers, leaving the
            // reduced clause's participle; the source is the noun phrase before it and the clause (trimmed in at the end).
            if (source.IsEmpty && before > a && IsReducedParticiple(before) && LeftSource(before - 1, a, out var headFirst, readAdjunct: false) is { IsEmpty: false } head
                && OpensSubject(headFirst, a))
            {
                source = new TextRange(head.Start, _tokens[before].End);
                sourceFirst = headFirst;
            }
            // "A report published by the council on Monday found": the phrase after "by" closes a reduced passive whose noun
            // opens the clause; that noun and its clause are the source, as PolNeAR marks them (docs/benchmarks.md).
            else if (!source.IsEmpty && ReducedPassiveSubjectStart(sourceFirst, a) is var subjectFirst and >= 0)
            {
                source = new TextRange(_tokens[subjectFirst].Start, source.End);
                sourceFirst = subjectFirst;
            }
            if (!source.IsEmpty && IsNounHomograph(cue.First) && !IsClearSubject(sourceFirst)) continue;
            var rightSourceEnd = -1;
            var contentBefore = TextRange.None;
            var antecedent = TextRange.None;
            var quoteBefore = false;
            TextRange contentAfter;

            // A cue only the classifier knows needs the score it needs without a source ("…, who has been challenging …").
            if (source.IsEmpty && (!cue.ObjectContent || !cue.Learned || CueScore(cue.First) > SourcelessMargin)
                && RelativeAntecedent(before, a, out var antecedentFirst) is { IsEmpty: false } referent)
            {
                // "Sen. Jo Park, who said that …": the relative pronoun is the source (as a pronoun is), the phrase it refers to
                // names the speaker. A relative clause set off after the sentence's subject ends at its closing comma.
                source = Range(before, before + 1);
                antecedent = referent;
                var embedded = Is(before - 1, ",") && WordCount(a, antecedentFirst) == 0;
                contentAfter = ContentAfter(cue, embedded ? FirstCommaOutsideQuotes(cue.End, b) : b);
            }
            else if (source.IsEmpty)
            {
                var p = before;
                // "…, saying …", and "… said before adding: …" after a cue that read its source: the participle shares it
                // ("After announcing the closure, the board …" opens the sentence and shares nothing).
                var participle = p >= a && IsParticiple(cue.First) && (Is(p, ",") || p - 1 >= a && IsClosingMark(p) && Is(p - 1, ",")
                    || !lastSource.IsEmpty && IsWord(p) && AttributionRules.ParticiplePrepositions.Contains(_tokens[p].Text));
                var coordinated = p >= a && (Is(p, "and") || Is(p, "but")) || participle;
                // "I laughed and said …", "she told the crowd, then referred …": with no source read yet, the verbs share the sentence's subject.
                var shared = lastSource.IsEmpty && coordinated ? SentenceSubject(a, p) : lastSource;
                if (coordinated && !shared.IsEmpty && (participle || ContentFollows(cue) || ClauseFollows(cue, b)))
                {
                    source = shared;
                    contentAfter = ContentAfter(cue, b);
                }
                // "…, told his advisers to …" is no inversion: a verb that needs a listener reports from its subject.
                else if (p >= a && (Is(p, ",") || IsClosingMark(p)) && !cue.ObjectContent && !(cue.NeedsObject && Is(p, ",")) && !(Is(p, ",") && NamedSubjectSetOff(a, p)) && !(Is(p, ",") && ExampleAsideBefore(a, p)) && !TitleInAsideBefore(a, p)
                    && InvertedSourceAt(cue.End, b, IsClosingMark(p), out rightSourceEnd) is { IsEmpty: false } inverted)
                {
                    // Inversion: "“…,” said Kowalczyk." / "…, says a spokesman."
                    source = inverted;
                    contentBefore = ContentBefore(Is(p, ",") ? p : p + 1, a);
                    contentAfter = ContinuedQuoteAfter(rightSourceEnd, b);
                }
                else if (p >= a && (Is(p, ",") || TitleInAsideBefore(a, p)) && !cue.ObjectContent && ClauseFollows(cue, b) && SentenceSubject(a, p) is { IsEmpty: false } subject)
                {
                    // "Officials at the agency, a division of …, said they …": an appositive the source rules could not
                    // read; the content is the clause after the cue, the speaker the sentence's subject.
                    source = subject;
                    contentAfter = ContentAfter(cue, b);
                }
                // "One month after announcing the closure, the board changed course": a participle in a phrase that opens the
                // sentence reports from the main clause's subject, and its object ends with the phrase.
                else if (cue.Learned && CueScore(cue.First) > SourcelessMargin && p >= a && IsWord(p) && IsParticiple(cue.First)
                    && AttributionRules.ParticiplePrepositions.Contains(_tokens[p].Text) && OpensSentence(a, p)
                    && FirstCommaOutsideQuotes(cue.End, b) is var phraseEnd && phraseEnd < b && SentenceSubject(phraseEnd + 1, b) is { IsEmpty: false } mainSubject)
                {
                    source = mainSubject;
                    contentAfter = ContentAfter(cue, phraseEnd);
                }
                else if (cue.Learned && CueScore(cue.First) > SourcelessMargin)
                {
                    source = SentenceSubject(a, cue.First);
                    contentAfter = ContentAfter(cue, b);
                }
                else continue;
            }
            else
            {
                var p = sourceFirst - 1;
                // "…, Okonjo and her team wrote": the read stopped at "and", but a name before it, set off by the comma, is the
                // source's first conjunct, and the clause before the comma is what was said.
                if (p - 1 > a && Is(p, "and") && SetOffNameBefore(p - 1, a) is var conjunct and >= 0)
                {
                    source = new TextRange(_tokens[conjunct].Start, source.End);
                    sourceFirst = conjunct;
                    p = conjunct - 1;
                }
                var quoteClosesBefore = p >= a && (IsClosingMark(p) || Is(p, ",") && p - 1 >= a && IsClosingMark(p - 1));
                // A sentence that opens with a subordinate phrase ("When …, officials said the plan …") reports what follows the cue,
                // unless nothing does: "After two decades as an independent, Ana plans to stay, her aide said."
                var clauseBefore = p >= a && Is(p, ",") && WordCount(a, p) >= MinBeforeContentWords && (!StartsSubordinate(a) || WordCount(cue.End, b) == 0)
                    && !(char.IsUpper(_tokens[a].Text[0]) && IsParticiple(a) && !HasFiniteVerb(a, p)) && !ClauseFollows(cue, b);
                // "“Quiet,” he demanded, as Bush …", "“…,” Cruz said after a brief “sorry” …": after a quote that closes right
                // before the source, the quote is what was said, whatever the cue's object or a later quote would be.
                // A quote in the middle of a sentence ("On Fox News’s “Sunday Morning Futures,” Issa said …") may be a title: with a
                // clause after the cue, that clause is what was said, even when its "that" lies too far on for ContentFollows.
                var quoteOpensSentence = quoteClosesBefore && QuoteEndingAt(_tokens[IsClosingMark(p) ? p : p - 1].End) is { IsEmpty: false } closing
                    && FirstTokenAt(closing.Start) <= SkipDateline(a, p);
                // "“…,” she told “Island Morning” after …": a quote right after a cue that needs a listener names the listener (a show).
                var quotedListener = cue.NeedsObject && IsOpeningMark(cue.End);
                // "The fares rose over the winter, as the operator has admitted.": a source set off by ", as" reports the
                // clause before it; what follows its cue is an adjunct ("as the Times reported on Tuesday").
                if (p - 1 > a && Is(p, "as") && Is(p - 1, ",") && !InsideQuote(_tokens[p - 1].Start) && WordCount(a, p - 1) >= MinBeforeContentWords
                    && AttributionRules.ReportingVerbs.Contains(_tokens[cue.First].Text) && !cue.ObjectContent && !ContentFollows(cue) && AsideReportsBefore(p - 1, cue.End, b))
                {
                    contentBefore = ContentBefore(p - 1, a);
                    contentAfter = TextRange.None;
                }
                else if (quoteOpensSentence && (!ClauseRightAfter(cue) || quotedListener)
                    || (quoteClosesBefore && !quoteOpensSentence && !ClauseFollows(cue, b) || clauseBefore) && !ContentFollows(cue) && !cue.ObjectContent)
                {
                    contentBefore = ContentBefore(Is(p, ",") ? p : p + 1, a);
                    quoteBefore = quoteOpensSentence;
                    contentAfter = quotedListener ? TextRange.None : ContinuedQuoteAfter(cue.End, b);
                    if (contentAfter.IsEmpty && !quoteClosesBefore) contentAfter = ClauseResumedAfter(cue.End, b);
                }
                else
                {
                    // "While Smith said that …, she …": the reported clause ends where the subordinate clause does.
                    var subordinate = p >= a && IsWord(p) && AttributionRules.Subordinators.Contains(_tokens[p].Text);
                    contentAfter = ContentAfter(cue, subordinate ? FirstCommaOutsideQuotes(cue.End, b) : b);
                }
            }

            // "“…,” said Lu Borges, who predicted that …": a relative clause after a quote's speaker, which a sure cue reports
            // without a source the rules read, is still reported by the relative pronoun and the phrase it refers to.
            if (source.IsEmpty && before > a && IsWord(before) && AttributionRules.RelativePronouns.Contains(_tokens[before].Text) && Is(before - 1, ","))
            {
                source = Range(before, before + 1);
                var named = LeftSource(before - 2, a, out _);
                if (!named.IsEmpty && char.IsUpper(_text[named.Start])) antecedent = named;
            }
            // "released the following statement: “…”": an object that only announces the quote after a colon gives way to the quote.
            if (!contentAfter.IsEmpty && !Is(FirstTokenAt(contentAfter.Start), "that") && QuoteAfterColon(contentAfter, b) is { IsEmpty: false } announced)
                contentAfter = announced;
            // "The governor added:" closing its paragraph: what he added is the next paragraph.
            if (contentBefore.IsEmpty && contentAfter.IsEmpty && cue.End == b - 1 && Is(cue.End, ":")) contentAfter = NextParagraph(cue.End);
            if (cue.NeedsClause && contentBefore.IsEmpty && !ClauseAfter(contentAfter)) continue;
            // "talking about the plan": the particle the content skipped belongs to the cue.
            if (!contentAfter.IsEmpty && cue.ObjectContent && IsCueParticle(cue.End) && FirstTokenAt(contentAfter.Start) == cue.End + 1)
                cueRange = new TextRange(cueRange.Start, _tokens[cue.End].End);
            else if (!contentAfter.IsEmpty && cue.ObjectContent && StancePhraseEnd(cue.End, b) is var stance && stance > 0 && FirstTokenAt(contentAfter.Start) == stance + 1)
                cueRange = new TextRange(cueRange.Start, _tokens[stance].End);
            var added = false;
            foreach (var content in new[] { contentBefore, contentAfter })
            {
                // An object may be one word ("attacked [Machado]", "endorsed [Trump]"); a clause or a quote needs more.
                // A quoted word before its source and cue is speech too ("“Quiet,” he demanded").
                var minWords = cue.ObjectContent && content == contentAfter || quoteBefore && content == contentBefore ? 1 : MinContentWords;
                if (content.IsEmpty || Words(content) < minWords || foundContents.Has(content)) continue;
                // A cue only the classifier knows reports a one-word object only when it is a name ("supported [Sanders]"):
                // "put [it]", "shot [back]", "took [aim]" report nothing.
                if (Words(content) == 1 && cue.Learned && !AttributionRules.ReportingVerbs.Contains(_tokens[cue.First].Text) && !char.IsUpper(_text[content.Start])) continue;
                if (content == contentAfter && IsPlaceAdjunct(content)) continue;
                found.Add(new Attribution(content, cueRange, source, Continues: added, Antecedent: antecedent));
                added = true;
            }
            // "“Does anybody know …?” Graham asked.": a question mark or full stop inside the marks ends the sentence, so the
            // cue's sentence opens with its source and reports nothing after it; what the source said is the quote closing
            // right before.
            if (!added && sourceFirst == a && a > 0 && IsClosingMark(a - 1) && !ClauseFollows(cue, b)
                && QuoteEndingAt(_tokens[a - 1].End) is { IsEmpty: false } closed && Words(closed) >= MinContentWords && !foundContents.Overlap(closed))
            {
                found.Add(new Attribution(closed, cueRange, source, Antecedent: antecedent));
                added = true;
            }
            if (added) lastSource = source;
            if (rightSourceEnd > i) i = rightSourceEnd - 1;
        }
    }

    /// <summary>
    /// "In a CNN/ORC poll released Monday, 38 percent of voters …": a sentence that opens with "In" and a poll or survey
    /// before its first comma reports the clause after the comma, from that poll ("In" is the cue).
    /// </summary>
    private Attribution? PollOpening(int a, int b)
    {
        var k = SkipDateline(a, b);
        if (k >= b || !Is(k, "In")) return null;
        var poll = false;
        var comma = k + 1;
        for (; comma < b && comma <= k + AttributionRules.MaxPollPhraseTokens && !Is(comma, ","); comma++)
            poll |= IsWord(comma) && AttributionRules.PollNouns.Contains(_tokens[comma].Text);
        if (!poll || comma >= b || !Is(comma, ",")) return null;
        var content = Trim(comma + 1, b);
        if (content.IsEmpty || Words(content) < MinContentWords) return null;
        return new Attribution(content, Range(k, k + 1), Range(k + 1, comma));
    }

    /// <summary>
    /// "Trump's claim that the wall would pay for itself", "the warning that rates will rise": a listed noun of speech or
    /// stance before "that" and a clause reports that clause (the noun is the cue); the source is the possessive before the
    /// noun and its modifiers ("Trump's", "his"), else none. "the claim that was made" is a relative clause: "that" then a verb.
    /// </summary>
    private Attribution? NominalClause(int i, int a, int b)
    {
        if (i + 2 >= b || !IsWord(i) || !Is(i + 1, "that") || !IsWord(i + 2) || !AttributionRules.NominalClauseCues.Contains(_tokens[i].Text)
            || AttributionRules.FiniteAuxiliaries.Contains(_tokens[i + 2].Text) || InsideQuote(_tokens[i].Start)) return null;
        var content = ContentAfter(new CueMatch(i, i + 1, According: false, NeedsObject: false, NeedsClause: false), b);
        if (content.IsEmpty || Words(content) < MinContentWords) return null;
        var k = i - 1;
        while (k >= a && k > i - 1 - AttributionRules.MaxStanceModifiers && IsWord(k) && char.IsLower(_tokens[k].Text[0])
            && !AttributionRules.PossessiveDeterminers.Contains(_tokens[k].Text) && !AttributionRules.Determiners.Contains(_tokens[k].Text)) k--;
        var source = TextRange.None;
        if (k >= a && IsWord(k) && AttributionRules.PossessiveDeterminers.Contains(_tokens[k].Text)) source = Range(k, k + 1);
        else if (IsPossessive(k)) source = LeftSource(k - 1, a, out _, readAdjunct: false);
        else
        {
            // "Officials voiced concern that …", "Smith issued a statement that …": the noun is the object of a verb whose
            // subject is the speaker.
            var verb = k >= a && AttributionRules.Determiners.Contains(_tokens[k].Text) ? k - 1 : k;
            if (verb > a && IsWord(verb) && char.IsLower(_tokens[verb].Text[0]) && !AttributionRules.Determiners.Contains(_tokens[verb].Text))
                source = SentenceSubject(a, verb);
        }
        return new Attribution(content, Range(i, i + 1), source);
    }

    /// <summary>
    /// "Republicans are skeptical of the deal", "Voters were deeply divided on whether …": a form of "be" (with adverbs or
    /// "not" between), a listed stance adjective and its preposition report the object after the preposition; the cue runs
    /// from "be" through the preposition, the source is the subject before "be" (or a relative pronoun, named through the
    /// phrase it refers to).
    /// </summary>
    private Attribution? StanceAdjective(int i, int a, int b)
    {
        if (i + 2 >= b || !IsWord(i) || !IsWord(i + 1) || InsideQuote(_tokens[i].Start)
            || !AttributionRules.StanceAdjectivePrepositions.TryGetValue(_tokens[i].Text, out var prepositions) || !prepositions.Contains(_tokens[i + 1].Text)) return null;
        var be = i - 1;
        while (be > a && i - be <= AttributionRules.MaxStanceAdjectiveModifiers && IsWord(be) && char.IsLower(_tokens[be].Text[0])
            && !AttributionRules.ProgressiveAuxiliaries.Contains(_tokens[be].Text)) be--;
        if (be < a || !IsWord(be) || !AttributionRules.ProgressiveAuxiliaries.Contains(_tokens[be].Text)) return null;
        // Only adverbs between "be" and the adjective: "is [far less] critical", not "is a critical of" or "was [the] split".
        for (var k = be + 1; k < i; k++)
            if (!(Is(k, "not") || AttributionRules.VerbModifiers.Contains(_tokens[k].Text) || _tokens[k].Text.EndsWith("ly", StringComparison.Ordinal)
                || AttributionRules.DegreeWords.Contains(_tokens[k].Text))) return null;
        var content = ContentAfter(new CueMatch(i, i + 2, According: false, NeedsObject: false, NeedsClause: false, ObjectContent: true), b);
        if (content.IsEmpty) return null;
        var before = SkipModifiersLeft(be - 1, a);
        var source = before >= a ? LeftSource(before, a, out _) : TextRange.None;
        var antecedent = TextRange.None;
        if (before >= a && IsWord(before) && AttributionRules.RelativePronouns.Contains(_tokens[before].Text)
            && RelativeAntecedent(before, a, out _) is { IsEmpty: false } referent)
        {
            source = Range(before, before + 1);
            antecedent = referent;
        }
        if (source.IsEmpty) return null;
        return new Attribution(content, Range(be, i + 2), source, Antecedent: antecedent);
    }

    /// <summary>
    /// "Her remarks have angered many farmers": a verb whose object feels what the subject stirs reports the object's stance,
    /// so the source is the object and the content the subject, from its clause's start ("Already, [the new toll] has angered
    /// …") or a relative pronoun right before ("…, which has unsettled …"). A personal pronoun as subject is a doer ("he
    /// angered the donors"), a form of "be" makes the participle an adjective ("farmers were angered by …"), and a verb after
    /// "and" shares another verb's subject: none of these reports a stance.
    /// </summary>
    private Attribution? ExperiencerObject(int i, int a, int b)
    {
        if (i + 1 >= b || !IsWord(i) || !AttributionRules.ExperiencerObjectVerbs.Contains(_tokens[i].Text) || InsideQuote(_tokens[i].Start)) return null;
        var source = RightSource(i + 1, b, out _);
        if (source.IsEmpty) return null;
        var j = i - 1;
        var cueFirst = i;
        while (j >= a && IsWord(j) && (AttributionRules.PassiveAuxiliaries.Contains(_tokens[j].Text) || AttributionRules.VerbModifiers.Contains(_tokens[j].Text) || IsMannerAdverb(j)))
        {
            if (AttributionRules.AdjectivalAuxiliaries.Contains(_tokens[j].Text)) return null;
            if (AttributionRules.PassiveAuxiliaries.Contains(_tokens[j].Text)) cueFirst = j;
            j--;
        }
        if (j < a || !IsWord(j) || AttributionRules.Pronouns.Contains(_tokens[j].Text) || Is(j, "and") || Is(j, "but") || Is(j, "or") || Is(j, "that")) return null;
        if (AttributionRules.RelativePronouns.Contains(_tokens[j].Text)) return new Attribution(Range(j, j + 1), Range(cueFirst, i + 1), source);
        var start = j;
        while (start > a && !Is(start - 1, ",") && !Is(start - 1, ";") && !Is(start - 1, ":") && !IsClosingMark(start - 1) && !IsOpeningMark(start - 1)) start--;
        if (start == a) start = SkipDateline(a, j);
        while (start < j && (Is(start, "and") || Is(start, "but") || Is(start, "so"))) start++;
        // "Officials said the toll angered drivers": a subject inside another clause is that clause's, not a stance's content.
        for (var k = start; k < j; k++)
            if (IsWord(k) && (AttributionRules.ReportingVerbs.Contains(_tokens[k].Text) || AttributionRules.SourceBoundaries.Contains(_tokens[k].Text) && !AttributionRules.AdjunctPrepositions.Contains(_tokens[k].Text) && !Is(k, "of"))) return null;
        var content = Trim(start, j + 1);
        return content.IsEmpty ? null : new Attribution(content, Range(cueFirst, i + 1), source);
    }

    /// <summary>
    /// "The central bank is expected to act in December": a form of "be" (with "not" or an adverb) before a listed participle and "to"
    /// reports an expectation with no source. The cue is the verb group, the content runs from the clause's subject (a
    /// relative pronoun right before it, else the clause's start) through the infinitive's clause.
    /// </summary>
    private Attribution? Expectation(int i, int a, int b)
    {
        if (!IsWord(i) || !AttributionRules.ExpectationCues.Contains(_tokens[i].Text) || !Is(i + 1, "to") || i + 2 >= b || InsideQuote(_tokens[i].Start)) return null;
        var be = i - 1;
        // "is not expected", "is widely expected", "are also expected".
        while (be > a && IsWord(be) && (Is(be, "not") || AttributionRules.VerbModifiers.Contains(_tokens[be].Text) || _tokens[be].Text.EndsWith("ly", StringComparison.Ordinal)) && i - be <= 2) be--;
        if (be < a || !AttributionRules.ProgressiveAuxiliaries.Contains(_tokens[be].Text)) return null;
        int start;
        if (be - 1 >= a && AttributionRules.RelativePronouns.Contains(_tokens[be - 1].Text)) start = be - 1;
        else
        {
            start = SkipDateline(a, be);
            // "…; the vote is expected …", "…, but the Fed is expected …": the clause starts after the break.
            for (var k = be - 1; k > start; k--)
                if (!InsideQuote(_tokens[k].Start) && (Is(k, ";") || Is(k, ",") && (Is(k + 1, "and") || Is(k + 1, "but")))) { start = k + 1; break; }
            while (start < be && (Is(start, "and") || Is(start, "but") || Is(start, "so"))) start++;
        }
        if (start >= be) return null;
        var infinitive = ContentAfter(new CueMatch(i, i + 1, According: false, NeedsObject: false, NeedsClause: false), b);
        if (infinitive.IsEmpty) return null;
        var content = Trim(start, FirstTokenAt(infinitive.End));
        return content.IsEmpty || Words(content) < MinBeforeContentWords ? null : new Attribution(content, Range(be, i + 1), TextRange.None);
    }

    /// <summary>The quote that opens right after a colon that follows <paramref name="content"/>, when one does; else none.</summary>
    private TextRange QuoteAfterColon(TextRange content, int b)
    {
        var k = LastTokenOf(content) + 1;
        if (k + 1 >= _tokens.Count || !Is(k, ":") || !IsOpeningMark(k + 1)) return TextRange.None;
        // "said the town had lost its way: “…,” he claimed": a quote with its own speaker is not what the colon announces.
        if (TaggedQuoteAt(k + 1, b)) return TextRange.None;
        return QuoteStartingAt(_tokens[k + 1].Start);
    }

    /// <summary>The paragraph after the one token <paramref name="k"/> closes, when one follows; else none.</summary>
    private TextRange NextParagraph(int k)
    {
        var end = _tokens[k].End;
        var p = _paragraphStarts.BinarySearch(end);
        p = p < 0 ? ~p : p;
        if (p >= _paragraphStarts.Count || _text.AsSpan(end, _paragraphStarts[p] - end).ContainsAnyExcept(" \t\r\n\u00a0")) return TextRange.None;
        var first = FirstTokenAt(_paragraphStarts[p]);
        var last = p + 1 < _paragraphStarts.Count ? FirstTokenAt(_paragraphStarts[p + 1]) : _tokens.Count;
        return first < last ? ExtendToQuote(Trim(first, last)) : TextRange.None;
    }

    private bool TryCue(int i, int a, int b, out CueMatch cue)
    {
        cue = default;
        var token = _tokens[i];
        if (!IsWord(i) || InsideQuote(token.Start)) return false;
        if (AttributionRules.LikenessVerbs.Contains(token.Text) && i + 1 < b && Is(i + 1, "like")) return false;
        if (AttributionRules.LinkVerbs.Contains(token.Text) && !(i + 1 < b && Is(i + 1, "to"))) return false;
        if (AttributionRules.ConsideringVerbs.Contains(token.Text) && i + 1 < b && AttributionRules.NonReportingParticles.Contains(_tokens[i + 1].Text)) return false;
        if (Is(i, AttributionRules.AccordingTo[0]) && i + 1 < b && Is(i + 1, AttributionRules.AccordingTo[1]))
        {
            cue = new CueMatch(i, i + 2, According: true, NeedsObject: false, NeedsClause: false);
            return true;
        }
        if (i + 1 < b && IsWord(i + 1) && TwoWordPhrase.In(AttributionRules.PhrasalCues, token.Text, _tokens[i + 1].Text))
        {
            // "went on to say that …", "went on to criticize the plan": the verb after "to" reports, and the cue runs through it;
            // "went on to win the primary" reports nothing.
            if (i + 3 < b && Is(i + 2, "to") && IsWord(i + 3) && AttributionRules.ContinuationCues.Contains(token.Text))
            {
                var verb = _tokens[i + 3].Text;
                var listed = AttributionRules.ReportingVerbs.Contains(verb);
                if (!listed && CueScore(i + 3) <= LearnedOnlyMargin) return false;
                cue = new CueMatch(i, i + 4, According: false, NeedsObject: AttributionRules.ObjectCues.Contains(verb), NeedsClause: false,
                    ObjectContent: !listed || AttributionRules.ObjectContentCues.Contains(verb), Learned: CueScore(i + 3) > 0);
                return true;
            }
            cue = new CueMatch(i, i + 2, According: false, NeedsObject: false, NeedsClause: false);
            return true;
        }
        var learned = CueScore(i) > 0;
        if (!AttributionRules.ReportingVerbs.Contains(token.Text))
        {
            // A cue only the classifier knows ("endorsed", "wants", "shows"): its content is what follows it.
            // "declined to comment" is a refusal, not speech, whatever the annotators of the training data thought.
            // "a compromise [rebuffed] by Republicans": a participle before "by" is a passive whose subject is no speaker.
            if (CueScore(i) <= LearnedOnlyMargin || AttributionRules.CueAuxiliaries.Contains(token.Text) || AttributionRules.NonSpeechVerbs.Contains(token.Text)
                || AttributionRules.ModalsNeverCues.Contains(token.Text) || token.Text.EndsWith("ly", StringComparison.Ordinal) || i + 1 < b && Is(i + 1, "by")) return false;
            cue = new CueMatch(i, i + 1, According: false, NeedsObject: false, NeedsClause: false, ObjectContent: true, Learned: true);
            return true;
        }
        // The classifier reads lower-case words only: a capitalised headline verb has no score to veto it.
        var headlineCapital = char.IsUpper(token.Text[0]) && token.Start < _titleCaseEnd;
        if (CueScore(i) < NounVeto && !headlineCapital) return false;
        // "the said …" and capitalised words are not verbs, but in a headline in title case every word is capitalised.
        // A quantifier standing alone is a subject when the classifier reads a verb after it ("…; most said they …").
        if (i > a && AttributionRules.Determiners.Contains(_tokens[i - 1].Text) && !(learned && IsQuantifierSubject(i - 1, a)) && !IsFloatedQuantifier(i - 1, a)) return false;
        if (char.IsUpper(token.Text[0]) && i > a && !headlineCapital) return false;
        cue = new CueMatch(i, i + 1, According: false,
            NeedsObject: AttributionRules.ObjectCues.Contains(token.Text),
            // The classifier has seen this verb report in such a context: no "that" needed ("the poll shows Smith ahead").
            NeedsClause: AttributionRules.ClauseOnlyCues.Contains(token.Text) && !learned,
            ObjectContent: AttributionRules.ObjectContentCues.Contains(token.Text), Learned: learned);
        return true;
    }

    /// <summary>
    /// A passive with "by": "The ferry delay was first reported by the Courier" (content: the subject), "an idea
    /// echoed by every skipper I met" (a reduced relative: the noun before), "she was told by aides that …" (content:
    /// the clause after). The source is the phrase after "by".
    /// </summary>
    private Attribution? Passive(int i, int a, int b)
    {
        if (i + 2 >= b || !Is(i + 1, "by") || !IsWord(i) || char.IsUpper(_tokens[i].Text[0]) || InsideQuote(_tokens[i].Start)) return null;
        var made = AttributionRules.MadeCues.Contains(_tokens[i].Text);
        if (!made && !AttributionRules.PassiveCues.Contains(_tokens[i].Text)) return null;
        var source = RightSource(i + 2, b, out var sourceEnd);
        if (source.IsEmpty) return null;
        var j = i - 1;
        var auxiliaries = 0;
        while (j >= a && IsWord(j) && (AttributionRules.PassiveAuxiliaries.Contains(_tokens[j].Text) || AttributionRules.VerbModifiers.Contains(_tokens[j].Text) || IsMannerAdverb(j)))
        {
            if (AttributionRules.PassiveAuxiliaries.Contains(_tokens[j].Text)) auxiliaries++;
            j--;
        }
        // Without an auxiliary only a noun right before the participle is its subject ("a view echoed by"), not a clause's
        // object ("Smith praised the plan, endorsed by …") or an opener ("Endorsed by …").
        if (j < a || auxiliaries == 0 && (j != i - 1 || !IsWord(j) || AttributionRules.Pronouns.Contains(_tokens[j].Text))) return null;
        if (auxiliaries == 0 && AttributionRules.ReducedPassiveNonCues.Contains(_tokens[i].Text)) return null;
        if (made && !AttributionRules.SpeechNouns.Contains(_tokens[j].Text)) return null;
        var cue = Range(j + 1, i + 2);
        if (auxiliaries > 0 && sourceEnd < b && Is(sourceEnd, "that"))
        {
            var clause = Trim(sourceEnd + 1, b);
            return clause.IsEmpty || Words(clause) < MinContentWords ? null : new Attribution(ExtendToQuote(clause), cue, source);
        }
        var subject = LeftSource(j, a, out var subjectFirst);
        // "A report published by the council on Monday found …": a reduced passive on the clause's subject, before the clause's
        // own cue, is part of that cue's source (PolNeAR marks no cue in it), not an attribution of its own.
        if (auxiliaries == 0 && !subject.IsEmpty && OpensSubject(subjectFirst, a) && MainCueAfter(sourceEnd, a, b)) return null;
        return subject.IsEmpty || Words(subject) < MinContentWords ? null : new Attribution(subject, cue, source);
    }

    /// <summary>"released", "published", "conducted": a lower-case participle a reduced clause after a source's noun opens.</summary>
    private bool IsReducedParticiple(int k) =>
        IsWord(k) && char.IsLower(_tokens[k].Text[0]) && (AttributionRules.SourceEndParticiples.Contains(_tokens[k].Text)
            || AttributionRules.PassiveCues.Contains(_tokens[k].Text));

    /// <summary>Whether a subject read from <paramref name="first"/> opens its clause: the sentence's start (after a dateline) or a clause break.</summary>
    private bool OpensSubject(int first, int a) => first == SkipDateline(a, first) || first > a && OpensClause(first - 1);

    /// <summary>
    /// Where the subject starts when the phrase at <paramref name="byFirst"/> is the agent of a reduced passive on it ("[A
    /// survey] conducted by [the institute]", "[Guidelines] recently issued on Monday by [the agency]"); -1 when it is not, or
    /// the noun before the participle does not open its clause ("Smith cited a poll conducted by …" reports from Smith).
    /// </summary>
    private int ReducedPassiveSubjectStart(int byFirst, int a)
    {
        var k = byFirst - 1;
        if (k - 1 <= a || !Is(k, "by")) return -1;
        k = SkipModifiersLeft(k - 1, a);
        if (k - 1 < a || !IsReducedParticiple(k)) return -1;
        var headEnd = SkipModifiersLeft(k - 1, a);
        if (headEnd < a || !IsWord(headEnd) || AttributionRules.Pronouns.Contains(_tokens[headEnd].Text)) return -1;
        var head = LeftSource(headEnd, a, out var headFirst, readAdjunct: false);
        return !head.IsEmpty && OpensSubject(headFirst, a) ? headFirst : -1;
    }

    // The longest participle clause an "according to" source takes in ("… conducted by the institute for the council").
    private const int MaxReducedClauseTokens = 16;

    /// <summary>
    /// Where the participle clause from <paramref name="k"/> ends: at a comma or the sentence's end, after plain words only
    /// (no quote, no cue, no "that"); -1 when it runs on longer or holds something else.
    /// </summary>
    private int ReducedClauseEnd(int k, int b)
    {
        var end = k;
        while (end < b && end - k <= MaxReducedClauseTokens && !Is(end, ",") && (IsWord(end) || Is(end, "-") || Is(end, "&") || IsPossessive(end)))
        {
            if (Is(end, "that") || AttributionRules.ReportingVerbs.Contains(_tokens[end].Text) || AttributionRules.FiniteAuxiliaries.Contains(_tokens[end].Text)) return -1;
            end++;
        }
        if (end == k || end - k > MaxReducedClauseTokens) return -1;
        return end >= b || Is(end, ",") || Is(end, ".") || Is(end, "?") || Is(end, "!") ? end : -1;
    }

    /// <summary>Whether a finite cue follows <paramref name="k"/> within a few plain words ("[on Monday] found"), no comma between.</summary>
    private bool MainCueAfter(int k, int a, int b)
    {
        for (var m = k; m < Math.Min(b, k + MaxParticipleComplementWords); m++)
        {
            if (!IsWord(m)) return false;
            if (!IsParticiple(m) && TryCue(m, a, b, out var cue) && !cue.According) return true;
        }
        return false;
    }

    /// <summary>"was told", "to say", "declined to say": the subject is not the speaker or says nothing.</summary>
    private bool IsNonSpeech(int before, int cueFirst, int a)
    {
        if (AttributionRules.PassiveMarkers.Contains(_tokens[before].Text) && !_tokens[cueFirst].Text.EndsWith("ing", StringComparison.Ordinal)) return true;
        if (Is(before, "to")) return true;
        for (var k = cueFirst - 1; k >= Math.Max(a, cueFirst - 4); k--)
            if (AttributionRules.NonSpeechVerbs.Contains(_tokens[k].Text)) return true;
        return false;
    }

    /// <summary>"attacks", "questions", "calls": a cue that is also a plural noun ("legitimate questions").</summary>
    private bool IsNounHomograph(int i)
    {
        var word = _tokens[i].Text;
        return word.EndsWith('s') && !AttributionRules.SpeechVerbsOnly.Contains(word);
    }

    private bool IsClearSubject(int first) =>
        char.IsUpper(_tokens[first].Text[0]) || AttributionRules.Pronouns.Contains(_tokens[first].Text) || AttributionRules.Determiners.Contains(_tokens[first].Text);

    private bool IsParticiple(int i) => _tokens[i].Text.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// A quantifier at <paramref name="k"/> that stands alone as its clause's subject: it opens the sentence or follows a
    /// break or a joining word ("…; most said", "…, another says", "and many agreed"), not a subject of its own ("he both
    /// defended and minimized", "they all agreed": the pronoun is the subject).
    /// </summary>
    private bool IsQuantifierSubject(int k, int a) =>
        AttributionRules.QuantifierPronouns.Contains(_tokens[k].Text)
        && (k == a || !IsWord(k - 1) || AttributionRules.ClauseJoiners.Contains(_tokens[k - 1].Text));

    // ---- Sources -----------------------------------------------------------------------------

    private int SkipModifiersLeft(int j, int a)
    {
        while (j >= a && IsWord(j) && (AttributionRules.VerbModifiers.Contains(_tokens[j].Text) || IsMannerAdverb(j))) j--;
        return j;
    }

    /// <summary>"Trump [openly] admires", "she [aggressively] attacked": a lower-case "-ly" word that is no noun ("family", "rally").</summary>
    private bool IsMannerAdverb(int j)
    {
        var word = _tokens[j].Text;
        return word.Length >= 5 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !AttributionRules.LyNouns.Contains(word);
    }

    private bool IsWeekday(int j) => _tokens[j].Text.EndsWith("day", StringComparison.OrdinalIgnoreCase) && char.IsUpper(_tokens[j].Text[0]);

    /// <summary>"both", "all" or "each" right after a pronoun or a noun: a quantifier floated after the subject it counts ("they both said").</summary>
    private bool IsFloatedQuantifier(int k, int a) =>
        k - 1 >= a && IsWord(k) && AttributionRules.FloatingQuantifiers.Contains(_tokens[k].Text) && IsWord(k - 1)
        && (AttributionRules.Pronouns.Contains(_tokens[k - 1].Text)
            || !AttributionRules.SourceBoundaries.Contains(_tokens[k - 1].Text) && !AttributionRules.Determiners.Contains(_tokens[k - 1].Text));

    /// <summary>The noun phrase that ends at token j, read leftwards: "city council spokeswoman Marta Kowalczyk", "she".</summary>
    private TextRange LeftSource(int j, int a, out int first, bool readAdjunct = true)
    {
        first = -1;
        if (j < a) return TextRange.None;
        // "they both said", "the two officials all said": a quantifier floated after the subject is no part of it.
        if (IsFloatedQuantifier(j, a)) return LeftSource(j - 1, a, out first, readAdjunct);
        if (IsWord(j) && AttributionRules.Pronouns.Contains(_tokens[j].Text))
        {
            first = j;
            return Range(j, j + 1);
        }
        // "Smith, a spokesman for the agency, said": the name before the appositive is the source.
        if (Is(j, ",")) return InversionFollows(j + 1) ? TextRange.None : AppositiveSource(j, a, out first);
        if (Is(j, ")"))
        {
            // "Sen. Rand Paul (R-Ky.) said": a short parenthetical after the name belongs to the source.
            var open = j - 1;
            while (open >= Math.Max(a, j - MaxParentheticalTokens) && !Is(open, "(") && !Is(open, ")")) open--;
            if (open <= a || !Is(open, "(") || !char.IsUpper(_tokens[open - 1].Text[0])) return TextRange.None;
            var name = LeftSource(open - 1, a, out first);
            return name.IsEmpty ? TextRange.None : new TextRange(name.Start, _tokens[j].End);
        }
        var k = j;
        var count = 0;
        while (k >= a && count < MaxSourceWords)
        {
            if (IsPossessive(k)) { k--; continue; }
            if (!IsWord(k))
            {
                // "Ruiz-Park", "Park & Lee", "a CNN/ORC poll": joined words are one phrase.
                if ((Is(k, "-") || Is(k, "&") || Is(k, "/")) && k - 1 >= a && IsWord(k - 1)) { k--; continue; }
                break;
            }
            var word = _tokens[k].Text;
            if (AttributionRules.Determiners.Contains(word))
            {
                count++;
                k--;
                // "critics of the plan": an "of" phrase keeps the phrase going.
                if (k - 1 >= a && (Is(k, "of") || Is(k, "for")) && IsWord(k - 1) && !AttributionRules.SourceBoundaries.Contains(_tokens[k - 1].Text)) { k--; continue; }
                // "a person familiar with the matter", "sources close to the campaign": the phrase goes on to its head.
                if (k - 1 >= a && IsSourcePostmodifier(k)) { k -= 2; continue; }
                break;
            }
            if (IsSourcePostmodifier(k) && k - 1 > a) { k -= 2; continue; }
            // "the Harbour Select Committee on Ferries", "Republicans in Congress": a body's or group's name goes on
            // through "on"/"in" to the capitalised name it is of.
            if ((word == "on" || word == "in") && k - 1 > a && count > 0 && IsWord(k - 1) && char.IsUpper(_tokens[k + 1].Text[0])
                && char.IsUpper(_tokens[k - 1].Text[0]) && AttributionRules.NamedBodyHeads.Contains(_tokens[k - 1].Text)) { k--; continue; }
            if (AttributionRules.SourceBoundaries.Contains(word) || AttributionRules.Pronouns.Contains(word) && count > 0) break;
            count++;
            k--;
        }
        var start = k + 1;
        while (start <= j && (Is(start, "of") || Is(start, "for") || IsPossessive(start))) start++;
        if (start > j) return TextRange.None;
        // "…; most said they were worried", "…, another says there are 1,800": a quantifier standing for a group named before.
        if (start == j && IsQuantifierSubject(j, a))
        {
            first = j;
            return Range(j, j + 1);
        }
        if (!HasNounLikeEnd(j)) return TextRange.None;
        if (readAdjunct && AdjunctSubject(start, j, a) is { IsEmpty: false } subject)
        {
            first = FirstTokenAt(subject.Start);
            return subject;
        }
        first = start;
        return Range(start, j + 1);
    }

    /// <summary>
    /// "an arbitration panel in 2001 found", "Okafor in a radio interview appeared", "a poll released in late August
    /// found": the phrase <paramref name="start"/>..<paramref name="j"/> is a short time or place adjunct after a preposition,
    /// and the subject is the noun phrase before it (a participle such as "released" read past), when that phrase opens its
    /// clause; else none.
    /// </summary>
    private TextRange AdjunctSubject(int start, int j, int a)
    {
        var p = start - 1;
        if (p - 1 < a || j - start + 1 > AttributionRules.MaxSubjectAdjunctWords || !IsWord(p) || !char.IsLower(_tokens[p].Text[0])
            || !AttributionRules.SubjectAdjunctPrepositions.Contains(_tokens[p].Text)) return TextRange.None;
        var end = p - 1;
        // "a poll released in May": the reduced relative's participle is read past.
        if (end - 1 >= a && IsWord(end) && char.IsLower(_tokens[end].Text[0]) && _tokens[end].Text.EndsWith("ed", StringComparison.Ordinal)
            && !AttributionRules.ReportingVerbs.Contains(_tokens[end].Text)) end--;
        if (!IsWord(end) || AttributionRules.SourceBoundaries.Contains(_tokens[end].Text) && !AttributionRules.Pronouns.Contains(_tokens[end].Text)) return TextRange.None;
        if (AttributionRules.Pronouns.Contains(_tokens[end].Text))
            return end == a || OpensClause(end - 1) ? Range(end, end + 1) : TextRange.None;
        var head = LeftSource(end, a, out var headFirst, readAdjunct: false);
        if (head.IsEmpty || !(headFirst == SkipDateline(a, end) || OpensClause(headFirst - 1))) return TextRange.None;
        // "the exit polls in North Dakota": a named place, no time, qualifies the noun and is part of the source.
        return IsNamedPlace(start, j + 1) ? new TextRange(head.Start, _tokens[j].End) : head;
    }

    /// <summary>Capitalised words only, none a weekday, a month or another time word, and no digits ("New Hampshire", not "May", "2019").</summary>
    private bool IsNamedPlace(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (Is(k, "the")) continue;
            if (!IsWord(k) || !char.IsUpper(_tokens[k].Text[0]) || IsWeekday(k) || AttributionRules.TimeAdjunctWords.Contains(_tokens[k].Text)
                || _tokens[k].Text.Any(char.IsDigit)) return false;
        }
        return end > first;
    }

    /// <summary>Whether token <paramref name="k"/> ends a clause, so a subject may follow it: a comma, "and", "but", a semicolon.</summary>
    private bool OpensClause(int k) => Is(k, ",") || Is(k, ";") || Is(k, "and") || Is(k, "but") || IsClosingMark(k);

    /// <summary>
    /// The phrase a relative pronoun at <paramref name="j"/> refers to ("Sen. Jo Park[, who]", "the agency[, which]"); empty
    /// when <paramref name="j"/> is no relative pronoun or nothing a source could be comes before it.
    /// </summary>
    private TextRange RelativeAntecedent(int j, int a, out int first)
    {
        first = -1;
        if (j <= a || !IsWord(j) || !AttributionRules.RelativePronouns.Contains(_tokens[j].Text)) return TextRange.None;
        var end = Is(j - 1, ",") ? j - 2 : j - 1;
        if (end < a || !IsWord(end) || AttributionRules.Pronouns.Contains(_tokens[end].Text)) return TextRange.None;
        // "“…,” said Peter Morgan, a lawyer, who has been challenging …": a relative clause after a quote's speaker describes
        // the speaker; the quote that continues after it is still theirs.
        for (var k = a; k < j; k++)
            if (IsClosingMark(k)) return TextRange.None;
        return LeftSource(end, a, out first);
    }

    /// <summary>
    /// "senior scientist Ana Ruiz", "lead author Ana Ruiz": lower-case role words, then only capitalised words up to
    /// <paramref name="end"/>, no determiner or preposition among them. Such a phrase names a person before an appositive;
    /// "the attorney general of Oklahoma" or "president of the Teachers Union" is a description, itself an appositive.
    /// </summary>
    private bool IsRoleBeforeName(int first, int end)
    {
        var k = first;
        while (k < end && IsWord(k) && char.IsLower(_tokens[k].Text[0]) && !AttributionRules.Determiners.Contains(_tokens[k].Text)
            && !AttributionRules.SourceBoundaries.Contains(_tokens[k].Text) && !Is(k, "of") && !Is(k, "for")) k++;
        if (k == first || k == end) return false;
        for (; k < end; k++)
            if (!IsWord(k) || !char.IsUpper(_tokens[k].Text[0])) return false;
        return true;
    }

    private TextRange AppositiveSource(int comma, int a, out int first)
    {
        first = -1;
        // "Smith, 69, a lawyer who …, said": find the comma that opens the appositive, then the phrase before it.
        for (var k = comma - 1; k >= Math.Max(a, comma - MaxAppositiveTokens); k--)
        {
            if (Is(k, "that") || Is(k, ":") || Is(k, ";") || IsClosingMark(k) || IsOpeningMark(k)) return TextRange.None;
            if (!Is(k, ",")) continue;
            if (k + 1 >= comma) return TextRange.None;
            var name = LeftSource(k - 1, a, out var nameFirst);
            if (name.IsEmpty || !char.IsUpper(_tokens[nameFirst].Text[0]) && !AttributionRules.Pronouns.Contains(_tokens[nameFirst].Text)
                && !IsRoleBeforeName(nameFirst, k)) continue;
            // The phrase before must start its clause, or the comma was a list or a clause break.
            if (nameFirst > a && !(Is(nameFirst - 1, ",") || Is(nameFirst - 1, "—") || IsClosingMark(nameFirst - 1) || Is(nameFirst - 1, "and") || Is(nameFirst - 1, "but"))) continue;
            first = nameFirst;
            return new TextRange(name.Start, _tokens[comma - 1].End);
        }
        return TextRange.None;
    }

    /// <summary>
    /// "Ana Ruiz, 61, who runs the bakery, said the rent …": the sentence opens with a name set off by a comma, so what
    /// stands before the cue is its subject and an aside, not a reported clause ahead of an inverted source.
    /// </summary>
    private bool NamedSubjectSetOff(int a, int p)
    {
        var subject = SentenceSubject(a, p);
        if (subject.IsEmpty) return false;
        var k = FirstTokenAt(subject.Start);
        var e = FirstTokenAt(subject.End);
        if (e + 1 >= p || !Is(e, ",") || !IsWord(k) || !char.IsUpper(_tokens[k].Text[0]) || AttributionRules.Determiners.Contains(_tokens[k].Text)
            || AttributionRules.Pronouns.Contains(_tokens[k].Text)) return false;
        // "Specifically, …", "Later, …": a lone sentence adverb is no name.
        if (e == k + 1 && (_tokens[k].Text.EndsWith("ly", StringComparison.Ordinal) || AttributionRules.SourceBoundaries.Contains(_tokens[k].Text)
            || AttributionRules.TimeAdjunctWords.Contains(_tokens[k].Text))) return false;
        // The aside is an age, an appositive or a relative clause ("Ana Ruiz, 61, …", "…, a baker who …", "…, whose …"),
        // not the next item of a list ("Turkey, Poland and Saba have …").
        var aside = _tokens[e + 1].Text;
        return char.IsDigit(aside[0]) || aside is "a" or "an" or "the" or "whose" || AttributionRules.RelativePronouns.Contains(aside);
    }

    /// <summary>
    /// "Ana Ruiz, host of KBS's “Harbour Talk,” said …": a quote that closes on a comma right before the cue, inside an aside
    /// set off after a capitalised subject that opens the sentence, is a title in the aside, not speech before an inverted
    /// source.
    /// </summary>
    private bool TitleInAsideBefore(int a, int p)
    {
        if (p - 1 <= a || !IsClosingMark(p) || !Is(p - 1, ",") || QuoteEndingAt(_tokens[p].End) is not { IsEmpty: false } quote) return false;
        var opening = FirstTokenAt(quote.Start);
        var subject = SentenceSubject(a, opening);
        if (subject.IsEmpty) return false;
        var k = FirstTokenAt(subject.Start);
        var e = FirstTokenAt(subject.End);
        return k == SkipDateline(a, p) && e + 1 < opening && Is(e, ",") && IsWord(k) && char.IsUpper(_tokens[k].Text[0])
            && !AttributionRules.Determiners.Contains(_tokens[k].Text) && !AttributionRules.Pronouns.Contains(_tokens[k].Text)
            && IsWord(e + 1) && char.IsLower(_tokens[e + 1].Text[0]);
    }

    /// <summary>
    /// Whether the words before the cue's comma at <paramref name="p"/> are an aside that gives examples of a noun
    /// ("Fishing firms, including Nordhavn, declared …", "…, such as the ferry line, said …"): the noun is the cue's
    /// subject, so what precedes is no reported clause and nothing after the cue is its source.
    /// </summary>
    private bool ExampleAsideBefore(int a, int p)
    {
        for (var k = p - 1; k > a; k--)
        {
            if (!Is(k, ",") || InsideQuote(_tokens[k].Start)) continue;
            return k + 1 < p && AttributionRules.ExampleAsideOpeners.Contains(_tokens[k + 1].Text);
        }
        return false;
    }

    /// <summary>"…, said John Smith." — a cue right after a comma, followed by a phrase that ends the clause.</summary>
    private bool InversionFollows(int cueIndex)
    {
        if (cueIndex >= _tokens.Count || !AttributionRules.ReportingVerbs.Contains(_tokens[cueIndex].Text)) return false;
        var source = RightSource(cueIndex + 1, _tokens.Count, out var end);
        return !source.IsEmpty && (end >= _tokens.Count || !IsWord(end) || IsWeekday(end) || Is(end, "on") || Is(end, "in"));
    }

    /// <summary>
    /// The source of an inverted cue ("…, said Smith." / "“…,” said a spokesman in a statement"): after a comma it
    /// must end its clause, or "said they were …" would make a subject of the reported clause.
    /// </summary>
    private TextRange InvertedSourceAt(int k, int b, bool afterQuote, out int end)
    {
        var source = RightSource(k, b, out end);
        // "…, said she wanted change": a pronoun that more words follow is the reported clause's subject, not an inverted source.
        if (!source.IsEmpty && IsWord(k) && AttributionRules.Pronouns.Contains(_tokens[k].Text) && end > k + 1)
        {
            end = -1;
            return TextRange.None;
        }
        if (source.IsEmpty || afterQuote) return source;
        if (end >= b || !IsWord(end) || IsWeekday(end) || AttributionRules.AdjunctPrepositions.Contains(_tokens[end].Text) || Is(end, "and")) return source;
        end = -1;
        return TextRange.None;
    }

    /// <summary>The subject a participle cue shares: "Smith posted a video, saying …" → "Smith".</summary>
    private TextRange SentenceSubject(int a, int end)
    {
        var k = SkipDateline(a, end);
        // A joining word opens the sentence ("Yet economists … say"), not the subject; "Yet another …" is a determiner.
        while (k < end && (Is(k, "but") || Is(k, "and") || Is(k, "so") || Is(k, "then") || Is(k, "yet") && k + 1 < end && !Is(k + 1, "another"))) k++;
        // "On Monday, Smith …": an opening phrase up to a comma is not the subject.
        // A phrase opened by a preposition or participle may run longer than one that names a time; a few may follow one
        // another ("Last winter, after the storm had passed, the harbour master …").
        for (var phrase = 0; phrase < AttributionRules.MaxOpeningAdjuncts && k < end; phrase++)
        {
            var opening = IsOpeningAdjunct(k);
            var skipped = false;
            for (var c = k; c < Math.Min(end, k + (opening ? AttributionRules.MaxOpeningAdjunctTokens : 8)); c++)
                if (Is(c, ",")) { if (opening || HasTimeWord(k, c)) { k = c + 1; skipped = true; } break; }
            if (!skipped) break;
        }
        // "On Tuesday, however, Trump …": a sentence adverb set off by commas.
        if (k + 1 < end && IsWord(k) && AttributionRules.SourceBoundaries.Contains(_tokens[k].Text) && Is(k + 1, ",")) k += 2;
        if (k >= end) return TextRange.None;
        if (IsWord(k) && AttributionRules.Pronouns.Contains(_tokens[k].Text)) return Range(k, k + 1);
        // A name ("Former Secretary of State Hillary Clinton") or a determiner and its noun ("The campaign").
        var e = k;
        if (AttributionRules.Determiners.Contains(_tokens[e].Text))
        {
            e++;
            if (e < end && IsWord(e) && !AttributionRules.SourceBoundaries.Contains(_tokens[e].Text)) e++;
            while (e < end && IsWord(e) && char.IsUpper(_tokens[e].Text[0])) e++;
            // "The presidential candidates", "the Vermont senator", "the party's platform": the noun after the modifier the
            // read took, when no verb's object follows it.
            if (e < end && IsPossessive(e))
            {
                e++;
                // "the People’s Daily, the …, warned": capitalised words after the possessive go on with the name.
                while (e < end && IsWord(e) && char.IsUpper(_tokens[e].Text[0])) e++;
            }
            if (e + 1 < end && IsNounAfterModifier(e, end)) e++;
        }
        else
        {
            while (e < end && (IsWord(e) && char.IsUpper(_tokens[e].Text[0]) || IsPossessive(e) || Is(e, "of") && e + 1 < end && char.IsUpper(_tokens[e + 1].Text[0]))) e++;
            // "New polls", "Democratic leaders": one capitalised modifier before a common noun; not "Trump went on", "Mr. Trump
            // struck a …", "Mayor Tom Berg stood, …", where a verb follows the name.
            if (e == k + 1 && e < end && IsWord(e) && char.IsLower(_tokens[e].Text[0]) && HasNounLikeEnd(e) && !Is(e + 1, ",")
                && !AttributionRules.SourceBoundaries.Contains(_tokens[e].Text) && !AttributionRules.VerbModifiers.Contains(_tokens[e].Text)
                && !AttributionRules.ReportingVerbs.Contains(_tokens[e].Text) && !StartsObject(e + 1, end)) e++;
        }
        return e > k && e - k <= MaxSourceWords ? Range(k, e) : TextRange.None;
    }

    /// <summary>
    /// Whether the lower-case word <paramref name="e"/> reads as a noun after a modifier ("the Vermont [senator]", "the
    /// party's [platform]", "The presidential [candidates]"), not as the verb after a one-word subject ("The discord left").
    /// </summary>
    private bool IsNounAfterModifier(int e, int end) =>
        IsModifier(e - 1) && IsWord(e) && char.IsLower(_tokens[e].Text[0]) && HasNounLikeEnd(e) && !Is(e + 1, ",")
        && !AttributionRules.AdjunctPrepositions.Contains(_tokens[e].Text) && !Is(e, "of") && !Is(e, "for")
        && !AttributionRules.SourceBoundaries.Contains(_tokens[e].Text) && !AttributionRules.VerbModifiers.Contains(_tokens[e].Text)
        && !AttributionRules.ReportingVerbs.Contains(_tokens[e].Text) && !AttributionRules.FiniteAuxiliaries.Contains(_tokens[e].Text)
        && !StartsObject(e + 1, end);

    /// <summary>A capitalised word, a possessive or an adjective by its list or ending ("Vermont", "’s", "new", "presidential", "civic").</summary>
    private bool IsModifier(int k)
    {
        if (IsPossessive(k)) return true;
        if (!IsWord(k)) return false;
        var word = _tokens[k].Text;
        return char.IsUpper(word[0]) || AttributionRules.PrenominalAdjectives.Contains(word)
            || word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal);
    }

    /// <summary>Whether token <paramref name="k"/> opens what follows a verb: a determiner, a pronoun or a preposition ("went [on]", "struck [a] tone").</summary>
    private bool StartsObject(int k, int end) =>
        k < end && IsWord(k) && char.IsLower(_tokens[k].Text[0]) && (AttributionRules.Determiners.Contains(_tokens[k].Text)
            || AttributionRules.Pronouns.Contains(_tokens[k].Text) || AttributionRules.AdjunctPrepositions.Contains(_tokens[k].Text) || Is(k, "on"));

    /// <summary>
    /// Whether the sentence's first word <paramref name="k"/> opens an adjunct rather than its subject: a conjunction or
    /// preposition ("On Monday, …", "For weeks, …") or a participle before a lower-case word ("Chastened by the polls, …";
    /// not a name such as "Manning, …").
    /// </summary>
    private bool IsOpeningAdjunct(int k)
    {
        var word = _tokens[k].Text;
        return AttributionRules.SourceBoundaries.Contains(word) || AttributionRules.AdjunctPrepositions.Contains(word)
            || word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) 
            && k + 1 < _tokens.Count && IsWord(k + 1) && char.IsLower(_tokens[k + 1].Text[0]);
    }

    /// <summary>
    /// "a few days later", "Earlier Wednesday", "One month after …": a phrase that names a time before any preposition is an
    /// adjunct; "The attacks in Paris on Friday, …" is a subject whose time lies in its prepositional phrase.
    /// </summary>
    private bool HasTimeWord(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (IsWeekday(k) || IsWord(k) && AttributionRules.TimeAdjunctWords.Contains(_tokens[k].Text)) return true;
            if (IsWord(k) && char.IsLower(_tokens[k].Text[0]) && AttributionRules.AdjunctPrepositions.Contains(_tokens[k].Text)) return false;
        }
        return false;
    }

    /// <summary>The source after an inverted cue: "said Kowalczyk", "said a senior official".</summary>
    private TextRange RightSource(int k, int b, out int end)
    {
        end = -1;
        var start = k;
        var count = 0;
        while (k < b && count < MaxSourceWords)
        {
            if (IsPossessive(k) || (Is(k, "-") || Is(k, "&")) && count > 0) { k++; continue; }
            if (!IsWord(k)) break;
            var word = _tokens[k].Text;
            if (AttributionRules.Determiners.Contains(word) && count > 0 && !Is(k - 1, "of") && !Is(k - 1, "for")) break;
            // Mid-sentence capitals are names ("said Will Doyle"), not the modal or preposition they spell.
            if (AttributionRules.SourceBoundaries.Contains(word) && !char.IsUpper(word[0]) && !(count == 0 && AttributionRules.Determiners.Contains(word))) break;
            if (count > 0 && (IsWeekday(k) || AttributionRules.CueAdjuncts.Contains(word) && !AttributionRules.Determiners.Contains(word))) break;
            // "…,” Jo Park said of the plan": "of" after a cue opens what the speech is about, not a source.
            if (count == 0 && (IsWeekday(k) || char.IsLower(word[0]) && (AttributionRules.AdjunctPrepositions.Contains(word) || word == "of"))) break;
            count++;
            k++;
        }
        while (k > start && (Is(k - 1, "of") || Is(k - 1, "for") || AttributionRules.Determiners.Contains(_tokens[k - 1].Text))) k--;
        if (k <= start) return TextRange.None;
        end = k;
        return Range(start, k);
    }

    private bool HasNounLikeEnd(int j)
    {
        if (!IsWord(j) || AttributionRules.Determiners.Contains(_tokens[j].Text) || AttributionRules.PrenominalAdjectives.Contains(_tokens[j].Text)
            || AttributionRules.PredicateAdjectives.Contains(_tokens[j].Text)) return false;
        var word = _tokens[j].Text;
        // "…ly", "…ing", "…ed" in lower case end adverbs and verbs, not the noun a source needs.
        return !char.IsLower(word[0]) || !(word.EndsWith("ly", StringComparison.Ordinal) && !AttributionRules.LyNouns.Contains(word)
            || word.EndsWith("ing", StringComparison.Ordinal) && !AttributionRules.IngNouns.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal));
    }

    // ---- Contents ----------------------------------------------------------------------------

    private Attribution? According(CueMatch cue, int a, int b, out Attribution? rest)
    {
        rest = null;
        var source = RightSource(cue.End, b, out var sourceEnd);
        if (source.IsEmpty) return null;
        // "according to a poll taken last week", "… conducted by the institute for the council": the read stopped at the
        // participle's clause, which PolNeAR marks as part of the source up to the clause's end.
        if (IsReducedParticiple(sourceEnd - 1) && ReducedClauseEnd(sourceEnd, b) is var clauseEnd and > 0)
        {
            source = new TextRange(source.Start, _tokens[clauseEnd - 1].End);
            sourceEnd = clauseEnd;
        }
        var cueRange = new TextRange(_tokens[cue.First].Start, _tokens[cue.End - 1].End);
        var leading = cue.First - a;
        if (leading <= 1)
        {
            // "According to X, …": the content is the rest of the sentence.
            var k = sourceEnd;
            while (k < b && !Is(k, ",")) k++;
            if (k >= b - 1) return null;
            var content = Trim(k + 1, b);
            // "According to X, “… . …”": a quote that opens the content runs on past the sentence's end.
            if (!content.IsEmpty && IsOpeningMark(FirstTokenAt(content.Start))) content = ExtendToQuote(content);
            return content.IsEmpty ? null : new Attribution(content, cueRange, source);
        }
        var end = cue.First;
        if (end - 1 >= a && Is(end - 1, ",")) end--;
        var before = ContentBefore(end, a);
        // "…, saying that critics should “look elsewhere,” according to X": a quote that closes a clause of the sentence
        // rather than opening it is not all X reports, and the clause it closes is already another cue's content.
        if (!before.IsEmpty && FirstTokenAt(before.Start) > SkipDateline(a, end) && IsClosingMark(LastTokenOf(before))) return null;
        if (before.IsEmpty) return null;
        // "Over the long term, according to X, the deficit will grow": a phrase with no verb of its own opens the sentence
        // the aside interrupts, and what X reports runs on past the source to the sentence's end.
        if (end == cue.First - 1 && sourceEnd + 1 < b && Is(sourceEnd, ",") && !HasVerbOrAuxiliary(FirstTokenAt(before.Start), end)
            && Trim(sourceEnd + 1, b) is { IsEmpty: false } after && Words(after) >= MinContentWords && HasVerbOrAuxiliary(FirstTokenAt(after.Start), b))
            rest = new Attribution(after, cueRange, source, Continues: true);
        return new Attribution(before, cueRange, source);
    }

    /// <summary>Whether a finite auxiliary or a finite verb stands outside quotes among tokens first … end − 1.</summary>
    private bool HasVerbOrAuxiliary(int first, int end)
    {
        for (var m = first; m < end; m++)
            if (IsWord(m) && !InsideQuote(_tokens[m].Start) && IsFiniteVerb(m)) return true;
        return false;
    }

    /// <summary>Whether the cue is followed by its content: "that", a colon, a quote or a clause.</summary>
    /// <summary>"that" opening a reported clause; not the determiner of "that night", "that week".</summary>
    // "that" then a finite auxiliary after a lower-case word other than a reporting verb opens a relative clause ("told
    // reporters after the meeting [that was held …]", "backed a plan [that would …]"), not a reported one.
    private bool IsComplementizer(int k) =>
        Is(k, "that") && !(k + 1 < _tokens.Count && AttributionRules.ThatTimeNouns.Contains(_tokens[k + 1].Text))
        && !(k > 0 && IsWord(k - 1) && char.IsLower(_tokens[k - 1].Text[0]) && !AttributionRules.ReportingVerbs.Contains(_tokens[k - 1].Text)
            && k + 1 < _tokens.Count && AttributionRules.FiniteAuxiliaries.Contains(_tokens[k + 1].Text));

    /// <summary>
    /// Whether an ", as X said" aside whose cue ends at <paramref name="k"/> and opens after token <paramref name="comma"/>
    /// reports the clause before it: only a short adjunct ("on Tuesday") or punctuation follows the cue — not a clause or an
    /// infinitive ("as they continue to focus on …"); a quote after its comma is what was said (checked by the caller) — and the words before the comma do not stop inside a verb phrase the
    /// aside interrupts ("did not, as it had pledged, repair …").
    /// </summary>
    private bool AsideReportsBefore(int comma, int k, int b)
    {
        if (comma - 1 >= 0 && IsWord(comma - 1) && (AttributionRules.FiniteAuxiliaries.Contains(_tokens[comma - 1].Text) || Is(comma - 1, "not") || Is(comma - 1, "to"))) return false;
        if (k < b && (Is(k, "to") || Is(k, "that") || IsOpeningMark(k) || Is(k, ":"))) return false;
        return k >= b || !IsWord(k) || AttributionRules.AdjunctPrepositions.Contains(_tokens[k].Text) || IsWeekday(k) || AttributionRules.TimeAdjunctWords.Contains(_tokens[k].Text);
    }

    /// <summary>A reported clause ("that", a colon) within the words after the cue, or a quote mark opening right after it.</summary>
    private bool ClauseRightAfter(CueMatch cue)
    {
        if (IsOpeningMark(cue.End)) return true;
        var limit = Math.Min(_tokens.Count, cue.End + ThatLookahead);
        for (var k = cue.End; k < limit; k++)
        {
            if (IsComplementizer(k) || Is(k, ":")) return true;
            // "… Trump said before adding: …": a second cue's clause is not this one's.
            if (!IsWord(k) || k > cue.End && AttributionRules.ReportingVerbs.Contains(_tokens[k].Text)) return false;
        }
        return false;
    }

    private bool ContentFollows(CueMatch cue)
    {
        var k = cue.End;
        var limit = Math.Min(_tokens.Count, k + ThatLookahead);
        // "Asked about the toll, Berg said, “…”": a quote after the cue's comma is what was said, not the opening phrase.
        if (k + 1 < _tokens.Count && Is(k, ",") && IsOpeningMark(k + 1)) return true;
        for (; k < limit; k++)
        {
            if (IsComplementizer(k) || Is(k, ":")) return true;
            if (IsOpeningMark(k)) return true;
            if (!IsWord(k)) return false;
        }
        return false;
    }

    /// <summary>Whether a clause (not an adjunct like "at a rally" or "Tuesday") follows the cue.</summary>
    private bool ClauseFollows(CueMatch cue, int b)
    {
        var k = cue.End;
        // "said Friday afternoon, as …": time words after the cue, then a comma, are an adjunct, not a reported clause.
        while (k < b && (IsWeekday(k) || Is(k, "today") || Is(k, "yesterday") || AttributionRules.TimesOfDay.Contains(_tokens[k].Text))) k++;
        if (k >= b || !IsWord(k) || AttributionRules.AdjunctPrepositions.Contains(_tokens[k].Text)) return false;
        return WordCount(k, b) >= MinBeforeContentWords;
    }

    /// <summary>Whether the phrase a..<paramref name="p"/> (before it) holds no comma or finite verb, so token p lies in the sentence's opening phrase.</summary>
    private bool OpensSentence(int a, int p)
    {
        for (var k = a; k < p; k++)
            if (Is(k, ",") || IsFiniteVerb(k)) return false;
        return true;
    }

    private int FirstCommaOutsideQuotes(int from, int b)
    {
        for (var k = from; k < b; k++)
            if (Is(k, ",") && !InsideQuote(_tokens[k].Start)) return k;
        return b;
    }

    private bool ClauseAfter(TextRange content)
    {
        if (content.IsEmpty) return false;
        var k = FirstTokenAt(content.Start);
        return k < _tokens.Count && (Is(k, "that") || IsOpeningMark(k) || AttributionRules.QuestionWords.Contains(_tokens[k].Text));
    }

    private TextRange ContentAfter(CueMatch cue, int b)
    {
        var s = cue.End;
        // "When asked, Ruiz said …": a cue that a subordinator opens and a comma closes is a clause of its own; what
        // follows the comma is the sentence's main clause, which reports for itself.
        if (cue.First > 0 && AttributionRules.CueClauseSubordinators.Contains(_tokens[cue.First - 1].Text) && s < b && Is(s, ",")) return TextRange.None;
        if (cue.NeedsObject)
        {
            // "told reporters", "told The Associated Press", "told CNN's …": the listener is not content.
            var k = s;
            while (k < b && k < s + 6 && (IsPossessive(k) || IsWord(k) && (AttributionRules.Listeners.Contains(_tokens[k].Text) || char.IsUpper(_tokens[k].Text[0])))) k++;
            s = k;
        }
        var limit = Math.Min(b, s + ThatLookahead);
        for (var k = s; k < limit; k++)
        {
            if (IsComplementizer(k)) { s = k; break; }
            if (!IsWord(k) && !IsPossessive(k)) break;
        }
        while (s < b && (Is(s, ":") || Is(s, ",")) ) s++;
        // "“…!” Trump tweeted, quoting Comey's statement": a participle cue after the comma reports for itself.
        if (s < b && s > cue.End && Is(s - 1, ",") && IsParticiple(s) && (AttributionRules.ReportingVerbs.Contains(_tokens[s].Text) || CueScore(s) > 0)) return TextRange.None;
        while (s < b && (IsWeekday(s) || Is(s, "today") || Is(s, "yesterday") || Is(s, "on") && s + 1 < b && IsWeekday(s + 1))) s++;
        // "talking about [the plan]": a preposition right after the cue is part of the cue, not of its object.
        if (cue.ObjectContent && s == cue.End && s + 1 < b && IsCueParticle(s)) s++;
        // "raised questions about [the deal]": a stance noun and its preposition are part of the cue too.
        else if (cue.ObjectContent && s == cue.End && StancePhraseEnd(s, b) is var stance && stance > 0) s = stance + 1;
        if (s >= b) return TextRange.None;
        var end = b;
        // "…said the timing was not intentional; they only learned …": a semicolon outside quotes ends the reported clause.
        for (var k = s + 1; k < b; k++)
            if (Is(k, ";") && !InsideQuote(_tokens[k].Start)) { end = k; break; }
        // A coordinated second cue ("…, but noted that …", "…, adding …") ends this content.
        for (var k = s + 1; k < b; k++)
        {
            // "… as a “breach of trust,” according to …", "… “unfair,” adding …": a comma inside the closing mark ends the
            // clause before a second cue as one outside does.
            if (IsClosingMark(k) && Is(k - 1, ",") && k + 1 < b
                && (Is(k + 1, "according") && k + 2 < b && Is(k + 2, "to")
                    || AttributionRules.ReportingVerbs.Contains(_tokens[k + 1].Text) && IsParticiple(k + 1) && CueScore(k + 1) > LearnedOnlyMargin))
            {
                end = k + 1;
                break;
            }
            // "said the town had lost its way: “We …,” he claimed": a quote after a colon that closes on a comma and then
            // takes a speaker of its own is that speaker's, so this clause ends at the colon.
            if (Is(k, ":") && !InsideQuote(_tokens[k].Start) && TaggedQuoteAt(k + 1, b)) { end = k; break; }
            if (InsideQuote(_tokens[k].Start)) continue;
            // "…, while critics argue …": a contrasting clause is the reporter's, not the source's.
            // Not a concessive aside the commas close ("a crucial, though brief, opportunity", "possible, though not likely, that …").
            if (Is(k, ",") && k + 1 < b && AttributionRules.ContrastWords.Contains(_tokens[k + 1].Text) && !(AttributionRules.ConcessiveWords.Contains(_tokens[k + 1].Text) && ClosedAsideAfter(k + 1, b))) { end = k; break; }
            // "…, though she noted …": a subordinate clause with its own subject and reporting verb is that subject's report,
            // not right after a short opening ("that, because X testified …" still belongs to the first clause).
            if (Is(k, ",") && k + 2 < b && k - s >= MinClauseWordsBeforeSubordinator && AttributionRules.SecondReportSubordinators.Contains(_tokens[k + 1].Text)
                && SecondSubjectCueAt(k + 2, b)) { end = k; break; }
            // "called it “unfair,” and his aides have …": a quote that closes on a comma, then a new clause.
            if ((Is(k, "and") || Is(k, "but")) && IsClosingMark(k - 1) && Is(k - 2, ",") && NewClauseAt(k + 1, b)) { end = k; break; }
            // "questioned the plan and refused to …": an object content ends where its subject's next predicate begins.
            if (cue.ObjectContent && Is(k, "and") && k + 1 < b && IsWord(k + 1) && char.IsLower(_tokens[k + 1].Text[0])
                && (IsFiniteVerb(k + 1) || _tokens[k + 1].Text.EndsWith("ed", StringComparison.Ordinal))) { end = Is(k - 1, ",") ? k - 1 : k; break; }
            // "said she values his patience and praised their …", "praised the plan but downplayed …": a verb after
            // "and"/"but" that the classifier reads as a cue is the subject's next report (listed verbs end the clause below).
            if ((Is(k, "and") || Is(k, "but")) && CoordinatedCueAt(k + 1, b)) { end = Is(k - 1, ",") ? k - 1 : k; break; }
            if (!(Is(k, ",") || Is(k, "and") || Is(k, "but"))) continue;
            var next = k + 1;
            while (next < b && (Is(next, "and") || Is(next, "but") || AttributionRules.VerbModifiers.Contains(_tokens[next].Text) && IsWord(next))) next++;
            // "federal and [state] law": a listed verb the classifier takes for no cue is a noun or adjective, not a second cue.
            if (next < b && (AttributionRules.ReportingVerbs.Contains(_tokens[next].Text) && CueScore(next) > LearnedOnlyMargin && (Is(k, ",") ? IsParticiple(next) || Is(k + 1, "and") || Is(k + 1, "but") : true)
                || Is(next, "according") && next + 1 < b && Is(next + 1, "to")))
            {
                end = k;
                break;
            }
            // "…, but many corporations have found …": a new clause with its own subject and finite verb.
            if (Is(k, ",") && (Is(k + 1, "and") || Is(k + 1, "but")) && NewClauseAt(k + 2, b))
            {
                end = k;
                break;
            }
            // "…, and Democrats accused …", "… but she added …": a second subject with its own cue.
            if ((Is(k, "and") || Is(k, "but") || Is(k, ",") && (Is(k + 1, "and") || Is(k + 1, "but"))) && SecondSubjectCueAt(Is(k, ",") ? k + 2 : k + 1, b))
            {
                end = k;
                break;
            }
        }
        // An object content ("praised the schedule | , which the board approved …") ends where the model cuts it; it
        // never lengthens it. A reported clause ("say that …") runs to its sentence end, and quoted words stay whole.
        if (_contentEnds is not null && cue.ObjectContent && !HasQuote(s, end)) end = _contentEnds.BestEnd(_tokens, _wordHashes, cue.First, s, end, InsideQuote, k => SeriesContinuesAfter(k, end)) + 1;
        // "shouted “Not again!” at the referee", "chanted “No tolls!” and marched on": an object that is a quote ends with
        // it when a phrase or clause opens after it (the model, which never cuts where quotes are, leaves these whole).
        else if (cue.ObjectContent && QuoteOpeningAt(s) is var closed && closed > s && closed < end)
        {
            var next = Is(closed, ",") ? closed + 1 : closed;
            if (next < end && AttributionRules.ContentBreakWords.Contains(_tokens[next].Text)) end = closed;
        }
        // "called him “a savage,” a nod to …": after a short object, a quote set off by its comma ends the content before an
        // appositive or a new phrase the reporter adds.
        else if (cue.ObjectContent && QuoteAfterShortObject(s, end) is var mark && mark > s && QuoteOpeningAt(mark) is var shut && shut > mark && shut < end
            && (Is(shut, ",") || Is(shut - 2, ",") && IsClosingMark(shut - 1)))
        {
            var next = Is(shut, ",") ? shut + 1 : shut;
            // "a “nasty guy,” an “anchor baby” and …": an article before another quote continues a list of what was said.
            if (next < end && (AttributionRules.ContentBreakWords.Contains(_tokens[next].Text)
                || AttributionRules.AppositiveOpeners.Contains(_tokens[next].Text) && !(next + 1 < end && IsOpeningMark(next + 1)))) end = shut;
        }
        var content = Trim(s, end);
        return ExtendToQuote(content);
    }

    /// <summary>
    /// The preposition that closes a stance noun's phrase opening at <paramref name="s"/> ("questions about", "the case for",
    /// "some kind words about"), when a content follows it in the sentence [.., b); else −1.
    /// </summary>
    private int StancePhraseEnd(int s, int b)
    {
        for (var k = s; k < b - 2 && k <= s + AttributionRules.MaxStanceModifiers; k++)
        {
            if (!IsWord(k) || InsideQuote(_tokens[k].Start)) return -1;
            if (AttributionRules.StanceNounPrepositions.TryGetValue(_tokens[k].Text, out var prepositions))
                return prepositions.Contains(_tokens[k + 1].Text) && IsWord(k + 2) ? k + 1 : -1;
            // Modifiers before the noun: determiners and lower-case adjectives, no clause or phrase break. A possessive makes
            // the phrase the content ("rescinded [his endorsement of Trump]", "praised [Rubio's positions on …]").
            if (IsPossessive(k + 1) || AttributionRules.PossessiveDeterminers.Contains(_tokens[k].Text) || char.IsUpper(_tokens[k].Text[0])
                || AttributionRules.ContentBreakWords.Contains(_tokens[k].Text) || AttributionRules.CueParticles.Contains(_tokens[k].Text)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// "said [on Twitter]", "wrote [on his blog]", "said [in response]": a short phrase opened by "in", "on" or "at" after a
    /// cue says where or how it was said, not what. On a validation slice of PolNeAR train, 8 of 9 such contents of three
    /// words or fewer match no gold content.
    /// </summary>
    private bool IsPlaceAdjunct(TextRange content)
    {
        var first = FirstTokenAt(content.Start);
        return first < _tokens.Count && AttributionRules.PlaceAdjunctOpeners.Contains(_tokens[first].Text) && char.IsLower(_tokens[first].Text[0])
            && Words(content) <= AttributionRules.MaxPlaceAdjunctWords && !IsQuoted(content);
    }

    private bool IsCueParticle(int k) => IsWord(k) && AttributionRules.CueParticles.Contains(_tokens[k].Text);

    /// <summary>A subject (a pronoun, or a short phrase opened by a determiner or a capital) and then a finite verb or auxiliary.</summary>
    private bool NewClauseAt(int k, int b)
    {
        if (k >= b || !IsWord(k)) return false;
        var word = _tokens[k].Text;
        // "…, but there is growing anger …": an expletive subject opens a clause as a pronoun does.
        if (AttributionRules.Pronouns.Contains(word) || AttributionRules.ExpletiveSubjects.Contains(word)) return k + 1 < b && IsFiniteVerb(k + 1);
        if (!AttributionRules.Determiners.Contains(word) && !char.IsUpper(word[0])) return false;
        for (var m = k + 1; m < Math.Min(b, k + 1 + MaxNewClauseSubjectWords); m++)
        {
            if (!IsWord(m) && !IsPossessive(m) || InsideQuote(_tokens[m].Start)) return false;
            if (IsFiniteVerb(m)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a comma after token <paramref name="k"/> opens the next item of a series that "and"/"or" closes within a few
    /// words ("resisted [the fare rises, several safety rules and the timetable]", "accused X of [covering up, delaying, and
    /// withholding …]"): the content-end model may not cut there. Not before a clause, an appositive ("a", "an") or a pronoun.
    /// </summary>
    private bool SeriesContinuesAfter(int k, int end)
    {
        if (k + 2 >= end || !Is(k + 1, ",")) return false;
        var m = k + 2;
        if (!IsWord(m) || AttributionRules.ContentBreakWords.Contains(_tokens[m].Text) || AttributionRules.Pronouns.Contains(_tokens[m].Text)
            || AttributionRules.AppositiveOpeners.Contains(_tokens[m].Text)) return false;
        for (var words = 0; words < MaxSeriesItemWords && m < end; words++, m++)
        {
            if (Is(m, "and") || Is(m, "or") || Is(m, ",") && m + 1 < end && (Is(m + 1, "and") || Is(m + 1, "or"))) return words > 0;
            if (!IsWord(m) || AttributionRules.FiniteAuxiliaries.Contains(_tokens[m].Text) || AttributionRules.Pronouns.Contains(_tokens[m].Text)
                || words > 0 && AttributionRules.ContentBreakWords.Contains(_tokens[m].Text)) return false;
        }
        return false;
    }

    /// <summary>A lower-case verb, no auxiliary, that the classifier scores as a cue (within the margin for unlisted cues).</summary>
    private bool CoordinatedCueAt(int k, int b) =>
        k < b && _cueScore.Length > 0 && IsWord(k) && char.IsLower(_tokens[k].Text[0]) && !AttributionRules.FiniteAuxiliaries.Contains(_tokens[k].Text)
        && CueScore(k) > LearnedOnlyMargin;

    /// <summary>"Shifting monsoon patterns could affect …, he said": a gerund subject with a finite verb is a clause, unlike the opener "Speaking at a rally, …".</summary>
    private bool HasFiniteVerb(int first, int end)
    {
        for (var m = first + 1; m < end; m++)
            if (IsWord(m) && AttributionRules.FiniteAuxiliaries.Contains(_tokens[m].Text) && !InsideQuote(_tokens[m].Start)) return true;
        return false;
    }

    private bool IsFiniteVerb(int m) =>
        IsWord(m) && char.IsLower(_tokens[m].Text[0])
        && (AttributionRules.FiniteAuxiliaries.Contains(_tokens[m].Text) || AttributionRules.ReportingVerbs.Contains(_tokens[m].Text) && !IsParticiple(m) || CueScore(m) > 0 && _cueScore.Length > 0);

    /// <summary>Whether a comma closes the phrase that token <paramref name="k"/> opens within a few words, before more of the sentence.</summary>
    private bool ClosedAsideAfter(int k, int b)
    {
        for (var m = k + 1; m < Math.Min(b - 1, k + 1 + MaxContrastAsideWords); m++)
            if (Is(m, ",") && !InsideQuote(_tokens[m].Start)) return true;
        return false;
    }

    /// <summary>A short subject (a pronoun or up to three capitalised words) and then a lower-case reporting verb.</summary>
    private bool SecondSubjectCueAt(int k, int b)
    {
        if (k >= b || !IsWord(k)) return false;
        var next = k;
        if (AttributionRules.Pronouns.Contains(_tokens[k].Text)) next = k + 1;
        else
            while (next < b && next - k < MaxSecondSubjectWords && IsWord(next) && char.IsUpper(_tokens[next].Text[0])) next++;
        if (next == k) return false;
        while (next < b && IsWord(next) && AttributionRules.VerbModifiers.Contains(_tokens[next].Text)) next++;
        return next < b && char.IsLower(_tokens[next].Text[0]) && AttributionRules.ReportingVerbs.Contains(_tokens[next].Text) && !IsParticiple(next);
    }

    /// <summary>
    /// Whether a quote opens at token <paramref name="k"/>, closes on a comma, "?" or "!" (inside the mark or after it) and
    /// is followed by its own speaker and cue: "“…,” he claimed", "“…?” the mayor asked", "“…!” said the mayor".
    /// </summary>
    private bool TaggedQuoteAt(int k, int b)
    {
        var after = QuoteOpeningAt(k);
        if (after <= k + 1 || after >= b) return false;
        var closesOnTag = after - 2 > k && AttributionRules.QuoteTagPunctuation.Contains(_tokens[after - 2].Text);
        if (!closesOnTag && Is(after, ",")) { closesOnTag = true; after++; }
        if (!closesOnTag || after >= b) return false;
        return SecondSubjectCueAt(after, b)
            || IsWord(after) && char.IsLower(_tokens[after].Text[0]) && AttributionRules.ReportingVerbs.Contains(_tokens[after].Text) && !IsParticiple(after);
    }

    /// <summary>The quote mark that opens at <paramref name="s"/> or after at most a few words of object there ("called [him] “…”"); else <paramref name="s"/>.</summary>
    private int QuoteAfterShortObject(int s, int end)
    {
        for (var k = s; k < end && k <= s + AttributionRules.MaxObjectWordsBeforeQuote; k++)
        {
            if (IsOpeningMark(k)) return k;
            if (!IsWord(k) && !IsPossessive(k)) break;
        }
        return s;
    }

    private int QuoteOpeningAt(int k)
    {
        if (k >= _tokens.Count || !IsOpeningMark(k)) return -1;
        var quote = QuoteStartingAt(_tokens[k].Start);
        if (quote.IsEmpty) return -1;
        var j = k + 1;
        while (j < _tokens.Count && _tokens[j].End <= quote.End) j++;
        return j;
    }

    private bool HasQuote(int first, int end)
    {
        if (first >= end) return false;
        var (from, to) = (_tokens[first].Start, _tokens[end - 1].End);
        // The first quote that ends after the range starts (quotes are sorted and do not overlap).
        int lo = 0, hi = _quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[mid].End <= from) lo = mid + 1; else hi = mid;
        }
        return lo < _quotes.Count && _quotes[lo].Start < to;
    }

    /// <summary>After "“A,” she said," a second quote continues the same attribution.</summary>
    private TextRange ContinuedQuoteAfter(int k, int b)
    {
        while (k < b && (Is(k, ",") || Is(k, ":"))) k++;
        if (k >= b || !IsOpeningMark(k)) return TextRange.None;
        var quote = QuoteStartingAt(_tokens[k].Start);
        return quote.IsEmpty ? TextRange.None : quote;
    }

    /// <summary>
    /// "Acts of protest, Smith said, are acts of patriotism": a cue set off by commas inside the clause it reports;
    /// the clause resumes after the second comma. Not when a new phrase, clause or cue follows ("…, he said, adding …",
    /// "…, she said, as …").
    /// </summary>
    private TextRange ClauseResumedAfter(int k, int b)
    {
        if (k >= b || !Is(k, ",") || k + 1 >= b || !IsWord(k + 1)) return TextRange.None;
        var next = _tokens[k + 1].Text;
        if (AttributionRules.ContentBreakWords.Contains(next) || AttributionRules.ReportingVerbs.Contains(next) || CueScore(k + 1) > 0) return TextRange.None;
        return WordCount(k + 1, b) < MinBeforeContentWords ? TextRange.None : ExtendToQuote(Trim(k + 1, b));
    }

    /// <summary>The content before a cue: the closing quote's whole span, or the clause from the sentence start.</summary>
    private TextRange ContentBefore(int end, int a)
    {
        var last = end - 1;
        if (last >= a && Is(last, ",")) last--;
        if (last >= a && IsClosingMark(last))
        {
            var quote = QuoteEndingAt(_tokens[last].End);
            if (!quote.IsEmpty) return quote;
        }
        var start = SkipDateline(a, end);
        while (start < end && (Is(start, "and") || Is(start, "but") || Is(start, "so"))) start++;
        var content = Trim(start, end);
        return ExtendToQuote(content);
    }

    /// <summary>"WASHINGTON (AP) — …": a dateline at the start of a sentence is not content.</summary>
    private int SkipDateline(int a, int end)
    {
        for (var k = a; k < Math.Min(end, a + 8); k++)
            if (AttributionRules.SignatureDashes.Contains(_tokens[k].Text) && !Is(k, "-"))
            {
                // "WASHINGTON (AP) —", and in title case a place before an agency in brackets: "Washington (AFP) –".
                var agency = k - 3 > a && Is(k - 1, ")") && Is(k - 3, "(");
                // "DUBAI, United Arab Emirates —", "AUSTIN, Texas —": a place in capitals, then after a comma its state or
                // country in title case.
                var region = RegionAfterCapitalPlace(a, k);
                for (var m = a; m < k; m++)
                    if (IsWord(m) && _tokens[m].Text.Any(char.IsLower) && !Is(m - 1, "(") && !(agency && m < k - 3 && char.IsUpper(_tokens[m].Text[0]))
                        && !(region > 0 && m >= region && char.IsUpper(_tokens[m].Text[0]))) return a;
                return k + 1;
            }
        return a;
    }

    /// <summary>
    /// Where the tokens [a, dash) read "PLACE IN CAPITALS, Region", the first token of the region; else 0. The place's
    /// words hold no lower-case letter and the region after the comma is at most four capitalised words or abbreviations.
    /// </summary>
    private int RegionAfterCapitalPlace(int a, int dash)
    {
        var comma = a;
        while (comma < dash && IsWord(comma) && !_tokens[comma].Text.Any(char.IsLower) && _tokens[comma].Text.Any(char.IsLetter)) comma++;
        if (comma == a || comma >= dash - 1 || !Is(comma, ",") || dash - comma - 1 > 4) return 0;
        for (var m = comma + 1; m < dash; m++)
            if (!(IsWord(m) && char.IsUpper(_tokens[m].Text[0]) || Is(m, "."))) return 0;
        return comma + 1;
    }

    /// <summary>
    /// "“… all over. [But the third is rare,”] she said": a tagged content read within its sentence that starts inside a quote
    /// opened in an earlier sentence and reaches the quote's closing mark is that whole quote, and ends there (what follows
    /// the mark is the speech tag).
    /// </summary>
    private TextRange WholeQuoteClosingIn(TextRange content)
    {
        var index = QuoteIndexAt(content.Start);
        if (index < 0) return content;
        var quote = _quotes[index];
        return quote.Start < content.Start && quote.End <= content.End && quote.End > content.Start
            && SentenceStartBefore(quote.Start) != SentenceStartBefore(content.Start) ? new TextRange(quote.Start, quote.End) : content;
    }

    /// <summary>Content that starts or ends inside a quoted span takes the whole span (quotes cross sentences).</summary>
    private TextRange ExtendToQuote(TextRange content)
    {
        if (content.IsEmpty) return content;
        var (start, end) = (content.Start, content.End);
        // The quotes ending at or before the content's start, a prefix (sorted, apart), change nothing: skipped by halving.
        for (var q = FirstQuoteEndingAfter(start); q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.Start >= end) break;
            if (quote.End <= start) continue;
            if (quote.Start < start && quote.End > start && start - quote.Start < 2) start = quote.Start;
            if (quote.Start >= start && quote.End > end) end = quote.End;
        }
        return new TextRange(start, end);
    }

    private TextRange Trim(int s, int e)
    {
        while (e > s && (Is(e - 1, ".") || Is(e - 1, ",") || Is(e - 1, ";") || Is(e - 1, ":") || Is(e - 1, "—") || Is(e - 1, "–"))) e--;
        while (s < e && (Is(s, ",") || Is(s, ";") || Is(s, ":") || Is(s, "—") || Is(s, "–"))) s++;
        return e > s ? Range(s, e) : TextRange.None;
    }

    private bool StartsSubordinate(int a) =>
        Is(a, "when") || Is(a, "if") || Is(a, "as") || Is(a, "after") || Is(a, "before") || Is(a, "while") || Is(a, "in") || Is(a, "on") || Is(a, "at") || Is(a, "since") || Is(a, "during")
        // "Soon after …,", "Shortly before …,", "Hours after …,".
        || IsWord(a) && (Is(a + 1, "after") || Is(a + 1, "before"));

    /// <summary>
    /// A cue inside another attribution's content ("Smith said the agency [called for] a review", "…, the source
    /// [added]") is part of what was reported, not an attribution of its own: annotators rarely mark it, and dropping
    /// such cues gains precision on PolNeAR train and dev alike. Two contents that hold each other's cue both stay.
    /// </summary>
    private void DropNestedCues(List<Attribution> found)
    {
        // Only contents around a cue are tried, in list order as before. A cut content lies inside the one it cuts
        // (NewClauseBreak ends it before the nested clause), so the index of the contents as found still finds every holder.
        var holders = new ContainingRanges([.. found.Select(f => f.Content)]);
        var contents = new Dictionary<TextRange, int>();
        foreach (var f in found) contents[f.Content] = contents.GetValueOrDefault(f.Content) + 1;
        var nested = new Dictionary<Attribution, int>();
        var holding = new List<int>();
        for (var x = 0; x < found.Count; x++)
        {
            var f = found[x];
            holders.Find(f.Cue.Start, holding);
            foreach (var y in holding)
            {
                var o = found[y];
                if (ReferenceEquals(o, f) || !o.Content.Contains(f.Cue.Start) || f.Content.Contains(o.Cue.Start)) continue;
                // "…said A, but officials said B", "…called it X, applauding Y": a nested attribution that opens a new
                // clause after a break ends the outer content there, and both stay.
                if (NewClauseBreak(o, f) is { } cut && cut.Words >= MinContentWords && !contents.ContainsKey(cut.Content))
                {
                    found[y] = o with { Content = cut.Content };
                    if (--contents[o.Content] == 0) contents.Remove(o.Content);
                    contents[cut.Content] = 1;
                    // A participle sharing the outer source ("…, applauding Y") is seldom annotated: only a clause with
                    // its own subject inside the outer content stays an attribution of its own.
                    if (!o.Content.Contains(f.Source.Start)) { nested[f] = nested.GetValueOrDefault(f) + 1; break; }
                    continue;
                }
                nested[f] = nested.GetValueOrDefault(f) + 1;
                break;
            }
        }
        if (nested.Count == 0) return;
        // As removing each nested one in turn would: the first that many equal to it go.
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (nested.TryGetValue(f, out var left) && left > 0) nested[f] = left - 1;
            else found[kept++] = f;
        }
        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>
    /// The outer content <paramref name="outer"/> cut before the clause the nested attribution <paramref name="inner"/>
    /// opens, when a break (a comma, semicolon, colon or dash outside quotes, or "but"/"and" after one) stands right before
    /// the inner attribution's source (its cue when the source lies outside the outer content); else null.
    /// </summary>
    private (TextRange Content, int Words)? NewClauseBreak(Attribution outer, Attribution inner)
    {
        var opens = outer.Content.Contains(inner.Source.Start) && inner.Source.Start > outer.Content.Start ? inner.Source.Start : inner.Cue.Start;
        var k = FirstTokenAt(opens) - 1;
        var first = FirstTokenAt(outer.Content.Start);
        if (k <= first) return null;
        var joined = Is(k, "and") || Is(k, "but");
        if (joined) k--;
        if (k <= first || InsideQuote(_tokens[k].Start)) return null;
        if (!(Is(k, ",") || Is(k, ";") || Is(k, ":") || AttributionRules.SignatureDashes.Contains(_tokens[k].Text) && !Is(k, "-"))) return null;
        // "said that — at least for now — islanders seem to …": a dash that closes an aside opened inside the outer content
        // is no clause break; a quote after it ("— the mayor added, “…”") still has its own tag.
        if (AttributionRules.SignatureDashes.Contains(_tokens[k].Text) && !IsQuoted(inner.Content))
            for (var m = first; m < k; m++)
                if (_tokens[m].Text == _tokens[k].Text) return null;
        var content = Trim(first, k);
        return content.IsEmpty ? null : (content, Words(content));
    }

    // ---- Attributions the sequence tagger finds -------------------------------------------------

    /// <summary>
    /// Attributions the rules missed that the <see cref="AttributionTagger"/> reads in a sentence: each content it
    /// tags that no attribution found covers is reported by the nearest cue it tags ("Voters [backed] [the measure]",
    /// "[Most Republicans] [oppose] [the deal]": long-tail cues no rule lists). With a <see cref="TaggedAttributionModel"/>,
    /// it decides which contents to keep and which phrase is each one's source; without one, the hand rule below does.
    /// <paramref name="collected"/>, when given, receives every candidate and none is added (what the model's trainer reads).
    /// </summary>
    private void AddTaggedAttributions(AttributionTagger tagger, List<Attribution> found, TaggedAttributionModel? model, List<TaggedCandidate>? collected)
    {
        var states = AttributionTagFeatures.QuoteStates(_tokens, _quotes);
        var hashes = _wordHashes.Length > 0 ? _wordHashes : CueFeatures.WordHashes(_tokens);
        var added = new List<Attribution>();
        var addedContents = new FoundContents(added);
        var affixes = Affixes;
        var tags = new int[64];
        // What the rules found does not change in this loop (the tagger's attributions join after it).
        var foundCovered = new CoveredText(found.Select(f => f.Content));
        var foundCues = new CoveredText(found.Select(f => f.Cue));
        foreach (var sentence in _sentences)
        {
            var (a, b) = TokenRange(sentence);
            // A sentence the found contents leave fewer words free in can add nothing: tagging it is saved.
            if (b <= a || !HasFreeWords(a, b, foundCovered, model is null && collected is null ? MinTaggedContentWords : MinModelContentWords)) continue;
            if (tags.Length < b - a) tags = new int[b - a];
            tagger.Tag(_tokens, hashes, states, a, b, tags, affixes);
            for (var s = a; s < b; s++)
            {
                if (tags[s - a] != AttributionTagger.BeginContent) continue;
                var start = s;
                var e = s + 1;
                while (e < b && tags[e - a] == AttributionTagger.InsideContent) e++;
                var cue = NearestRun(tags, a, b, s, e, AttributionTagger.Cue);
                var content = Trim(s, e);
                s = e - 1;
                if (cue.First < 0 || content.IsEmpty || foundCovered.Overlaps(content) || addedContents.Overlap(content)) continue;
                // A cue the rules already read, or one they refuse ("declined to say", "think of it as"), reports nothing more.
                var cueRange = Range(cue.First, cue.End);
                if (foundCues.Overlaps(cueRange) || RefusedCue(cue.First, cue.End, b)) continue;
                var source = NearestRun(tags, a, b, cue.First, cue.End, AttributionTagger.Source);
                var chosen = source.First >= 0 ? Range(source.First, source.End) : RuleSource(cue.First, a);
                var adjacent = !chosen.IsEmpty && chosen.End <= _tokens[cue.First].Start && WordCount(new TextRange(chosen.End, _tokens[cue.First].Start)) <= MaxTaggedSourceGap;
                if (model is not null || collected is not null)
                {
                    if (Words(content) < MinModelContentWords) continue;
                    var candidate = TaggedCandidateAt(tags, a, b, start, e, cue, source.First >= 0, adjacent, SubjectLike(chosen), found, hashes);
                    if (collected is not null) { collected.Add(candidate); continue; }
                    if (candidate.Sources.Count == 0 || model!.Score(candidate.Features) <= model.Threshold) continue;
                    var best = candidate.Sources[model.BestSource(candidate.Sources)];
                    added.Add(new Attribution(content, cueRange, best.Source, Antecedent: best.Antecedent));
                    continue;
                }
                // The tagger's sources are less sure than its contents: an attribution it alone finds needs a source right
                // before its cue ("Most voters [still] [back] …") or one that reads as a speaker (not "It", "his", "Along the
                // route"), and five words of content. On the validation slice of train, against a source right before the cue or a
                // content before it: content F1 0.745 → 0.752, speaker overlap 0.904 → 0.901; every tagged content kept: 0.753, 0.897.
                if (!adjacent && !SubjectLike(chosen) || Words(content) < MinTaggedContentWords) continue;
                // A cue of showing or offering presents, it does not report ("The app offers [alerts]", "The video shows [the door]"),
                // unless its source is evidence ("The exit polls showed [most riders want …]").
                if (AttributionRules.PresentingVerbs.Contains(_tokens[CueHead(cue.First, cue.End)].Text) && !HoldsEvidenceNoun(chosen)) continue;
                // A cue right after "such as" or "including" is a gerund in a list of examples, not a report ("…, such as
                // [suggesting] a lane change"), and a source opened by one names no speaker.
                if (ExampleOpenerBefore(cue.First, a) || !chosen.IsEmpty && AttributionRules.ExampleAsideOpeners.Contains(_tokens[FirstTokenAt(chosen.Start)].Text)) continue;
                // "…,” a diver at the yard in Dover, [Delaware], said": a region after "in Place," closes an appositive; the
                // speaker is the phrase that opens the clause, not the place.
                if (!chosen.IsEmpty && PlaceRegionOpening(FirstTokenAt(chosen.Start), FirstTokenAt(chosen.End), a) is var clauseFirst and >= 0)
                    chosen = new TextRange(_tokens[clauseFirst].Start, chosen.End);
                // A tagged relative pronoun ("…, who [backed] …") names the speaker through the phrase it refers to.
                var referent = source.First >= 0 && source.End == source.First + 1 ? RelativeAntecedent(source.First, a, out _) : TextRange.None;
                // "Sen. Jo Park, who has [pushed for] …" with "Sen. Jo Park" tagged: the relative pronoun before the cue is the
                // source, as the rules read it, and the tagged phrase names it.
                // The tagged run may end on the pronoun itself ("Sen. Jo Park, who").
                var relative = SkipModifiersLeft(cue.First - 1, a);
                var chosenFirst = chosen.IsEmpty ? -1 : FirstTokenAt(chosen.Start);
                if (referent.IsEmpty && chosenFirst >= 0 && relative > chosenFirst && IsWord(relative) && AttributionRules.RelativePronouns.Contains(_tokens[relative].Text))
                {
                    var named = Is(relative - 1, ",") ? relative - 1 : relative;
                    referent = _tokens[relative].Start >= chosen.End ? chosen : named > chosenFirst ? Range(chosenFirst, named) : TextRange.None;
                    if (!referent.IsEmpty) chosen = Range(relative, relative + 1);
                }
                added.Add(new Attribution(WholeQuoteClosingIn(content), cueRange, chosen, Antecedent: referent));
            }
        }
        found.AddRange(added);
    }

    /// <summary>
    /// Where the capitalised words [first, end) (a comma after them aside) are a region after "in Place," ("at the yard in Dover, Delaware"), the first
    /// token of the phrase it belongs to: the clause after the closest closing quote mark, or else the noun phrase the
    /// place follows; -1 when they are no such region.
    /// </summary>
    private int PlaceRegionOpening(int first, int end, int a)
    {
        while (end > first && Is(end - 1, ",")) end--;
        for (var k = first; k < end; k++)
            if (!IsWord(k) || !char.IsUpper(_tokens[k].Text[0]) || AttributionRules.Pronouns.Contains(_tokens[k].Text)) return -1;
        var place = first - 2;
        if (place <= a || !Is(first - 1, ",")) return -1;
        while (place > a && IsWord(place) && char.IsUpper(_tokens[place].Text[0])) place--;
        if (place == first - 2 || !IsWord(place) || !AttributionRules.PlacePrepositions.Contains(_tokens[place].Text)) return -1;
        var open = place - 1;
        while (open >= a && !IsClosingMark(open)) open--;
        if (open >= a) return open + 1 < place ? open + 1 : -1;
        // With no quote before it ("… after a farmer in Dover, Delaware, told him"), the noun the place follows.
        return LeftSource(place - 1, a, out var head, readAdjunct: false).IsEmpty ? -1 : head;
    }

    /// <summary>
    /// A tagged content [start, end) of the sentence [a, b) with its cue, as the <see cref="TaggedAttributionModel"/> reads
    /// it: its acceptance features and every phrase that may be its source (the tagger's source runs, the phrase the rules
    /// read before the cue, the sentence's subject), none of them inside the content.
    /// </summary>
    private TaggedCandidate TaggedCandidateAt(int[] tags, int a, int b, int start, int end, (int First, int End) cue,
        bool hasTaggedSource, bool adjacentSource, bool speakerLikeSource, List<Attribution> found, FeatureValue[] hashes)
    {
        var content = Trim(start, end);
        var head = cue.First;
        while (head + 1 < cue.End && AttributionRules.CueAuxiliaries.Contains(_tokens[head].Text)) head++;
        var after = start >= cue.End;
        var sentence = Range(a, b);
        var foundHere = 0;
        foreach (var f in found)
            if (f.Content.Overlaps(sentence)) foundHere++;
        var facts = new TaggedContentFacts(
            hashes[head], FeatureHash.Text(CueFeatures.Stem(_tokens[head].Text), lower: true), cue.End - cue.First, CueScore(head),
            AttributionRules.ReportingVerbs.Contains(_tokens[head].Text), Words(content), after, after ? start - cue.End : cue.First - end,
            hashes[start], hashes[end - 1], IsQuoted(content), end == b || end == b - 1 && !IsWord(b - 1),
            hasTaggedSource, adjacentSource, speakerLikeSource, foundHere, WordCount(a, b));
        var options = new List<TaggedSourceOption>();
        void Option(int first, int last, TaggedSourceKind kind)
        {
            var range = Range(first, last);
            if (range.Overlaps(content) || options.Any(o => o.Source == range)) return;
            var before = last <= cue.First;
            var distance = before ? cue.First - last : first - cue.End;
            var commaBetween = false;
            for (var k = before ? last : cue.End; k < (before ? cue.First : first); k++)
                if (Is(k, ",")) { commaBetween = true; break; }
            var tagged = false;
            for (var k = first; k < last; k++)
                if (k >= a && k < b && tags[k - a] == AttributionTagger.Source) { tagged = true; break; }
            var sourceFacts = new TaggedSourceFacts(kind, before, Math.Max(0, distance), commaBetween, Words(range), hashes[first], hashes[last - 1],
                SourceForm(first, last), SubjectLike(range), HasNounLikeEnd(last - 1), first == a, tagged);
            var antecedent = last == first + 1 ? RelativeAntecedent(first, a, out _) : TextRange.None;
            options.Add(new TaggedSourceOption(range, antecedent, TaggedAttributionFeatures.Source(sourceFacts)));
        }
        var nearest = NearestRun(tags, a, b, cue.First, cue.End, AttributionTagger.Source);
        if (nearest.First >= 0) Option(nearest.First, nearest.End, TaggedSourceKind.NearestTagged);
        for (var k = a; k < b; k++)
        {
            if (tags[k - a] != AttributionTagger.Source) continue;
            var runEnd = k + 1;
            while (runEnd < b && tags[runEnd - a] == AttributionTagger.Source) runEnd++;
            if (k != nearest.First) Option(k, runEnd, TaggedSourceKind.OtherTagged);
            k = runEnd - 1;
        }
        var left = LeftSource(SkipModifiersLeft(cue.First - 1, a), a, out var leftFirst);
        if (!left.IsEmpty) Option(leftFirst, LastTokenOf(left) + 1, TaggedSourceKind.RuleBeforeCue);
        var subject = SentenceSubject(a, cue.First);
        if (!subject.IsEmpty) Option(FirstTokenAt(subject.Start), LastTokenOf(subject) + 1, TaggedSourceKind.SentenceSubject);
        return new TaggedCandidate(content, Range(cue.First, cue.End), TaggedAttributionFeatures.Content(facts), options);
    }

    /// <summary>Whether the words before token <paramref name="k"/> open an example ("such as", "including", "like").</summary>
    private bool ExampleOpenerBefore(int k, int a)
    {
        if (k - 1 < a) return false;
        var previous = _tokens[k - 1].Text;
        if (previous is "as" or "As") return k - 2 >= a && _tokens[k - 2].Text is "such" or "Such";
        return AttributionRules.ExampleAsideOpeners.Contains(previous) && previous is not "such";
    }

    /// <summary>Whether a source phrase holds a noun of evidence ("The exit polls in Port Arden", "campaign records").</summary>
    private bool HoldsEvidenceNoun(TextRange source)
    {
        if (source.IsEmpty) return false;
        for (var k = FirstTokenAt(source.Start); k < _tokens.Count && _tokens[k].Start < source.End; k++)
            if (AttributionRules.EvidenceNouns.Contains(_tokens[k].Text)) return true;
        return false;
    }

    /// <summary>A cue's head: its first word after the auxiliaries ("has [said]", "would [argue]").</summary>
    private int CueHead(int first, int end)
    {
        var head = first;
        while (head + 1 < end && AttributionRules.CueAuxiliaries.Contains(_tokens[head].Text)) head++;
        return head;
    }

    /// <summary>What kind of phrase a source is: 0 a personal pronoun, 1 a relative one, 2 another pronoun, 3 a possessive, 4 capitalised, 5 opened by a determiner, 6 other.</summary>
    private int SourceForm(int first, int end)
    {
        var word = _tokens[first].Text;
        if (end == first + 1 && (AttributionRules.PersonPronouns.Contains(word) || word is "they" or "They" or "we" or "We")) return 0;
        if (end == first + 1 && AttributionRules.RelativePronouns.Contains(word)) return 1;
        if (AttributionRules.Pronouns.Contains(word)) return 2;
        if (AttributionRules.PossessiveDeterminers.Contains(word) || IsPossessive(end - 1)) return 3;
        if (char.IsUpper(word[0])) return 4;
        return AttributionRules.Determiners.Contains(word) ? 5 : 6;
    }

    private int LastTokenOf(TextRange range)
    {
        var last = FirstTokenAt(range.Start);
        while (last + 1 < _tokens.Count && _tokens[last + 1].End <= range.End) last++;
        return last;
    }

    /// <summary>
    /// Whether a phrase reads as a speaker: a personal or relative pronoun, or a phrase that opens with a capital or a
    /// determiner and ends on a noun ("The voters", "Most Republicans"); not "it", a possessive ("his", "Trump's hot"),
    /// or a phrase opening with a preposition or other lower-case word.
    /// </summary>
    private bool SubjectLike(TextRange source)
    {
        if (source.IsEmpty) return false;
        var first = FirstTokenAt(source.Start);
        var last = first;
        while (last + 1 < _tokens.Count && _tokens[last + 1].End <= source.End) last++;
        var word = _tokens[first].Text;
        if (first == last && (AttributionRules.PersonPronouns.Contains(word) || AttributionRules.RelativePronouns.Contains(word) || word is "they" or "They" or "we" or "We")) return true;
        if (AttributionRules.Pronouns.Contains(word) || first == last && AttributionRules.PossessiveDeterminers.Contains(word)) return false;
        for (var k = first; k <= last; k++)
            if (IsPossessive(k) && k == last || AttributionRules.AdjunctPrepositions.Contains(_tokens[k].Text) && k == first) return false;
        if (!(char.IsUpper(word[0]) || AttributionRules.Determiners.Contains(word))) return false;
        return HasNounLikeEnd(last);
    }

    /// <summary>Whether at least <paramref name="count"/> words of the sentence [a, b) lie outside every found content.</summary>
    private bool HasFreeWords(int a, int b, CoveredText foundCovered, int count)
    {
        // Most sentences meet no found content: their words are all free, and none needs checking one by one.
        var overlapping = foundCovered.Overlaps(new TextRange(_tokens[a].Start, _tokens[b - 1].End));
        var free = 0;
        for (var k = a; k < b; k++)
        {
            if (!IsWord(k) || overlapping && foundCovered.Covers(_tokens[k].Start)) continue;
            if (++free >= count) return true;
        }
        return false;
    }

    /// <summary>Words the rules never take for a cue: refusals ("declined"), link verbs without "to", "look like", "think of".</summary>
    private bool RefusedCue(int first, int end, int b)
    {
        for (var k = first; k < end; k++)
        {
            var word = _tokens[k].Text;
            var next = k + 1 < b ? _tokens[k + 1].Text : "";
            if (AttributionRules.NonSpeechVerbs.Contains(word)
                || AttributionRules.LikenessVerbs.Contains(word) && next == "like"
                || AttributionRules.LinkVerbs.Contains(word) && next != "to"
                || AttributionRules.ConsideringVerbs.Contains(word) && AttributionRules.NonReportingParticles.Contains(next)) return true;
        }
        return false;
    }

    /// <summary>
    /// A content of figures and joining words only ("voted [7 to 2]", "won [52-48]") is a tally, not something said
    /// (on PolNeAR's train and dev splits it removes one wrong content each and no right one).
    /// </summary>
    private bool IsTally(Attribution attribution)
    {
        if (attribution.Content.IsEmpty) return false;
        var figures = false;
        for (var k = FirstTokenAt(attribution.Content.Start); k < _tokens.Count && _tokens[k].Start < attribution.Content.End; k++)
        {
            var word = _tokens[k].Text;
            if (word.Any(char.IsAsciiDigit)) figures = true;
            else if (word.Any(char.IsLetter) && !AttributionRules.TallyJoiners.Contains(word)) return false;
        }
        return figures;
    }

    /// <summary>Where the tagger marks no source, the phrase the rules read before the cue, else the sentence's subject.</summary>
    private TextRange RuleSource(int cue, int a)
    {
        var before = SkipModifiersLeft(cue - 1, a);
        var source = LeftSource(before, a, out _);
        return source.IsEmpty ? SentenceSubject(a, cue) : source;
    }

    /// <summary>The run of <paramref name="tag"/> nearest the tokens [from, to) in the sentence [a, b); First −1 when none.</summary>
    private static (int First, int End) NearestRun(int[] tags, int a, int b, int from, int to, int tag)
    {
        (int First, int End) best = (-1, -1);
        var bestDistance = int.MaxValue;
        for (var k = a; k < b; k++)
        {
            if (tags[k - a] != tag) continue;
            var end = k + 1;
            while (end < b && tags[end - a] == tag) end++;
            var distance = end <= from ? from - end : k >= to ? k - to : 0;
            if (distance < bestDistance) { bestDistance = distance; best = (k, end); }
            k = end - 1;
        }
        return best;
    }

    // ---- Speaker labels -----------------------------------------------------------------------

    /// <summary>
    /// A paragraph that opens with a short capitalised label and a colon ("WALLACE: Let's start …", the headline
    /// "Smith: Voters Worry About …"): the label is the source, the colon the cue, the rest of the paragraph the content.
    /// </summary>
    private void AddSpeakerLabels(List<Attribution> found)
    {
        var contentStarts = new HashSet<int>(found.Select(f => f.Content.Start));
        for (var p = 0; p < _paragraphStarts.Count; p++)
        {
            var paragraphEnd = p + 1 < _paragraphStarts.Count ? _paragraphStarts[p + 1] : _text.Length;
            var k = FirstTokenAt(_paragraphStarts[p]);
            // A transcript may open each paragraph with a mark it never closes ("\"SMITH: …"): the label follows it all the same.
            if (k < _tokens.Count && (IsOpeningMark(k) || _tokens[k].Text is "\"" or "“")) k++;
            var first = k;
            while (k < _tokens.Count && k - first < AttributionRules.MaxLabelWords && _tokens[k].Start < paragraphEnd && IsLabelWord(k)) k++;
            if (k == first || k >= _tokens.Count || !Is(k, ":") || _tokens[k].Start != _tokens[k - 1].End) continue;
            if (AttributionRules.NonSpeakerLabels.Contains(_tokens[first].Text)) continue;
            var colon = k++;
            var end = k;
            while (end < _tokens.Count && _tokens[end].Start < paragraphEnd) end++;
            if (k >= end || !IsWord(k) || char.IsDigit(_tokens[k].Text[0]) || WordCount(k, end) < AttributionRules.MinLabelContentWords) continue;
            // A second label on the same line ("Name: Jo Age: 27") makes a form, not speech.
            var form = false;
            for (var m = k + 1; m < end && !form; m++) form = Is(m, ":") && char.IsUpper(_tokens[m - 1].Text[0]) && (m - 2 < k || !IsWord(m - 2));
            if (form) continue;
            var content = Trim(k, end);
            if (content.IsEmpty || contentStarts.Contains(content.Start)) continue;
            var label = new Attribution(ExtendToQuote(content), Range(colon, colon + 1), Range(first, colon));
            found.Add(label);
            contentStarts.Add(label.Content.Start);
        }
    }

    private bool IsLabelWord(int k)
    {
        var word = _tokens[k].Text;
        if (!char.IsUpper(word[0])) return false;
        foreach (var c in word)
            if (!char.IsLetter(c) && c is not '.' and not '\'' and not '’' and not '-') return false;
        return true;
    }

    // ---- Quotes no cue claimed ---------------------------------------------------------------

    private void AddUnclaimedQuotes(List<Attribution> found)
    {
        var claimed = new CoveredText(found.Select(f => f.Content));
        // By cue start, so the cues between two spans are found by halving, not by reading every attribution per quote.
        var byCueStart = found.OrderBy(f => f.Cue.Start).ToArray();
        var added = new List<Attribution>();
        var index = 0;
        Attribution? previous = null;
        foreach (var quote in _quotes)
        {
            var range = new TextRange(quote.Start, quote.End);
            while (index < found.Count && found[index].Content.Start < quote.Start)
            {
                // "“…,” said Jo Park, referring to … . “…”": what the quote's speaker reports past it keeps the quote open to continue.
                var f = found[index];
                if (!f.Source.IsEmpty && !(previous is not null && IsQuoted(previous.Content) && !IsQuoted(f.Content) && SameSpeaker(f, previous))) previous = f;
                index++;
            }
            if (claimed.Overlaps(range)) continue;
            var introduced = ColonAttribution(range) ?? DashAttribution(range);
            if (introduced is not null)
            {
                added.Add(introduced);
                previous = introduced;
                continue;
            }
            var quoteParagraph = ParagraphOf(quote.Start);
            if (previous is not null && !previous.Source.IsEmpty && IsQuoted(previous.Content))
            {
                var previousParagraph = ParagraphOf(previous.Content.End - 1);
                var sameParagraph = previousParagraph == quoteParagraph;
                var nextParagraph = previousParagraph + 1 == quoteParagraph && StartsParagraph(quote.Start) && EndsParagraph(previous.Content.End);
                // "told “Island Morning”": a quote right after a verb that needs a listener names the listener, not more speech.
                var first = FirstTokenAt(quote.Start);
                var listener = first > 0 && IsWord(first - 1) && AttributionRules.ObjectCues.Contains(_tokens[first - 1].Text);
                if ((sameParagraph || nextParagraph) && !listener && NoCueBetween(previous.Content.End, quote.Start, previous, byCueStart))
                {
                    // A quote that carries on a quote is one attribution with it; one that follows a reported clause ("said
                    // that she was “surprised.” “It's …”") is the speaker's next attribution, so it takes the speaker, not the cue.
                    var carriesQuote = OpensWithQuote(previous.Content);
                    // A few quoted words after a reported clause are a phrase the writer marks ("the “47 percent”"), no speech.
                    if (!carriesQuote && WordCount(range) < AttributionRules.MinUnattributedQuoteWords) continue;
                    var cue = carriesQuote ? previous.Cue : TextRange.None;
                    var continued = new Attribution(range, cue, previous.Source, Continues: true);
                    added.Add(continued);
                    previous = continued;
                    continue;
                }
            }
            if (WordCount(range) >= AttributionRules.MinUnattributedQuoteWords && FillsItsSentence(range))
                added.Add(new Attribution(range, TextRange.None, TextRange.None));
        }
        found.AddRange(added);
    }

    private bool IsQuoted(TextRange content)
    {
        var q = FirstQuoteEndingAfter(content.Start);
        return q < _quotes.Count && _quotes[q].Start < content.End;
    }

    // The first quote (sorted, apart, so ends ascend with starts) that ends after the position: by halving.
    private int FirstQuoteEndingAfter(int position)
    {
        int lo = 0, hi = _quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[mid].End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private int FirstQuoteStartingAfter(int position)
    {
        int lo = 0, hi = _quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[mid].Start <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Whether <paramref name="content"/> starts with a quote of its own, not with reported words a quote follows.</summary>
    private bool OpensWithQuote(TextRange content)
    {
        // The quote holding the start, if any, is the first that ends after it (quotes are sorted and apart): by halving, not a scan per attribution.
        var q = FirstQuoteEndingAfter(content.Start);
        return q < _quotes.Count && _quotes[q].Start <= content.Start;
    }

    /// <summary>
    /// A quote introduced by a colon ("He played up his strength: “…”", "Smith said in a statement:") belongs
    /// to the reporting verb before the colon, or else to the subject of the introducing sentence.
    /// </summary>
    private Attribution? ColonAttribution(TextRange quote)
    {
        var c = quote.Start - 1;
        while (c >= 0 && char.IsWhiteSpace(_text[c])) c--;
        if (c < 0 || _text[c] != ':') return null;
        var colon = FirstTokenAt(c);
        if (colon >= _tokens.Count || _tokens[colon].Start != c) return null;
        var a = FirstTokenAt(SentenceStartBefore(c));
        for (var k = colon - 1; k >= Math.Max(a, colon - ThatLookahead); k--)
        {
            if (!IsWord(k) || InsideQuote(_tokens[k].Start)) break;
            if (!AttributionRules.ReportingVerbs.Contains(_tokens[k].Text)) continue;
            var before = SkipModifiersLeft(k - 1, a);
            var source = LeftSource(before, a, out _);
            if (source.IsEmpty) break;
            return new Attribution(quote, Range(k, k + 1), source);
        }
        var subject = SentenceSubject(a, colon);
        return subject.IsEmpty ? null : new Attribution(quote, Range(colon, colon + 1), subject);
    }

    /// <summary>
    /// A quote signed with a dash and a name that ends its line ("“…” — Jo Park", "“…” ― Jo Park, 34, nurse"):
    /// the name is the source and the dash the cue, as in epigraphs and reader-comment roundups.
    /// </summary>
    private Attribution? DashAttribution(TextRange quote)
    {
        var k = FirstTokenAt(quote.End);
        while (k < _tokens.Count && (Is(k, ".") || Is(k, ",")) && !HasLineBreakBefore(k)) k++;
        if (k >= _tokens.Count || !AttributionRules.SignatureDashes.Contains(_tokens[k].Text)) return null;
        // "“…”\n\n- Jo Park.": a quote that fills its paragraph may be signed on the next line (fact-check lists).
        if (HasLineBreakBefore(k) && !(StartsParagraph(quote.Start) && EndsParagraph(quote.End))) return null;
        var dash = k++;
        var first = k;
        while (k < _tokens.Count && k - first < AttributionRules.MaxSignatureWords && !HasLineBreakBefore(k)
            && IsWord(k) && (char.IsUpper(_tokens[k].Text[0]) || k > first && Is(k - 1, "-"))) k++;
        if (k - first < 2 && !(k - first == 1 && _tokens[first].Text.Length > 1)) return null;
        // The name must end the line or be followed by details after a comma ("Jo Park, 34, Tucson").
        if (k < _tokens.Count && !HasLineBreakBefore(k) && !Is(k, ",") && !(Is(k, ".") && (k + 1 >= _tokens.Count || HasLineBreakBefore(k + 1)))) return null;
        return new Attribution(quote, Range(dash, dash + 1), Range(first, k));
    }

    private bool HasLineBreakBefore(int k) => k > 0 && _text.AsSpan(_tokens[k - 1].End, _tokens[k].Start - _tokens[k - 1].End).Contains('\n');

    private int SentenceEndAt(int position)
    {
        int lo = 0, hi = _sentences.Count - 1, end = _text.Length;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sentences[mid].Start <= position) { end = _sentences[mid].End; lo = mid + 1; } else hi = mid - 1;
        }
        return end;
    }

    private int SentenceStartBefore(int position)
    {
        int lo = 0, hi = _sentences.Count - 1, start = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sentences[mid].Start <= position) { start = _sentences[mid].Start; lo = mid + 1; } else hi = mid - 1;
        }
        return start;
    }

    /// <summary>
    /// No other cue between two spans: the speaker has not changed. Only cues of attributions found count; a
    /// reporting verb that reports nothing ("after he was called to testify") leaves the speaker as it was, and so do one
    /// with no source and one the same speaker reports ("“…,” said Jo Park, referring to … . “…”": a participle sharing the
    /// source, a relative clause about the speaker).
    /// </summary>
    private static bool NoCueBetween(int from, int to, Attribution previous, Attribution[] byCueStart)
    {
        int lo = 0, hi = byCueStart.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (byCueStart[mid].Cue.Start < from) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < byCueStart.Length && byCueStart[i].Cue.Start < to; i++)
        {
            var f = byCueStart[i];
            if (f.Cue != previous.Cue && !f.Source.IsEmpty && !SameSpeaker(f, previous)) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="f"/> reports from <paramref name="previous"/>'s source, itself or through a relative pronoun referring to it.</summary>
    private static bool SameSpeaker(Attribution f, Attribution previous) =>
        f.Source == previous.Source || !f.Antecedent.IsEmpty && f.Antecedent.Overlaps(previous.Source);

    private bool FillsItsSentence(TextRange range)
    {
        var paragraph = ParagraphOf(range.Start);
        var start = _paragraphStarts[paragraph];
        var end = paragraph + 1 < _paragraphStarts.Count ? _paragraphStarts[paragraph + 1] - 1 : _text.Length;
        var other = 0;
        for (var i = start; i < end; i++)
            if (!range.Contains(i) && char.IsLetterOrDigit(_text[i])) other++;
        return other * 2 < range.End - range.Start;
    }

    private bool StartsParagraph(int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (_text[i] == '\n') return true;
            if (!char.IsWhiteSpace(_text[i])) return false;
        }
        return true;
    }

    private bool EndsParagraph(int position)
    {
        for (var i = position; i < _text.Length; i++)
        {
            if (_text[i] == '\n') return true;
            if (!char.IsWhiteSpace(_text[i]) && _text[i] != '.') return WordsUntilParagraphEnd(i) <= MaxAttributionTailWords;
        }
        return true;
    }

    private int WordsUntilParagraphEnd(int i)
    {
        var words = 0;
        var inWord = false;
        for (; i < _text.Length && _text[i] != '\n'; i++)
        {
            var letter = char.IsLetterOrDigit(_text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private int ParagraphOf(int position)
    {
        var index = _paragraphStarts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    // ---- Tokens and marks --------------------------------------------------------------------

    private (int First, int End) TokenRange(Sentence sentence)
    {
        var first = FirstTokenAt(sentence.Start);
        var end = first;
        while (end < _tokens.Count && _tokens[end].Start < sentence.End) end++;
        return (first, end);
    }

    private int FirstTokenAt(int position)
    {
        int lo = 0, hi = _tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private TextRange Range(int first, int end) => new(_tokens[first].Start, _tokens[end - 1].End);

    private bool Is(int k, string word) => k >= 0 && k < _tokens.Count && string.Equals(_tokens[k].Text, word, StringComparison.OrdinalIgnoreCase);

    private bool IsWord(int k)
    {
        if (k < 0 || k >= _tokens.Count) return false;
        foreach (var c in _tokens[k].Text)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private bool IsPossessive(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Text is "'s" or "’s" or "'" or "’" && k > 0 && _tokens[k - 1].End == _tokens[k].Start;

    private int Words(TextRange range) => WordCount(range);

    private int WordCount(TextRange range)
    {
        var count = 0;
        for (var k = FirstTokenAt(range.Start); k < _tokens.Count && _tokens[k].Start < range.End; k++)
            if (IsWord(k)) count++;
        return count;
    }

    private int WordCount(int first, int end)
    {
        var count = 0;
        for (var k = first; k < end; k++)
            if (IsWord(k)) count++;
        return count;
    }

    private int QuoteIndexAt(int position)
    {
        int lo = 0, hi = _quotes.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[mid].End <= position) lo = mid + 1;
            else if (_quotes[mid].Start > position) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    private bool InsideQuote(int position)
    {
        var index = QuoteIndexAt(position);
        return index >= 0 && _quotes[index].Start < position;
    }

    private bool IsOpeningMark(int k)
    {
        var index = QuoteIndexAt(_tokens[k].Start);
        return index >= 0 && _quotes[index].Start == _tokens[k].Start;
    }

    private bool IsClosingMark(int k)
    {
        var index = QuoteIndexAt(_tokens[k].End - 1);
        return index >= 0 && _quotes[index].End == _tokens[k].End && !IsWord(k);
    }

    private TextRange QuoteStartingAt(int position)
    {
        var index = QuoteIndexAt(position);
        return index >= 0 && _quotes[index].Start == position ? new TextRange(_quotes[index].Start, _quotes[index].End) : TextRange.None;
    }

    private TextRange QuoteEndingAt(int position)
    {
        var index = QuoteIndexAt(position - 1);
        return index >= 0 && _quotes[index].End == position ? new TextRange(_quotes[index].Start, _quotes[index].End) : TextRange.None;
    }
}
