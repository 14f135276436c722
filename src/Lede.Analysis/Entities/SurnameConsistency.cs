using Lede.Analysis.Linking;
using Lede.Analysis.Rules;

namespace Lede.Analysis.Entities;

/// <summary>
/// After tagging a document: a surname that the document gives in a person's full name ("Donald Trump", "Phil
/// Simmons") is that person wherever it stands alone and untagged ("Trump said …" at a sentence's start), and a
/// two-word name ending on it is a person ("Melania Trump", typed ORG). News names people in full once, then by
/// surname; a surname that is also a common word ("trump", "rice", "pence") can lose its capital's evidence at a
/// sentence's start, and the document has already said who it is.
/// </summary>
internal static class SurnameConsistency
{
    // The most words a surname written alone takes ("bin Zayed Al Nahyan"): longer tails of a name are no surname.
    private const int MaxSurnameWords = 4;

    /// <summary>Retags <paramref name="tags"/> (BILOU, one array per sentence of <paramref name="words"/>) in place.</summary>
    public static void Apply(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        GivenNamedOrganizations(words, tags);
        HashSet<string>? surnames = null;
        HashSet<string>? longSurnames = null;
        for (var s = 0; s < tags.Count; s++)
        {
            foreach (var (first, last, type) in EntityTagSet.Spans(tags[s]))
            {
                if (type != EntityTagSet.Other && IsLeaderBeforeTerm(words[s], first, last)) (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(words[s][first]);
                // A platform's name is no one's surname, whatever span the tagger ran it into.
                if (type != EntityTagSet.Person || last == first || !IsNameWord(words[s][last]) || EntityRules.KnownOrganizations.Contains(words[s][last])) continue;
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(words[s][last]);
                // "James Van Der Beek": "Van Der Beek" and "Der Beek" are his surname written alone.
                for (var k = Math.Max(first + 1, last - MaxSurnameWords + 1); k < last; k++)
                    if (EntityRules.SurnameParticles.Contains(words[s][k]))
                        (longSurnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(string.Join(' ', words[s].Skip(k).Take(last - k + 1)));
            }
        }
        for (var s = 0; s < tags.Count; s++)
            if (TitledSurname(words[s]) is { } titled)
                foreach (var surname in titled) (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(surname);
        if (surnames is null) return;
        for (var s = 0; s < tags.Count; s++)
        {
            var sentence = words[s];
            var sentenceTags = tags[s];
            for (var i = 0; i < sentence.Count; i++)
            {
                if (sentenceTags[i] != EntityTagSet.Outside || !surnames.Contains(sentence[i])) continue;
                // Alone: beside it no tagged word and no capitalised word that could make it part of another name
                // ("Trump Tower"), except a sentence's capitalised first word ("When Trump spoke").
                if (i + 1 < sentence.Count && (sentenceTags[i + 1] != EntityTagSet.Outside || IsNameWord(sentence[i + 1]))) continue;
                if (i > 0 && (sentenceTags[i - 1] != EntityTagSet.Outside || i > 1 && IsNameWord(sentence[i - 1]))) continue;
                sentenceTags[i] = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Unit);
            }
            foreach (var (first, last, type) in EntityTagSet.Spans(sentenceTags).ToList())
            {
                if (type == EntityTagSet.Person || !surnames.Contains(sentence[last])) continue;
                if (longSurnames is not null && last > first && last - first < MaxSurnameWords && longSurnames.Contains(string.Join(' ', sentence.Skip(first).Take(last - first + 1))))
                {
                    sentenceTags[first] = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Begin);
                    for (var k = first + 1; k < last; k++) sentenceTags[k] = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Inside);
                    sentenceTags[last] = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Last);
                    continue;
                }
                if (last == first) sentenceTags[first] = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Unit);
                else if (last == first + 1 && IsNameWord(sentence[first]) && !surnames.Contains(sentence[first]))
                {
                    sentenceTags[first] = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Begin);
                    sentenceTags[last] = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Last);
                }
            }
        }
    }

    /// <summary>
    /// Surnames a person's title shows, whatever type the tagger gave them: "Mr. Trump", "President Obama", "Sen. Elizabeth
    /// Warren" (the last of one to three name words after the title). A news story that never gives the full name still
    /// titles its person once; a tagger trained on 1996 text reads an unseen surname as a company. Passed over: a lone
    /// given name, which opens a name the title's words do not finish ("Mayor Bill de Blasio"), and a word that ends an
    /// organisation's name ("Judge Baker Center"). A weekday ends the name words ("President Obama Monday signed").
    /// </summary>
    internal static List<string>? TitledSurname(IReadOnlyList<string> sentence)
    {
        List<string>? found = null;
        for (var i = 1; i < sentence.Count; i++)
        {
            if (!EntityRules.PersonTitles.Contains(sentence[i - 1]) || !IsTitledNameWord(sentence[i])) continue;
            var end = i;
            while (end + 1 < sentence.Count && end - i < 2 && IsTitledNameWord(sentence[end + 1])) end++;
            if (end + 1 < sentence.Count && (IsTitledNameWord(sentence[end + 1]) || EntityRules.SurnameParticles.Contains(sentence[end + 1]))) continue;
            var surname = sentence[end];
            if (end == i && GivenNames.Knows(surname)) continue;
            if (EntityRules.OrganizationNameEnds.Contains(surname) || EntityRules.OfficeWords.Contains(surname)
                || AttributionRules.NamedBodyHeads.Contains(surname) || EntityRules.KnownOrganizations.Contains(surname)) continue;
            (found ??= []).Add(surname);
        }
        return found;
    }

    /// <summary>
    /// Retypes as a person a two-word organisation that is a listed given name and a surname the document also names alone
    /// ("Donald Trump" … "Trump", all typed ORG: the 1996 tagger never saw the surname, and its second pass carries the
    /// reading through the document). The surname alone then follows as a person's. Left alone: a first word the document
    /// puts before other names too (a make: "Reynard Honda", "Reynard Ford"), a lone word typed a place or MISC
    /// ("Cleveland Indians" … "Indians"), and the forms <see cref="IsGivenNameAndSurname"/> excludes.
    /// </summary>
    internal static void GivenNamedOrganizations(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        List<(int Sentence, int First)>? candidates = null;
        for (var s = 0; s < tags.Count; s++)
            foreach (var (first, last, type) in EntityTagSet.Spans(tags[s]))
                if (type == EntityTagSet.Organization && IsGivenNameAndSurname(words[s], first, last)) (candidates ??= []).Add((s, first));
        if (candidates is null) return;
        // Per first word of a name of other type than person: the rest of the name, or null when it differs between spans.
        var restAfterFirst = new Dictionary<string, string?>(StringComparer.Ordinal);
        var loneNames = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < tags.Count; s++)
            foreach (var (first, last, type) in EntityTagSet.Spans(tags[s]))
            {
                if (type == EntityTagSet.Person && last > first) continue;
                if (last == first)
                {
                    if (type is EntityTagSet.Person or EntityTagSet.Organization) loneNames.Add(words[s][first]);
                    continue;
                }
                var rest = string.Join(' ', words[s].Skip(first + 1).Take(last - first));
                restAfterFirst[words[s][first]] = restAfterFirst.TryGetValue(words[s][first], out var seen) && seen != rest ? null : rest;
            }
        foreach (var (s, first) in candidates)
        {
            if (restAfterFirst[words[s][first]] is null || !loneNames.Contains(words[s][first + 1])) continue;
            tags[s][first] = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Begin);
            tags[s][first + 1] = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Last);
        }
    }

    /// <summary>
    /// A one-word name before a leader's term ("the Obama administration", typed LOC: Obama is also a Japanese town): the
    /// surname of the person who leads, not a listed organisation. Its caller passes over MISC ("a Republican
    /// administration").
    /// </summary>
    internal static bool IsLeaderBeforeTerm(IReadOnlyList<string> sentence, int first, int last) =>
        last == first && last + 1 < sentence.Count && EntityRules.LeaderTermNouns.Contains(sentence[last + 1]) && IsNameWord(sentence[first])
        && !EntityRules.KnownOrganizations.Contains(sentence[first]);

    /// <summary>
    /// A two-word name that is a listed given name and a surname. Not a given name that is also a place ("Florida
    /// Marlins"), nor a second word that ends an organisation's or newspaper's name ("Washington Post"), names an office,
    /// a body, a product kind or a place ("Ford China"), nor a listed organisation.
    /// </summary>
    internal static bool IsGivenNameAndSurname(IReadOnlyList<string> sentence, int first, int last)
    {
        if (last != first + 1) return false;
        string given = sentence[first], surname = sentence[last];
        if (!IsNameWord(given) || !IsNameWord(surname) || !GivenNames.Knows(given) || PlaceNames.Default.IsReferencePlace(given)) return false;
        return !EntityRules.OrganizationNameEnds.Contains(surname) && !EntityRules.OfficeWords.Contains(surname)
            && !AttributionRules.NamedBodyHeads.Contains(surname) && !EntityRules.KnownOrganizations.Contains(surname)
            && !EntityRules.KnownOrganizations.Contains(given) && !EntityRules.NewspaperNameEnds.Contains(surname)
            && !EntityRules.ProductKindNouns.Contains(surname) && !PlaceNames.Default.IsReferencePlace(surname);
    }

    // A name word after a title, a weekday excepted: "President Okonjo Monday signed" names Okonjo, not a person "Monday".
    private static bool IsTitledNameWord(string word) => IsNameWord(word) && !EntityRules.Weekdays.Contains(word);

    // A capitalised word of letters (an apostrophe or hyphen inside): "Trump", "O'Neill", "Lange-Fricke".
    private static bool IsNameWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLetter(word[^1])) return false;
        var lower = false;
        foreach (var c in word)
        {
            if (char.IsLower(c)) lower = true;
            else if (!char.IsLetter(c) && c is not ('\'' or '’' or '-')) return false;
        }
        return lower;
    }
}
