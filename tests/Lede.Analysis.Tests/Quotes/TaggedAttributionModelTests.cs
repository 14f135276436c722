using System.Text;
using System.Text.Json;
using Lede.Analysis.Entities;
using Lede.Analysis.Quotes;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Quotes;

public sealed class TaggedAttributionModelTests
{
    // The acceptance features' bias template (TaggedAttributionFeatures.Content's first feature).
    private static readonly ulong AcceptanceBias = FeatureHash.Feature(1, 0);

    private static ulong SourceKind(TaggedSourceKind kind) => FeatureHash.Feature(101, FeatureValue.Small((ulong)kind));

    [Fact]
    public void Written_and_read_back_the_model_scores_the_same()
    {
        var model = new TaggedAttributionModel(new Dictionary<ulong, float> { [AcceptanceBias] = 1.5f, [SourceKind(TaggedSourceKind.SentenceSubject)] = -2f }, 0.25f);
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;
        var copy = TaggedAttributionModel.Read(buffer);
        Assert.Equal(0.25f, copy.Threshold);
        Assert.Equal(2, copy.FeatureCount);
        Assert.Equal(1.5f, copy.Score([AcceptanceBias, 12345UL]));
        Assert.Equal(-2f, copy.Score([SourceKind(TaggedSourceKind.SentenceSubject)]));
    }

    [Fact]
    public void A_corrupt_model_is_refused()
    {
        using var buffer = new MemoryStream([9, 8, 7, 6, 5]);
        Assert.ThrowsAny<InvalidDataException>(() => TaggedAttributionModel.Read(buffer));
    }

    [Fact]
    public void The_best_source_is_the_highest_scoring_option()
    {
        var model = new TaggedAttributionModel(new Dictionary<ulong, float> { [1] = 1f, [2] = 3f }, 0);
        var options = new[]
        {
            new TaggedSourceOption(new TextRange(0, 3), TextRange.None, [1UL]),
            new TaggedSourceOption(new TextRange(5, 9), TextRange.None, [2UL]),
            new TaggedSourceOption(new TextRange(11, 14), TextRange.None, [7UL]),
        };
        Assert.Equal(1, model.BestSource(options));
        Assert.Equal(-1, model.BestSource([]));
    }

    [Fact]
    public void The_model_decides_which_tagged_contents_are_kept_and_whose_they_are()
    {
        var tagger = InventedTagger(out var folder);
        try
        {
            const string sentence = "Amara zeal the new tram route to the harbour on Sunday.";
            var tokens = Tokenizer.Tokenize(sentence);
            IReadOnlyList<Attribution> Find(TaggedAttributionModel model) =>
                AttributionFinder.Find(sentence, tokens, SentenceSplitter.Split(sentence, tokens), QuoteMarkScanner.Scan(sentence), CueModel.Default, tagger: tagger, taggedModel: model);

            // The rules alone know no such cue: what is found comes from the tagger.
            Assert.Empty(AttributionFinder.Find(sentence, tokens, SentenceSplitter.Split(sentence, tokens), QuoteMarkScanner.Scan(sentence), CueModel.Default));
            // A model that keeps nothing adds nothing; one that keeps everything adds the tagged content.
            Assert.Empty(Find(new TaggedAttributionModel(new Dictionary<ulong, float> { [AcceptanceBias] = -1f }, 0)));
            var kept = Assert.Single(Find(new TaggedAttributionModel(new Dictionary<ulong, float> { [AcceptanceBias] = 1f }, 0)));
            Assert.Equal("zeal", sentence[kept.Cue.Start..kept.Cue.End]);
            Assert.StartsWith("the new tram route", sentence[kept.Content.Start..kept.Content.End]);
            Assert.Equal("Amara", sentence[kept.Source.Start..kept.Source.End]);
            // The threshold is the model's: the same weights under a higher one keep nothing.
            Assert.Empty(Find(new TaggedAttributionModel(new Dictionary<ulong, float> { [AcceptanceBias] = 1f }, 2f)));

            // The candidates the trainer reads: the content with its source options, and nothing added.
            var candidates = new List<TaggedCandidate>();
            var found = AttributionFinder.Find(sentence, tokens, SentenceSplitter.Split(sentence, tokens), QuoteMarkScanner.Scan(sentence), CueModel.Default, tagger: tagger, taggedCandidates: candidates);
            Assert.Empty(found);
            var candidate = Assert.Single(candidates);
            Assert.Contains(candidate.Sources, o => sentence[o.Source.Start..o.Source.End] == "Amara");
            Assert.Equal(TaggedAttributionFeatures.ContentCount, candidate.Features.Length);
            Assert.All(candidate.Sources, o => Assert.Equal(TaggedAttributionFeatures.SourceCount, o.Features.Length));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_chooser_trains_on_the_train_split_only_and_the_same_bytes_every_time()
    {
        _ = InventedTagger(out var folder);
        try
        {
            // The gold file also lists a dev article whose text does not exist: reading it would throw.
            byte[] Train()
            {
                using var buffer = new MemoryStream();
                new TaggedAttributionTrainer { Epochs = 2 }.Train(folder, buffer);
                return buffer.ToArray();
            }
            var first = Train();
            Assert.Equal(first, Train());
            var model = TaggedAttributionModel.Read(new MemoryStream(first));
            Assert.Equal(0f, model.Threshold);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Ten invented train articles of "NAME zeal THING on DAY." (and a dev line whose text is missing), and a tagger trained on them.</summary>
    private static AttributionTagger InventedTagger(out string folder)
    {
        folder = Path.Combine(Path.GetTempPath(), "lede-tagged-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var people = new[] { "Okafor", "Berglund", "Kowalczyk", "Lindqvist" };
        var things = new[] { "the new ferry plan for the harbour", "a higher levy on the old port", "the bridge budget for next year", "the tram route along the river" };
        var days = new[] { "Monday", "Tuesday", "Friday" };
        var gold = new StringBuilder();
        object Span(int start, int end) => new[] { new { fragments = new[] { new[] { start, end } } } };
        for (var article = 0; article < 10; article++)
        {
            var text = new StringBuilder();
            var attributions = new List<object>();
            for (var i = 0; i < 12; i++)
            {
                var n = article * 12 + i;
                var source = text.Length;
                text.Append(people[n % people.Length]);
                var cue = text.Length + 1;
                text.Append(" zeal ");
                var content = text.Length;
                text.Append(things[n % things.Length]);
                var contentEnd = text.Length;
                text.Append(" on ").Append(days[n % days.Length]).Append(".\n\n");
                attributions.Add(new { source = Span(source, cue - 1), cue = Span(cue, cue + 4), content = Span(content, contentEnd) });
            }
            File.WriteAllText(Path.Combine(folder, $"a{article}.txt"), text.ToString());
            gold.Append(JsonSerializer.Serialize(new { split = "train", text = $"a{article}.txt", attributions })).Append('\n');
        }
        // A dev article whose text does not exist: the trainers must never open it.
        gold.Append(JsonSerializer.Serialize(new { split = "dev", text = "missing.txt", attributions = Array.Empty<object>() })).Append('\n');
        File.WriteAllText(Path.Combine(folder, "gold.jsonl"), gold.ToString());
        return InventedTaggerFrom(folder);
    }

    private static AttributionTagger InventedTaggerFrom(string folder)
    {
        using var buffer = new MemoryStream();
        new AttributionTaggerTrainer { Epochs = 3, MinFeatureCount = 1, PruneBelow = 0 }.Train(folder, buffer);
        buffer.Position = 0;
        return AttributionTagger.Read(buffer);
    }
}
