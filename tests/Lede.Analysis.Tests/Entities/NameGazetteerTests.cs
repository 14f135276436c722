using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class NameGazetteerTests
{
    private static readonly NameGazetteer Names = NameGazetteer.Harvest(
    [
        new TrainingSentence(["The", "Harbour", "Daily", "Post", "said", "."], ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]),
        new TrainingSentence(["Harbour", "Daily", "rose", "."], ["B-LOC", "I-LOC", "O", "O"]),
        new TrainingSentence(["Ada", "Noor", "left", "."], ["B-PER", "I-PER", "O", "O"]),
    ]);

    private static byte[] Types(params string[] words)
    {
        var hashes = words.Select(w => TaggerHash.Lower(w)).ToArray();
        var lengths = new byte[NameGazetteer.MaxLength];
        lengths.AsSpan().Fill(0xFF); // stale values from an earlier call must not survive
        Names.TypesByLength(hashes, lengths);
        return lengths;
    }

    [Fact]
    public void Every_known_name_starting_at_the_token_is_found_by_length()
    {
        Assert.Equal([0, 4, 2, 0, 0, 0], Types("Harbour", "Daily", "Post", "said", "it", "rained"));
        Assert.Equal([0, 1, 0, 0, 0, 0], Types("Ada", "Noor"));
    }

    [Fact]
    public void A_sequence_no_name_starts_with_ends_the_search()
    {
        Assert.Equal([0, 0, 0, 0, 0, 0], Types("Harbour", "Weekly", "Post"));
        Assert.Equal([0, 0, 0, 0, 0, 0], Types("Noor", "Ada"));
    }
}
