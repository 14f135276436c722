using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("Mr. Smith arrived at 3.30 p.m. on Jan. 5. He left.", new[] { "Mr. Smith arrived at 3.30 p.m. on Jan. 5.", "He left." })]
    [InlineData("The U.S. Senate voted. The bill passed.", new[] { "The U.S. Senate voted.", "The bill passed." })]
    [InlineData("It came from the U.S. The rest did not.", new[] { "It came from the U.S.", "The rest did not." })]
    [InlineData("Gen. Ada Noor spoke first. Then Dr. Lee answered.", new[] { "Gen. Ada Noor spoke first.", "Then Dr. Lee answered." })]
    [InlineData("Brightwater Inc., a shipper, grew 4.5 percent. Shares rose.", new[] { "Brightwater Inc., a shipper, grew 4.5 percent.", "Shares rose." })]
    [InlineData("J. R. Tolkmann wrote it. Nobody read it.", new[] { "J. R. Tolkmann wrote it.", "Nobody read it." })]
    [InlineData("Sales hit 1,250.75 units. Profits fell 2.5 percent.", new[] { "Sales hit 1,250.75 units.", "Profits fell 2.5 percent." })]
    [InlineData("It was... fine. Next week is worse.", new[] { "It was... fine.", "Next week is worse." })]
    [InlineData("She paused... Then she left.", new[] { "She paused...", "Then she left." })]
    public void Abbreviations_initials_decimals_and_ellipses(string text, string[] expected) => Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("\"We will rebuild.\" The mayor left.", new[] { "\"We will rebuild.\"", "The mayor left." })]
    [InlineData("He said: “It’s over.” Officials disagreed.", new[] { "He said: “It’s over.”", "Officials disagreed." })]
    [InlineData("\"Why now?\" she asked. Nobody knew.", new[] { "\"Why now?\" she asked.", "Nobody knew." })]
    [InlineData("“Stop!” he shouted.", new[] { "“Stop!” he shouted." })]
    [InlineData("\" We won . \" Fans cheered .", new[] { "\" We won . \"", "Fans cheered ." })]
    [InlineData("He said . \" We won . \"", new[] { "He said .", "\" We won . \"" })]
    [InlineData("The vote (held late.) passed. Good.", new[] { "The vote (held late.) passed.", "Good." })]
    public void Quotes_that_close_after_the_full_stop_stay_with_their_sentence(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Dateline_opens_the_first_sentence()
    {
        var sentences = Sentences("OSLO (AP) — The minister resigned Monday. Her deputy takes over.");
        Assert.Equal(["OSLO (AP) — The minister resigned Monday.", "Her deputy takes over."], sentences);
    }

    [Fact]
    public void Line_breaks_end_sentences()
    {
        const string text = "Harbour plan approved\n\nThe council voted 7 to 2 on Tuesday.\nIt starts in May";
        Assert.Equal(["Harbour plan approved", "The council voted 7 to 2 on Tuesday.", "It starts in May"], Sentences(text));
    }

    [Fact]
    public void Offsets_cover_the_tokens_exactly()
    {
        const string text = "  First one.   Second one!  ";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(2, sentences[0].Start);
        Assert.Equal(text.IndexOf('!') + 1, sentences[1].End);
    }

    [Fact]
    public void Empty_text_has_no_sentences() => Assert.Empty(SentenceSplitter.Split("   "));

    [Fact]
    public void An_unpunctuated_run_is_cut_at_the_sentence_token_cap()
    {
        var text = string.Concat(Enumerable.Repeat("the ferry was late ", 1_000)); // 4,000 words, no full stop
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(4, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(SentenceSplitter.MaxSentenceTokens, Lede.Analysis.Text.Tokenizer.Tokenize(text[s.Start..s.End]).Count));
        Assert.Equal(0, sentences[0].Start);
        Assert.Equal(text.TrimEnd().Length, sentences[^1].End);
    }
}
