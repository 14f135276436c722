using System.Text.Json;
using Lede.Analysis.Quotes;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Quotes;

public sealed class CueClassifierTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void The_shipped_model_is_embedded()
    {
        var model = CueModel.Default;
        Assert.NotNull(model);
        Assert.True(model.FeatureCount > 1000);
    }

    [Fact]
    public void The_context_of_a_word_reads_its_quote_marks_sentence_position_clause_opener_and_a_name_before_it()
    {
        // "When asked" opens a clause after the full stop; "Ruiz" is a capital that is no sentence's first word.
        var tokens = Tokenizer.Tokenize("The ferry is late. When asked, Mayor Ana Ruiz replied “Not today” to the crowd.");
        var context = CueContext.Of(tokens);
        int At(string word) => tokens.ToList().FindIndex(t => t.Text == word);
        var asked = At("asked");
        Assert.Equal((byte)1, context.SentencePosition[asked]);
        Assert.Equal(At("When"), context.ClauseOpener[asked]);
        Assert.Equal((byte)0, context.CapitalBefore[asked]);
        // The opening mark six tokens on is within reach, further than three.
        Assert.Equal((byte)2, context.QuoteSides[asked]);
        var replied = At("replied");
        Assert.Equal(At("Mayor"), context.ClauseOpener[replied]);
        Assert.Equal((byte)1, context.CapitalBefore[replied]);
        // No mark before it in its sentence (0 × 4), one right after it (1).
        Assert.Equal((byte)1, context.QuoteSides[replied]);
        Assert.Equal((byte)4, context.SentencePosition[replied]);
        // After the closing mark: a mark two tokens back (1 × 4) and none ahead before the full stop.
        Assert.Equal((byte)4, context.QuoteSides[At("crowd") - 2]);
        Assert.Equal(-1, context.ClauseOpener[At("The")]);
    }

    [Fact]
    public void A_stance_verb_outside_the_reporting_list_is_a_cue_with_the_object_as_content()
    {
        const string text = "Governor Dana Whitfield endorsed the transit levy on Monday.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("endorsed", quote.Cue?.Text);
        Assert.Equal("indirect", quote.Kind);
        Assert.StartsWith("the transit levy", quote.Text);
        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
    }

    [Fact]
    public void A_poll_that_shows_a_result_needs_no_that()
    {
        const string text = "The harbour district is split. A new survey shows Whitfield with a narrow lead among older voters.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("shows", quote.Cue?.Text);
        Assert.StartsWith("Whitfield with a narrow lead", quote.Text);
        Assert.Equal("A new survey", quote.Speaker?.Text);
    }

    [Fact]
    public void A_sure_cue_without_a_readable_source_phrase_takes_the_sentence_subject()
    {
        const string text = "Two polls commissioned Sunday found that Whitfield leads the race.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("found", quote.Cue?.Text);
        Assert.Equal("Two polls", quote.Speaker?.Text);
        Assert.Equal("that Whitfield leads the race", quote.Text);
    }

    [Fact]
    public void A_cue_inside_another_attributions_content_is_no_attribution_of_its_own()
    {
        const string text = "Councillor Pia Brandt said the mayor had endorsed the levy without reading it.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("Pia Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void Tokens_scored_in_a_batch_score_as_they_do_one_by_one()
    {
        var model = CueModel.Default!;
        const string text = "The harbour master warned on Tuesday that the ferry levy, which councillors endorsed, would double, officials said.";
        var tokens = Tokenizer.Tokenize(text);
        var hashes = CueFeatures.WordHashes(tokens);
        var features = new ulong[tokens.Count * CueFeatures.Count];
        var single = new float[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var row = features.AsSpan(i * CueFeatures.Count, CueFeatures.Count);
            CueFeatures.Extract(tokens, hashes, i, row);
            single[i] = model.Score(row);
        }
        var batched = new float[tokens.Count];
        model.Score(features, batched);
        Assert.Equal(single, batched);
        Assert.Contains(single, s => s > model.Threshold);
    }

    [Fact]
    public void Cue_features_see_the_subject_past_auxiliaries_and_the_complement_opener()
    {
        static ulong[] FeaturesOf(string text, string word)
        {
            var tokens = Tokenizer.Tokenize(text);
            var i = tokens.ToList().FindIndex(t => t.Text == word);
            var features = new ulong[CueFeatures.Count];
            CueFeatures.Extract(tokens, CueFeatures.WordHashes(tokens), i, features);
            return features;
        }
        // Same word, same subject behind different auxiliaries: the subject feature agrees, the auxiliary count does not.
        var a = FeaturesOf("Officials have also argued that the dam leaks.", "argued");
        var b = FeaturesOf("Officials argued that the dam leaks.", "argued");
        var c = FeaturesOf("Officials argued the dam leaks.", "argued");
        Assert.Equal(a[20], b[20]);
        Assert.NotEqual(a[21], b[21]);
        // "that" right after the verb and no opener at all differ.
        Assert.NotEqual(b[22], c[22]);
    }

    [Fact]
    public void A_participle_before_by_is_a_passive_and_no_cue()
    {
        const string text = "The council passed a compromise rebuffed by the harbour commission last spring.";
        Assert.DoesNotContain(Analyzer.Analyze(text).Quotes, q => q.Cue?.Text == "rebuffed");
    }

    [Fact]
    public void Listed_verbs_used_as_nouns_are_not_cues()
    {
        Assert.Empty(Analyzer.Analyze("Their attacks on the harbour plan continued for weeks.").Quotes);
        Assert.Empty(Analyzer.Analyze("The calls for a recount grew louder.").Quotes);
    }

    [Fact]
    public void Words_inside_quote_marks_are_never_cues()
    {
        const string text = "“We endorsed nothing and we want nothing,” the committee chair told the Riverside Ledger.";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.DoesNotContain(quotes, q => q.Cue?.Text is "endorsed" or "want");
    }

    /// <summary>Invented articles in a temporary PolNeAR-style folder: "proclaimed" is the cue; the auxiliary before it is not the head.</summary>
    private static DirectoryInfo InventedCueArticles()
    {
        var folder = Directory.CreateTempSubdirectory("lede-cues-");
        string[] names = ["Ana Ruiz", "Tomas Berg", "Lena Okoro", "Ivo Marek", "Sara Lindqvist", "Pablo Ortega"];
        string[] claims = ["the park will reopen", "the budget is balanced", "the bridge is safe", "taxes will fall"];
        var lines = new List<string>();
        Directory.CreateDirectory(Path.Combine(folder.FullName, "text"));
        for (var d = 0; d < 24; d++)
        {
            var text = "";
            var attributions = new List<object>();
            for (var s = 0; s < 6; s++)
            {
                var name = names[(d + s) % names.Length];
                var sentence = $"{name} has proclaimed that {claims[(d * 7 + s) % claims.Length]}. The weather stayed mild in the valley. ";
                var cue = text.Length + sentence.IndexOf("has proclaimed", StringComparison.Ordinal);
                attributions.Add(new { kind = "Attribution", cue = new[] { new { fragments = new[] { new[] { cue, cue + "has proclaimed".Length } } } } });
                text += sentence;
            }
            File.WriteAllText(Path.Combine(folder.FullName, "text", $"{d}.txt"), text);
            lines.Add(JsonSerializer.Serialize(new { id = $"a{d}", split = d == 23 ? "dev" : "train", text = $"text/{d}.txt", attributions }));
        }
        File.WriteAllLines(Path.Combine(folder.FullName, "gold.jsonl"), lines);
        return folder;
    }

    private static float ScoreIn(CueModel cues, string sentence, string word)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var hashes = CueFeatures.WordHashes(tokens);
        var features = new ulong[CueFeatures.Count];
        CueFeatures.Extract(tokens, hashes, tokens.ToList().FindIndex(t => t.Text == word), features);
        return cues.Score(features);
    }

    private static CueModel Trained(DirectoryInfo folder, AttributionCueTrainer trainer, List<string>? log = null)
    {
        using var model = new MemoryStream();
        trainer.Train(folder.FullName, model, log is null ? null : log.Add);
        model.Position = 0;
        return CueModel.Read(model);
    }

    [Fact]
    public void Training_learns_the_cue_head_and_the_model_survives_a_round_trip()
    {
        var folder = InventedCueArticles();
        try
        {
            var log = new List<string>();
            var cues = Trained(folder, new AttributionCueTrainer { Epochs = 3, HoldOutEvery = 4 }, log);
            Assert.Contains(log, l => l.StartsWith("23 articles", StringComparison.Ordinal)); // the dev article is never read

            const string sentence = "Marta Velez has proclaimed that the pool is open.";
            Assert.True(ScoreIn(cues, sentence, "proclaimed") > cues.Threshold);
            Assert.True(ScoreIn(cues, sentence, "has") < cues.Threshold);
            Assert.True(ScoreIn(cues, sentence, "pool") < cues.Threshold);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Averaged_models_score_the_mean_of_their_seeds()
    {
        var folder = InventedCueArticles();
        try
        {
            var first = Trained(folder, new AttributionCueTrainer { Epochs = 1, Seed = 1, AveragedModels = 1 });
            var second = Trained(folder, new AttributionCueTrainer { Epochs = 1, Seed = 2, AveragedModels = 1 });
            var averaged = Trained(folder, new AttributionCueTrainer { Epochs = 1, Seed = 1, AveragedModels = 2 });
            const string sentence = "Marta Velez has proclaimed that the pool is open.";
            foreach (var word in new[] { "proclaimed", "has", "pool" })
            {
                var (a, b) = (ScoreIn(first, sentence, word), ScoreIn(second, sentence, word));
                Assert.NotEqual(a, b); // the seeds differ, so the test can tell a mean from either model
                Assert.Equal((a + b) / 2, ScoreIn(averaged, sentence, word), 0.05f);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_corrupt_model_is_rejected()
    {
        using var bytes = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(bytes, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write("\u0007LEDENER"u8);
        bytes.Position = 0;
        Assert.Throws<InvalidDataException>(() => CueModel.Read(bytes));
    }
}
