using Lede.Analysis.Rules;

namespace Lede.Analysis.Entities;

/// <summary>
/// After tagging: a name span that opens with an interjection ("Hey Twitter", "Oh Canada", "Dear Jane Roe") loses it.
/// The word says how the writer addresses a name, and a span taken with it types the name wrongly (a person
/// "Hey Twitter", whose last word then passes for a surname). An interjection tagged as a name of its own ("‘Oh, that’s
/// not fair’" read as a place) is no name.
/// </summary>
internal static class NameOpenings
{
    /// <summary>Retags <paramref name="tags"/> (BILOU, one array per sentence of <paramref name="words"/>) in place.</summary>
    public static void Apply(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        for (var s = 0; s < tags.Count; s++)
        {
            var sentence = words[s];
            var sentenceTags = tags[s];
            for (var i = 0; i < sentence.Count; i++)
            {
                var tag = sentenceTags[i];
                if (tag == EntityTagSet.Outside || !EntityRules.Interjections.Contains(sentence[i])) continue;
                if (EntityTagSet.PartOf(tag) == EntityTagSet.Unit)
                {
                    sentenceTags[i] = EntityTagSet.Outside;
                    continue;
                }
                if (!EntityTagSet.IsBegin(tag) || i + 1 == sentence.Count) continue;
                var type = EntityTagSet.TypeOf(tag);
                sentenceTags[i] = EntityTagSet.Outside;
                // The next word opens the name, or is all of it.
                var next = sentenceTags[i + 1];
                sentenceTags[i + 1] = EntityTagSet.Tag(type, EntityTagSet.PartOf(next) == EntityTagSet.Last ? EntityTagSet.Unit : EntityTagSet.Begin);
            }
        }
    }
}
