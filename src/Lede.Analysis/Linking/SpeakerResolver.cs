using Lede.Analysis.Model;
using Lede.Analysis.Quotes;
using Lede.Analysis.Rules;

namespace Lede.Analysis.Linking;

/// <summary>
/// Turns a source phrase into a speaker with a full name: a name links to its entity ("Kowalczyk" →
/// "Marta Kowalczyk"); "he" and "she" take the latest person named outside quotes before them, "I" the latest person
/// heard before it; other phrases ("Israeli officials") name themselves. "They", "we" and "it" stay unnamed. Sources are
/// resolved in the order the text gives them.
/// </summary>
internal sealed class SpeakerResolver(string text, LinkedEntities entities, IReadOnlyList<QuotedSpan> quotes)
{
    // People resolved as speakers so far, with where their source phrase starts.
    private readonly List<(int Start, Speaker Speaker)> _personSpeakers = [];

    public Speaker? Resolve(TextRange source)
    {
        var speaker = ResolvePhrase(source);
        if (speaker?.Entity is { } id && entities[id]?.Type == "PER") _personSpeakers.Add((source.Start, speaker));
        return speaker;
    }

    private Speaker? ResolvePhrase(TextRange source)
    {
        if (source.IsEmpty) return null;
        var phrase = text[source.Start..source.End];
        if (AttributionRules.NotSpeakers.Contains(phrase) || AttributionRules.SourceBoundaries.Contains(phrase)) return null;
        // "Her warm praise of …": a possessive source is its person, found as "she" would be.
        if (AttributionRules.PossessivePersonPronouns.TryGetValue(phrase, out var subject))
        {
            var owner = entities[Antecedent(source.Start, subject)?.Entity];
            return new Speaker(phrase, source.Start, source.End, owner?.Name, owner?.Id);
        }
        if (AttributionRules.Pronouns.Contains(phrase))
        {
            if (!AttributionRules.PersonPronouns.Contains(phrase)) return new Speaker(phrase, source.Start, source.End, null, null);
            // "I" outside quotes is the voice the text is in: the person last heard (an essay after "Lena Berg writes"),
            // not whoever was named last ("I would like the mayor to …"); with no one heard, the writer, whom the body does not name.
            if (phrase is "I")
            {
                var heard = _personSpeakers.LastOrDefault(p => p.Start < source.Start).Speaker;
                return new Speaker(phrase, source.Start, source.End, heard?.Name, heard?.Entity);
            }
            var antecedent = Antecedent(source.Start, phrase);
            var person = entities[antecedent?.Entity];
            return new Speaker(phrase, source.Start, source.End, person?.Name, person?.Id);
        }

        // "Sen. Jo Park (D-Ore.)": the party and state in brackets are not the name.
        if (phrase.EndsWith(')') && phrase.LastIndexOf('(') is var open and > 0)
        {
            var end = source.Start + open;
            while (end > source.Start && char.IsWhiteSpace(text[end - 1])) end--;
            source = new TextRange(source.Start, end);
            phrase = text[source.Start..source.End];
        }
        var named = Head(source);
        if (named is not null)
        {
            var entity = entities[named.Entity];
            var name = entity?.Name ?? named.Text;
            // A one-word name the tagger did not type as a person ("Nervo" as a place) may be a surname the text writes in full
            // after a given name; an affiliation or nationality ("a New Hampshire Republican") is no one's surname, and an
            // organisation's short name is first looked for in a longer one ("The Times" is the "New York Times").
            if (!name.Contains(' ') && entity?.Type is not ("PER" or "MISC"))
            {
                if (entity?.Type is "ORG" or null && LongerOrganisation(name) is { } longer) name = longer;
                else if (entities.FullNameFromText(name) is { } fullName) name = fullName;
            }
            return new Speaker(named.Text, named.Start, named.End, name, entity?.Id);
        }

        // "The complaint, which was filed in Oslo": with no person heading it, the phrase before the aside names the speaker.
        if (phrase.IndexOf(',') is var comma and > 0 && entities.Within(source.Start + comma, source.End).Any(m => EndsPhrase(m, source) && EndsAside(m, source)))
            return Resolve(new TextRange(source.Start, source.Start + comma));

        // A capitalised last word the tagger missed may still be a known person's surname.
        var lastSpace = phrase.LastIndexOf(' ');
        var lastWord = StripPossessive(phrase[(lastSpace + 1)..]);
        if (lastWord.Length > 1 && char.IsUpper(lastWord[0]) && (lastSpace < 0 || char.IsUpper(phrase[0])))
        {
            var person = entities.PersonBySurname(lastWord, lastSpace < 0 ? GivenNames.Sex.Unknown : EntityLinker.HonorificSex(phrase[..phrase.IndexOf(' ')]));
            if (person is not null) return new Speaker(phrase, source.Start, source.End, person.Name, person.Id);
            // A lone capitalised word the tagger took for no one ("Nervo wrote"): the text may still give the full name.
            if (lastSpace < 0 && entities.FullNameFromText(lastWord) is { } fullName) return new Speaker(phrase, source.Start, source.End, fullName, null);
        }
        return new Speaker(phrase, source.Start, source.End, phrase, null);
    }

