using Lede.Analysis.Quotes;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Quotes;

public sealed class ContentEndModelTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void The_shipped_model_is_embedded()
    {
        var model = ContentEndModel.Default;
        Assert.NotNull(model);
        Assert.True(model.FeatureCount > 1000);
    }

    [Fact]
    public void A_reported_content_ends_before_a_relative_clause_about_someone_else()
    {
        const string text = "Whitfield praised the new ferry schedule, which the port board approved last week after months of talks.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Cue?.Text == "praised");
        Assert.StartsWith("the new ferry schedule", quote.Text);
        Assert.DoesNotContain("port board", quote.Text);
    }

    [Fact]
    public void A_content_is_not_cut_before_an_aside_between_dashes()
    {
        const string text = "Port officials say about 40 ferries — including the old steamer, a museum piece — as well as at least 12 barges are still in service.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.EndsWith("are still in service", quote.Text);
    }

    [Fact]
    public void Quoted_words_inside_a_content_are_never_cut()
    {
        const string text = "Whitfield said the levy was “a fair deal for riders, drivers and the harbour alike” before the vote.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Contains("harbour alike”", quote.Text);
    }

    [Fact]
    public void Written_and_read_back_the_model_scores_the_same()
    {
        var model = ContentEndModel.Default!;
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;
        var copy = ContentEndModel.Read(buffer);
        var tokens = Tokenizer.Tokenize("Whitfield endorsed the transit levy on Monday, dealing a blow to the lobby.");
        var hashes = CueFeatures.WordHashes(tokens);
        Assert.Equal(copy.FeatureCount, model.FeatureCount);
        Assert.Equal(model.BestEnd(tokens, hashes, 1, 2, tokens.Count, _ => false), copy.BestEnd(tokens, hashes, 1, 2, tokens.Count, _ => false));
    }

    [Fact]
    public void A_corrupt_model_is_refused()
    {
        using var buffer = new MemoryStream([1, 2, 3, 4]);
        Assert.ThrowsAny<InvalidDataException>(() => ContentEndModel.Read(buffer));
    }
}
