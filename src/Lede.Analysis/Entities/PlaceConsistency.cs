using Lede.Analysis.Rules;

namespace Lede.Analysis.Entities;

/// <summary>
/// After tagging a document: a one-word name the document writes as a place ("in Ferguson", "outside Tulsa", "Ferguson,
/// Missouri") and
/// that the reference list of places holds is that place wherever the tagger typed it a person standing alone
/// ("Ferguson erupted", "visit Ferguson"). A town named like a surname reads as a person where it acts as a sentence's
/// subject, and the tagger's second pass then carries that person through the document. A word the document also
/// gives as part of a person's longer name ("Niall Ferguson") or after a person's title is left as the tagger has it.
/// The reference list leaves out places named like given names ("Charlotte", "Austin"); the larger of those count here
/// from their own list (<see cref="PlaceNames.IsCityNamedLikeGivenName"/>), on the same evidence.
/// </summary>
internal static class PlaceConsistency
{
    /// <summary>Retags <paramref name="tags"/> (BILOU, one array per sentence of <paramref name="words"/>) in place.</summary>
    public static void Apply(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        var personUnit = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Unit);
        HashSet<string>? places = null;
        HashSet<string>? personWords = null;
        for (var s = 0; s < tags.Count; s++)
        {
            var sentence = words[s];
            var sentenceTags = tags[s];
            foreach (var (first, last, type) in EntityTagSet.Spans(sentenceTags))
            {
                if (type == EntityTagSet.Person && last > first)
                {
                    // A title inside the span ends what comes before it: "[Tulsa Mayor Ada Okonjo]" names the city first.
                    var nameStart = first;
                    for (var k = first; k < last; k++)
                        if (EntityRules.PersonTitles.Contains(sentence[k])) nameStart = k + 1;
                    for (var k = nameStart; k <= last; k++) (personWords ??= new HashSet<string>(StringComparer.Ordinal)).Add(sentence[k]);
                }
                if (last != first || first == 0) continue;
                if (EntityRules.PersonTitles.Contains(sentence[first - 1])) (personWords ??= new HashSet<string>(StringComparer.Ordinal)).Add(sentence[first]);
                else if ((EntityRules.PlacePrepositions.Contains(sentence[first - 1]) && (first + 1 == sentence.Count || !IsCapitalised(sentence[first + 1]))
                        || BeforeCommaAndPlace(sentence, sentenceTags, first))
                    && (PlaceNames.Default.IsReferencePlace(sentence[first]) || PlaceNames.IsCityNamedLikeGivenName(sentence[first]))
                    && !EntityRules.BelievedInPersons.Contains(sentence[first]))
                    (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(sentence[first]);
            }
        }
        if (places is null) return;
        if (personWords is not null) places.ExceptWith(personWords);
        if (places.Count == 0) return;
        var placeUnit = EntityTagSet.Tag(EntityTagSet.Place, EntityTagSet.Unit);
        for (var s = 0; s < tags.Count; s++)
            for (var i = 0; i < words[s].Count; i++)
                if (tags[s][i] == personUnit && places.Contains(words[s][i])) tags[s][i] = placeUnit;
    }

    // "Charlotte, N.C.", "Orlando, Florida": a town written with its state or country after a comma.
    private static bool BeforeCommaAndPlace(IReadOnlyList<string> sentence, int[] sentenceTags, int word) =>
        word + 2 < sentence.Count && sentence[word + 1] == "," && EntityTagSet.TypeOf(sentenceTags[word + 2]) == EntityTagSet.Place
        && EntityTagSet.PartOf(sentenceTags[word + 2]) is EntityTagSet.Begin or EntityTagSet.Unit;

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