    /// <summary>"New York Times" for "Times": the organisation the article named in full whose name ends with the short one.</summary>
    private string? LongerOrganisation(string word) =>
        entities.Entities.FirstOrDefault(e => e.Type == "ORG" && e.Name.Length > word.Length + 1
            && e.Name.EndsWith(" " + word, StringComparison.Ordinal))?.Name;

    // Evidence against a person is only trusted when it is clear: at least this many pronouns of the other gender,
    // and this many times as many as of the pronoun's own.
    private const int MinGenderEvidence = 2;
    private const int GenderEvidenceRatio = 3;
    private const int MaxAntecedentsTried = 3;
    private Dictionary<string, (int Male, int Female)>? _genderEvidence;

    /// <summary>
    /// The latest person before a pronoun outside quotes, passing over one the article clearly refers to with the other
    /// gender's pronouns ("she said" right after a man named "Novak" when a woman was named before him); none when
    /// every person tried is of the other sex by name or honorific.
    /// </summary>
    private Mention? Antecedent(int position, string pronoun)
    {
        var first = entities.LastPersonBefore(position, InsideQuote);
        // "a call he made to Cole's office, in which he said": the same pronoun earlier in the sentence, before the person
        // named since, keeps its referent; the person named in between is the object, not the one speaking.
        if (first is not null && SamePronounBefore(first.Start, pronoun) is var earlier and >= 0) return Antecedent(earlier, pronoun);
        var female = AttributionRules.FemalePronouns.Contains(pronoun);
        if (first is null || !female && !AttributionRules.MalePronouns.Contains(pronoun)) return first;
        _genderEvidence ??= GenderEvidence();
        var candidate = first;
        Mention? doubted = null; // passed over only on the article's pronoun counts, which mislead more often than names
        for (var tried = 0; candidate is not null && tried < MaxAntecedentsTried; tried++)
        {
            // An honorific ("Mrs. Novak") or a given name one sex nearly always bears ("Elizabeth") settles it, whatever
            // pronouns follow the name: counting them misreads "Novak said she lied" and "Lind asked Berg whether he
            // knew". (Names another language gives the other sex, Italian "Andrea", are not on the list.)
            if (entities[candidate.Entity] is { } known && entities.SexOf(known).Sex is var sex and not GivenNames.Sex.Unknown)
            {
                if (sex == (female ? GivenNames.Sex.Female : GivenNames.Sex.Male)) return candidate;
            }
            else
            {
                var (male, fem) = _genderEvidence.GetValueOrDefault(candidate.Entity!);
                var (same, other) = female ? (fem, male) : (male, fem);
                if (other < MinGenderEvidence || other < GenderEvidenceRatio * same) return candidate;
                doubted ??= candidate;
            }
            candidate = entities.LastPersonBefore(candidate.Start, InsideQuote);
        }
        // Everyone named before is of the other sex by name or honorific: the pronoun points at someone the article does
        // not name ("said the woman, who did not want to be named"), and no name beats a wrong one.
        return doubted;
    }

    /// <summary>
    /// Where the pronoun (a person's, the same word) stands outside quotes between the start of the sentence holding
    /// <paramref name="position"/> and it; -1 when it does not.
    /// </summary>
    private int SamePronounBefore(int position, string pronoun)
    {
        if (!AttributionRules.PersonPronouns.Contains(pronoun) || pronoun is "I") return -1;
        for (var k = position - 1; k >= 0; k--)
        {
            var c = text[k];
            if (c is '.' or '!' or '?' or '\n') return -1;
            if (!char.IsLetter(c) || k > 0 && char.IsLetter(text[k - 1])) continue;
            var end = k;
            while (end < position && char.IsLetter(text[end])) end++;
            if (end - k == pronoun.Length && string.Compare(text, k, pronoun, 0, pronoun.Length, StringComparison.OrdinalIgnoreCase) == 0 && !InsideQuote(k))
                return k;
        }
        return -1;
    }

