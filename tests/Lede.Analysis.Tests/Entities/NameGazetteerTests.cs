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

    [Fact]
    public void A_reference_list_name_carries_its_own_bit_beside_the_types_training_gave()
    {
        // "Harbour Daily" is a place in training and on the list; "Port Velmar" only on the list.
        var names = NameGazetteer.Harvest(
            [new TrainingSentence(["Harbour", "Daily", "rose", "."], ["B-LOC", "I-LOC", "O", "O"])],
            [(["Harbour", "Daily"], NameGazetteer.ReferencePlace), (["Port", "Velmar"], NameGazetteer.ReferencePlace), (["Velmaric"], NameGazetteer.ReferenceLanguage)]);
        var lengths = new byte[NameGazetteer.MaxLength];
        names.TypesByLength(new[] { "harbour", "daily" }.Select(w => TaggerHash.Lower(w)).ToArray(), lengths);
        Assert.Equal(4 | NameGazetteer.ReferencePlace, lengths[1]);
        names.TypesByLength(new[] { "Port", "Velmar", "said" }.Select(w => TaggerHash.Lower(w)).ToArray(), lengths);
        Assert.Equal([0, NameGazetteer.ReferencePlace, 0], lengths[..3]);
        names.TypesByLength([TaggerHash.Lower("Velmaric")], lengths);
        Assert.Equal(NameGazetteer.ReferenceLanguage, lengths[0]);
    }

    [Fact]
    public void The_shipped_reference_lists_hold_places_and_languages_split_into_words()
    {
        var shipped = ReferenceNames.Shipped().ToList();
        Assert.True(shipped.Count > 20_000, $"{shipped.Count} names");
        Assert.Contains(shipped, n => n.Bits == NameGazetteer.ReferencePlace && n.Words.SequenceEqual(["Buenos", "Aires"]));
        Assert.Contains(shipped, n => n.Bits == NameGazetteer.ReferenceLanguage && n.Words.SequenceEqual(["Swahili"]));
        Assert.DoesNotContain(shipped, n => n.Words.Any(w => w.StartsWith('#')));
    }

    [Fact]
    public void A_list_skips_comments_blank_lines_and_names_longer_than_the_gazetteer_holds()
    {
        var read = ReferenceNames.Read(new StringReader("# made-up list\n\nPort  Velmar\nA B C D E F G\n")).ToList();
        Assert.Equal([["Port", "Velmar"]], read);
    }
}
