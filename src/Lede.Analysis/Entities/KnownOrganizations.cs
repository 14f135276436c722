using Lede.Analysis.Rules;

namespace Lede.Analysis.Entities;

/// <summary>
/// After tagging: a company or platform of <see cref="EntityRules.KnownOrganizations"/> standing as a whole token, untagged
/// or tagged alone as another type, is an organisation ("posted on [Twitter]", "[Instagram]" typed LOC). Not after "the"
/// ("the Amazon" is the river or the forest), and not inside a longer name, whose type the tagger read from all of it.
/// </summary>
internal static class KnownOrganizations
{
    /// <summary>Retags <paramref name="tags"/> (BILOU, one array per sentence of <paramref name="words"/>) in place.</summary>
    public static void Apply(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        var unit = EntityTagSet.Tag(EntityTagSet.Organization, EntityTagSet.Unit);
        for (var s = 0; s < tags.Count; s++)
        {
            var sentence = words[s];
            var sentenceTags = tags[s];
            for (var i = 0; i < sentence.Count; i++)
            {
                var tag = sentenceTags[i];
                if (tag == unit || !EntityRules.KnownOrganizations.Contains(sentence[i])) continue;
                if (tag != EntityTagSet.Outside && !EntityTagSet.IsUnit(tag)) continue;
                if (i > 0 && sentence[i - 1] is "the" or "The") continue;
                sentenceTags[i] = unit;
            }
        }
    }
}