    /// <summary>
    /// For each person, the he/him/his and she/her pronouns outside quotes between one of their mentions and the next
    /// person's mention or the end of the sentence: the article's own word on how it refers to people whose name and
    /// honorific tell nothing.
    /// </summary>
    private Dictionary<string, (int Male, int Female)> GenderEvidence()
    {
        var evidence = new Dictionary<string, (int Male, int Female)>(StringComparer.Ordinal);
        var persons = entities.Mentions.Where(m => m.Type == "PER" && m.Entity is not null).ToArray();
        for (var p = 0; p < persons.Length; p++)
        {
            var end = p + 1 < persons.Length ? persons[p + 1].Start : text.Length;
            var (male, female) = evidence.GetValueOrDefault(persons[p].Entity!);
            var i = persons[p].End;
            while (i < end)
            {
                var c = text[i];
                if (c is '.' or '!' or '?' or '\n') break;
                if (!char.IsLetter(c)) { i++; continue; }
                var wordStart = i;
                while (i < end && char.IsLetter(text[i])) i++;
                if (wordStart > 0 && char.IsLetter(text[wordStart - 1]) || InsideQuote(wordStart)) continue;
                var word = text[wordStart..i];
                if (AttributionRules.MalePronouns.Contains(word)) male++;
                else if (AttributionRules.FemalePronouns.Contains(word)) female++;
            }
            evidence[persons[p].Entity!] = (male, female);
        }
        return evidence;
    }

    /// <summary>The mention that heads the phrase: a person inside it, or a name that ends it ("the Justice Department").</summary>
    private Mention? Head(TextRange source)
    {
        Mention? person = null, last = null;
        foreach (var mention in entities.Within(source.Start, source.End))
        {
            // A person heads the phrase when the phrase ends with the name or an appositive follows it.
            if (mention.Type == "PER" && (EndsPhrase(mention, source) || FollowedByComma(mention))) person ??= mention;
            last = mention;
        }
        if (person is not null) return person;
        // "The complaint, which was filed in Oslo, …": a place or body that ends an aside set off after the head is not the
        // speaker; a person is still found above.
        if (last is not null && EndsPhrase(last, source) && !EndsAside(last, source) && !InPlaceAdjunct(last, source)) return last;
        return null;
    }

    /// <summary>
    /// "a complaint filed [in Vermont]", "the exit polls [in Ohio]", "a diver at the yard [in Dover, Delaware]": a place the
    /// phrase's preposition puts its head in, or the region after such a place.
    /// </summary>
    private bool InPlaceAdjunct(Mention mention, TextRange source)
    {
        var i = mention.Start;
        while (i > source.Start && char.IsWhiteSpace(text[i - 1])) i--;
        if (i > source.Start && text[i - 1] == ',')
        {
            // The capitalised words of the place before the comma are read past to the preposition before them.
            var k = i - 1;
            while (k > source.Start && char.IsWhiteSpace(text[k - 1])) k--;
            var placeEnd = k;
            while (k > source.Start && char.IsLetter(text[k - 1]))
            {
                var placeWord = k;
                while (placeWord > source.Start && char.IsLetter(text[placeWord - 1])) placeWord--;
                if (!char.IsUpper(text[placeWord])) break;
                k = placeWord;
                while (k > source.Start && char.IsWhiteSpace(text[k - 1])) k--;
            }
            if (k < placeEnd) i = k;
        }
        var wordStart = i;
        while (wordStart > source.Start && char.IsLetter(text[wordStart - 1])) wordStart--;
        return wordStart > source.Start && AttributionRules.PlacePrepositions.Contains(text[wordStart..i]);
    }

    /// <summary>
    /// Whether the mention closes an aside set off by a comma without being the aside itself ("…, which was filed in
    /// Oslo"), unlike a name in apposition ("WeWork's parent, The We Company").
    /// </summary>
    private bool EndsAside(Mention mention, TextRange source)
    {
        if (mention.Start <= source.Start) return false;
        var comma = text.LastIndexOf(',', mention.Start - 1, mention.Start - source.Start);
        return comma >= 0 && text.AsSpan(comma + 1, mention.Start - comma - 1).Trim().Length > 0;
    }

    private bool EndsPhrase(Mention mention, TextRange source)
    {
        for (var i = mention.End; i < source.End; i++)
            if (char.IsLetterOrDigit(text[i]) && !(text[i] == 's' && i > 0 && text[i - 1] is '\'' or '’')) return false;
        return true;
    }

    private bool FollowedByComma(Mention mention)
    {
        var i = mention.End;
        // "Sen. Jo Park of Oregon", "Jo Park from the county board": the place or body qualifies the person.
        foreach (var qualifier in AttributionRules.PersonQualifiers)
            if (string.CompareOrdinal(text, i, qualifier, 0, qualifier.Length) == 0) return true;
        if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] == 's') i += 2;
        return i < text.Length && text[i] == ',';
    }

    private bool InsideQuote(int position)
    {
        foreach (var quote in quotes)
        {
            if (quote.Start > position) break;
            if (position < quote.End) return true;
        }
        return false;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}
