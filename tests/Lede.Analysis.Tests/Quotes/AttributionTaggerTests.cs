using System.Text;
using System.Text.Json;
using Lede.Analysis.Quotes;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Quotes;

public sealed class AttributionTaggerTests
{
    [Fact]
    public void The_shipped_tagger_is_embedded()
    {
        var tagger = AttributionTagger.Default;
        Assert.NotNull(tagger);
        Assert.True(tagger.FeatureCount > 10_000);
    }

    [Fact]
    public void Decoding_never_continues_a_content_that_did_not_begin()
    {
        const int n = 3, T = AttributionTagger.TagCount;
        var emissions = new float[n * T];
        // Every token prefers "inside a content" and the second one "outside": a content cannot resume after it.
        for (var t = 0; t < n; t++) emissions[t * T + AttributionTagger.InsideContent] = 5;
        emissions[1 * T + AttributionTagger.Outside] = 20;
        var tags = new int[n];
        AttributionTagger.Decode(emissions, new float[(T + 1) * T], n, tags);
        Assert.NotEqual(AttributionTagger.InsideContent, tags[0]);
        Assert.Equal(AttributionTagger.Outside, tags[1]);
        Assert.NotEqual(AttributionTagger.InsideContent, tags[2]);
    }

    [Fact]
    public void Decoding_finds_the_paths_of_a_scan_over_every_allowed_pair_ties_included()
    {
        const int T = AttributionTagger.TagCount;
        var rng = new Random(5);
        for (var round = 0; round < 300; round++)
        {
            var n = rng.Next(1, 60);
            var (emissions, transitions) = ReferenceViterbi.RandomCase(rng, n, T, coarse: round % 2 == 0);
            var decoded = new int[n];
            AttributionTagger.Decode(emissions, transitions, n, decoded);
            // Any tag may end a sentence.
            Assert.Equal(ReferenceViterbi.Decode(emissions, transitions, n, T, AttributionTagger.Allowed, _ => true), decoded);
        }
    }

    [Fact]
    public void Written_and_read_back_the_tagger_tags_the_same()
    {
        var tagger = AttributionTagger.Default!;
        using var buffer = new MemoryStream();
        tagger.Write(buffer);
        buffer.Position = 0;
        var copy = AttributionTagger.Read(buffer);
        var text = "Harbour officials said on Monday that the ferry levy would rise next spring.";
        var tokens = Tokenizer.Tokenize(text);
        var states = AttributionTagFeatures.QuoteStates(tokens, QuoteMarkScanner.Scan(text));
        var hashes = CueFeatures.WordHashes(tokens);
        var (first, second) = (new int[tokens.Count], new int[tokens.Count]);
        tagger.Tag(tokens, hashes, states, 0, tokens.Count, first);
        copy.Tag(tokens, hashes, states, 0, tokens.Count, second);
        Assert.Equal(tagger.FeatureCount, copy.FeatureCount);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_corrupt_tagger_is_refused()
    {
        using var buffer = new MemoryStream([1, 2, 3, 4]);
        Assert.ThrowsAny<InvalidDataException>(() => AttributionTagger.Read(buffer));
    }

    [Fact]
    public void A_tagger_trained_on_invented_attributions_finds_what_it_was_taught()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lede-tags-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var people = new[] { "Okafor", "Berglund", "Kowalczyk", "Lindqvist" };
            var things = new[] { "the new ferry plan for the harbour", "a higher levy on the old port", "the bridge budget for next year", "the tram route along the river" };
            var days = new[] { "Monday", "Tuesday", "Friday" };
            var text = new StringBuilder();
            var attributions = new List<object>();
            object Span(int start, int end) => new[] { new { fragments = new[] { new[] { start, end } } } };
            for (var i = 0; i < 60; i++)
            {
                var source = text.Length;
                text.Append(people[i % people.Length]);
                var cue = text.Length + 1;
                text.Append(" backed ");
                var content = text.Length;
                text.Append(things[i % things.Length]);
                var contentEnd = text.Length;
                text.Append(" on ").Append(days[i % days.Length]).Append(".\n\n");
                attributions.Add(new { source = Span(source, cue - 1), cue = Span(cue, cue + 6), content = Span(content, contentEnd) });
            }
            File.WriteAllText(Path.Combine(folder, "a.txt"), text.ToString());
            File.WriteAllText(Path.Combine(folder, "gold.jsonl"), JsonSerializer.Serialize(new { split = "train", text = "a.txt", attributions }) + "\n"
                // A dev article whose text does not exist: the trainer must never open it.
                + JsonSerializer.Serialize(new { split = "dev", text = "missing.txt", attributions = Array.Empty<object>() }) + "\n");

            using var buffer = new MemoryStream();
            new AttributionTaggerTrainer { Epochs = 3, MinFeatureCount = 1, PruneBelow = 0 }.Train(folder, buffer);
            buffer.Position = 0;
            var tagger = AttributionTagger.Read(buffer);

            const string sentence = "Amara backed the new tram route to the harbour on Sunday.";
            var tokens = Tokenizer.Tokenize(sentence);
            var found = AttributionFinder.Find(sentence, tokens, SentenceSplitter.Split(sentence, tokens), QuoteMarkScanner.Scan(sentence), tagger: tagger);
            var attribution = Assert.Single(found);
            Assert.Equal("Amara", sentence[attribution.Source.Start..attribution.Source.End]);
            Assert.Equal("backed", sentence[attribution.Cue.Start..attribution.Cue.End]);
            Assert.StartsWith("the new tram route", sentence[attribution.Content.Start..attribution.Content.End]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
