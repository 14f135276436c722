using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class PlaceConsistencyTests
{
    private static int[] Tags(params string[] bilou) => BilouTags.Parse(bilou);

    private static string[] Names(int[] tags) => BilouTags.Names(tags);

    [Fact]
    public void A_listed_place_the_document_writes_after_in_is_the_place_where_it_was_typed_a_person()
    {
        string[][] words =
        [
            ["Ferguson", "erupted", "after", "the", "shooting", "."],
            ["Troopers", "stayed", "in", "Ferguson", "overnight", "."],
        ];
        int[][] tags = [Tags("U-PER", "O", "O", "O", "O", "O"), Tags("O", "O", "O", "U-PER", "O", "O")];
        PlaceConsistency.Apply(words, tags);
        Assert.Equal("U-LOC", Names(tags[0])[0]);
        Assert.Equal("U-LOC", Names(tags[1])[3]);
    }

    [Fact]
    public void A_place_word_that_is_also_part_of_a_persons_name_or_believed_in_stays_as_tagged()
    {
        string[][] words =
        [
            ["Niall", "Ferguson", "wrote", "it", "."],
            ["Ferguson", "said", "so", "in", "Ferguson", "."],
            ["We", "believe", "in", "God", "."],
            ["God", "is", "great", "."],
        ];
        int[][] tags =
        [
            Tags("B-PER", "L-PER", "O", "O", "O"),
            Tags("U-PER", "O", "O", "O", "U-LOC", "O"),
            Tags("O", "O", "O", "U-PER", "O"),
            Tags("U-PER", "O", "O", "O"),
        ];
        PlaceConsistency.Apply(words, tags);
        Assert.Equal("U-PER", Names(tags[1])[0]);
        Assert.Equal("U-PER", Names(tags[2])[3]);
        Assert.Equal("U-PER", Names(tags[3])[0]);
    }

    [Fact]
    public void A_title_inside_a_persons_span_does_not_make_the_place_before_it_a_name()
    {
        string[][] words =
        [
            ["Tulsa", "Mayor", "Ada", "Okonjo", "spoke", "."],
            ["Crowds", "gathered", "in", "Tulsa", "."],
            ["Tulsa", "waited", "."],
        ];
        int[][] tags =
        [
            Tags("B-PER", "I-PER", "I-PER", "L-PER", "O", "O"),
            Tags("O", "O", "O", "U-LOC", "O"),
            Tags("U-PER", "O", "O"),
        ];
        PlaceConsistency.Apply(words, tags);
        Assert.Equal("U-LOC", Names(tags[2])[0]);
    }

    [Fact]
    public void A_city_named_like_a_given_name_is_the_place_where_the_document_writes_it_after_in()
    {
        string[][] words =
        [
            ["Charlotte", "experienced", "chaos", "."],
            ["Troopers", "stayed", "in", "Charlotte", "."],
        ];
        int[][] tags = [Tags("U-PER", "O", "O", "O"), Tags("O", "O", "O", "U-PER", "O")];
        PlaceConsistency.Apply(words, tags);
        Assert.Equal("U-LOC", Names(tags[0])[0]);
        Assert.Equal("U-LOC", Names(tags[1])[3]);
        Assert.True(PlaceNames.IsCityNamedLikeGivenName("Charlotte"));
        Assert.False(PlaceNames.IsCityNamedLikeGivenName("Ferguson"));
    }

    [Fact]
    public void A_listed_place_before_a_comma_and_a_place_is_the_place_but_a_person_before_a_comma_stays()
    {
        string[][] words =
        [
            ["Ferguson", "erupted", "."],
            ["Crowds", "filled", "Ferguson", ",", "Missouri", "."],
        ];
        int[][] tags = [Tags("U-PER", "O", "O"), Tags("O", "O", "U-PER", "O", "U-LOC", "O")];
        PlaceConsistency.Apply(words, tags);
        Assert.Equal("U-LOC", Names(tags[0])[0]);
        Assert.Equal("U-LOC", Names(tags[1])[2]);

        string[][] others = [["Okafor", "spoke", "."], ["He", "met", "Okafor", ",", "Lagos", "'s", "mayor", "."]];
        int[][] otherTags = [Tags("U-PER", "O", "O"), Tags("O", "O", "U-PER", "O", "U-LOC", "O", "O", "O")];
        PlaceConsistency.Apply(others, otherTags);
        Assert.Equal("U-PER", Names(otherTags[0])[0]);
    }
}
