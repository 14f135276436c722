using Lede.Analysis.Rules;

namespace Lede.Analysis.Entities;

/// <summary>
/// After tagging a document: one-word names that the tagger, trained on 1996 Reuters, reads as persons or as MISC
/// where the text shows a company or other organisation, and then the same word wherever else the document uses it.
/// The evidence: a word written with a capital inside ("WeWork", "SoftBank", "JetBlue") typed a person on its own
/// (people's names with such a hump start with a surname prefix, <see cref="EntityRules.HumpedSurnamePrefixes"/>:
/// "McConnell", "DeSantis"); and a one-word MISC name, not a plural, right before a verb of saying or "also" ("Nissan
/// says", "Toyota reported", "Boeing also managed", but not "the British also sent"); a name ending in s, "Reuters", is passed over with the plurals): products, events and a nationality's adjective say nothing ("Iraqis claimed" is a people). The word's other occurrences on their own, typed PER or MISC or
/// untagged ("Nissan is hoping …" opening a sentence), are then the organisation too.
/// </summary>
internal static class CompanyNames
{
    /// <summary>Retags <paramref name="tags"/> (BILOU, one array per sentence of <paramref name="words"/>) in place.</summary>
    public static void Apply(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        var personUnit = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Unit);
        var otherUnit = EntityTagSet.Tag(EntityTagSet.Other, EntityTagSet.Unit);
        var organizationUnit = EntityTagSet.Tag(EntityTagSet.Organization, EntityTagSet.Unit);
        HashSet<string>? companies = null;
        for (var s = 0; s < tags.Count; s++)
            for (var i = 0; i < words[s].Count; i++)
            {
                var tag = tags[s][i];
                var word = words[s][i];
                if (tag == personUnit && IsHumpedCompanyWord(word)
                    || tag == otherUnit && i + 1 < words[s].Count && (EntityRules.SayingVerbs.Contains(words[s][i + 1]) || EntityRules.ActionAdverbs.Contains(words[s][i + 1]) && !AfterArticle(words[s], i))
                       && !IsAllCapitals(word) && !IsPlural(word))
                    (companies ??= new HashSet<string>(StringComparer.Ordinal)).Add(word);
            }
        if (companies is null) return;
        for (var s = 0; s < tags.Count; s++)
        {
            var sentence = words[s];
            var sentenceTags = tags[s];
            for (var i = 0; i < sentence.Count; i++)
            {
                var tag = sentenceTags[i];
                if (!companies.Contains(sentence[i]) || !(tag == personUnit || tag == otherUnit || tag == EntityTagSet.Outside)) continue;
                // Untagged and alone: no tagged or capitalised word beside it that would make it part of a longer name.
                if (tag == EntityTagSet.Outside)
                {
                    if (i + 1 < sentence.Count && (sentenceTags[i + 1] != EntityTagSet.Outside || IsCapitalised(sentence[i + 1]))) continue;
                    if (i > 0 && (sentenceTags[i - 1] != EntityTagSet.Outside || i > 1 && IsCapitalised(sentence[i - 1]))) continue;
                }
                sentenceTags[i] = organizationUnit;
            }
        }
    }

    /// <summary>
    /// A word of letters with a capital after a lower-case letter ("WeWork", "SoftBank"), not all capitals, whose part
    /// before the first such capital is no surname prefix ("McConnell").
    /// </summary>
    internal static bool IsHumpedCompanyWord(string word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0])) return false;
        var hump = -1;
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLetter(word[i])) return false;
            if (hump < 0 && char.IsUpper(word[i]) && char.IsLower(word[i - 1])) hump = i;
        }
        return hump > 0 && !EntityRules.HumpedSurnamePrefixes.Contains(word[..hump]);
    }

    // "The British also sent": a people written as a noun takes "the", a company acting ("Boeing also managed") does not.
    private static bool AfterArticle(IReadOnlyList<string> sentence, int i) => i > 0 && sentence[i - 1] is "the" or "The";

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsAllCapitals(string word) => !word.Any(char.IsLower);

    // "Iraqis claimed": a people speaks through its plural, and a company's name rarely ends so.
    private static bool IsPlural(string word) => word[^1] == 's';
}
