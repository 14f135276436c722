using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class CompanyNamesTests
{
    private static int[] Tags(params string[] bilou) => BilouTags.Parse(bilou);

    [Fact]
    public void A_humped_word_typed_a_person_is_a_company_and_so_is_the_same_word_alone_elsewhere()
    {
        string[][] words =
        [
            ["Lumora", "is", "growing", "."],
            ["Investors", "praised", "LumoraWorks", "on", "Monday", "."],
            ["LumoraWorks", "is", "based", "in", "Oslo", "."],
            ["LumoraWorks", "Tower", "opened", "."],
        ];
        int[][] tags =
        [
            Tags("O", "O", "O", "O"),
            Tags("O", "O", "U-PER", "O", "O", "O"),
            Tags("O", "O", "O", "O", "U-LOC", "O"),
            Tags("O", "O", "O", "O"),
        ];
        CompanyNames.Apply(words, tags);
        Assert.Equal("U-ORG", EntityTagSet.Name(tags[1][2]));
        Assert.Equal("U-ORG", EntityTagSet.Name(tags[2][0]));
        // Beside another capitalised word it may be part of a longer name: left alone.
        Assert.Equal("O", EntityTagSet.Name(tags[3][0]));
        Assert.All(tags[0], t => Assert.Equal(EntityTagSet.Outside, t));
    }

    [Fact]
    public void A_misc_word_before_also_is_a_company_and_so_is_its_possessive_elsewhere()
    {
        string[][] words =
        [
            ["Kestrel", "also", "won", "bids", "."],
            ["buying", "30", "of", "Kestrel", "'s", "jets", "."],
            ["Iraqis", "also", "marched", "."],
        ];
        int[][] tags =
        [
            Tags("U-MISC", "O", "O", "O", "O"),
            Tags("O", "O", "O", "U-MISC", "O", "O", "O"),
            Tags("U-MISC", "O", "O", "O"),
        ];
        CompanyNames.Apply(words, tags);
        Assert.Equal("U-ORG", EntityTagSet.Name(tags[0][0]));
        Assert.Equal("U-ORG", EntityTagSet.Name(tags[1][3]));
        // A people's plural acts too: it stays MISC.
        Assert.Equal("U-MISC", EntityTagSet.Name(tags[2][0]));
    }

    [Fact]
    public void A_people_after_the_before_also_stays_misc()
    {
        string[][] words =
        [
            ["The", "British", "also", "sent", "troops", "."],
            ["British", "troops", "arrived", "."],
        ];
        int[][] tags =
        [
            Tags("O", "U-MISC", "O", "O", "O", "O"),
            Tags("U-MISC", "O", "O", "O"),
        ];
        CompanyNames.Apply(words, tags);
        Assert.Equal("U-MISC", EntityTagSet.Name(tags[0][1]));
        Assert.Equal("U-MISC", EntityTagSet.Name(tags[1][0]));
    }

    [Theory]
    [InlineData("McConnell")]
    [InlineData("DeSantis")]
    [InlineData("MacArthur")]
    [InlineData("LeBron")]
    public void A_humped_surname_stays_a_person(string name)
    {
        string[][] words = [["Senator", name, "spoke", "."]];
        int[][] tags = [Tags("O", "U-PER", "O", "O")];
        CompanyNames.Apply(words, tags);
        Assert.Equal("U-PER", EntityTagSet.Name(tags[0][1]));
    }

    [Fact]
    public void A_misc_name_that_speaks_is_an_organisation_but_a_people_or_a_plural_noun_after_it_is_not_evidence()
    {
        string[][] words =
        [
            ["Brindle", "is", "hoping", "for", "more", "buyers", "."],
            ["Yet", "Brindle", "says", "it", "will", "cost", "less", "."],
            ["Iraqis", "claimed", "they", "were", "refugees", "."],
            ["Three", "Northeastern", "states", "agreed", "."],
        ];
        int[][] tags =
        [
            Tags("O", "O", "O", "O", "O", "O", "O"),
            Tags("O", "U-MISC", "O", "O", "O", "O", "O", "O"),
            Tags("U-MISC", "O", "O", "O", "O", "O"),
            Tags("O", "U-MISC", "O", "O", "O"),
        ];
        CompanyNames.Apply(words, tags);
        Assert.Equal("U-ORG", EntityTagSet.Name(tags[1][1]));
        Assert.Equal("U-ORG", EntityTagSet.Name(tags[0][0]));
        Assert.Equal("U-MISC", EntityTagSet.Name(tags[2][0]));
        Assert.Equal("U-MISC", EntityTagSet.Name(tags[3][1]));
    }

    [Theory]
    [InlineData("WeWork", true)]
    [InlineData("SoftBank", true)]
    [InlineData("McDonald", false)]
    [InlineData("NATO", false)]
    [InlineData("iPhone", false)]
    [InlineData("Smith", false)]
    public void Humped_company_words(string word, bool expected) => Assert.Equal(expected, CompanyNames.IsHumpedCompanyWord(word));
}
