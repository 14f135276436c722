using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class KnownOrganizationsTests
{
    private static int[] Tags(params string[] bilou) => BilouTags.Parse(bilou);

    [Fact]
    public void A_listed_platform_alone_is_an_organisation_but_not_after_the_or_inside_a_longer_name()
    {
        string[][] words =
        [
            ["She", "posted", "on", "Twitter", "and", "Instagram", "."],
            ["They", "flew", "over", "the", "Amazon", "."],
            ["The", "Google", "Arts", "Project", "opened", "."],
            ["twitter", "is", "a", "word", "."],
        ];
        int[][] tags =
        [
            Tags("O", "O", "O", "U-PER", "O", "U-LOC", "O"),
            Tags("O", "O", "O", "O", "U-LOC", "O"),
            Tags("O", "B-ORG", "I-ORG", "L-ORG", "O", "O"),
            Tags("O", "O", "O", "O", "O"),
        ];
        KnownOrganizations.Apply(words, tags);
        Assert.Equal(["O", "O", "O", "U-ORG", "O", "U-ORG", "O"], tags[0].Select(EntityTagSet.Name));
        Assert.Equal("U-LOC", EntityTagSet.Name(tags[1][4]));
        Assert.Equal(["O", "B-ORG", "I-ORG", "L-ORG", "O", "O"], tags[2].Select(EntityTagSet.Name));
        Assert.All(tags[3], t => Assert.Equal(EntityTagSet.Outside, t));
    }
}
