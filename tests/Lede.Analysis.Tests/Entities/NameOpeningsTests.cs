using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class NameOpeningsTests
{
    private static int[] Tags(params string[] bilou) => BilouTags.Parse(bilou);

    [Fact]
    public void An_interjection_opening_a_name_is_left_out_of_it()
    {
        string[][] words =
        [
            ["Hey", "Twitter", ",", "look", "."],
            ["Dear", "Ada", "Okafor", ",", "thanks", "."],
            ["Hope", "Okafor", "spoke", "."],
        ];
        int[][] tags =
        [
            Tags("B-PER", "L-PER", "O", "O", "O"),
            Tags("B-PER", "I-PER", "L-PER", "O", "O", "O"),
            Tags("B-PER", "L-PER", "O", "O"),
        ];
        NameOpenings.Apply(words, tags);
        Assert.Equal(["O", "U-PER", "O", "O", "O"], BilouTags.Names(tags[0]));
        Assert.Equal(["O", "B-PER", "L-PER", "O", "O", "O"], BilouTags.Names(tags[1]));
        // "Hope" is a given name too, and no interjection.
        Assert.Equal(["B-PER", "L-PER", "O", "O"], BilouTags.Names(tags[2]));
    }

    [Fact]
    public void An_interjection_tagged_as_a_name_of_its_own_is_no_name()
    {
        string[][] words = [["‘", "Oh", "that", "’s", "not", "fair", "’"], ["Dear", ",", "Ohio", "voted", "."]];
        int[][] tags = [Tags("O", "U-LOC", "O", "O", "O", "O", "O"), Tags("U-PER", "O", "U-LOC", "O", "O")];
        NameOpenings.Apply(words, tags);
        Assert.Equal(["O", "O", "O", "O", "O", "O", "O"], BilouTags.Names(tags[0]));
        Assert.Equal(["O", "O", "U-LOC", "O", "O"], BilouTags.Names(tags[1]));
    }
}
