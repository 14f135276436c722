using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "Acting governor Mara Quill said Tuesday that U.S. inspectors had “serious concerns” about the plant’s safety.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));
        Assert.Equal(
            ["Acting", "governor", "Mara", "Quill", "said", "Tuesday", "that", "U.S.", "inspectors", "had", "“", "serious", "concerns", "”",
             "about", "the", "plant", "’s", "safety", "."],
            tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void Range_is_respected_and_offsets_stay_absolute()
    {
        const string text = "Skip this. Tokenize (this) part.";
        var tokens = Tokenizer.Tokenize(text, 11, text.Length);
        Assert.Equal(["Tokenize", "(", "this", ")", "part", "."], tokens.Select(t => t.Text).ToArray());
        Assert.Equal(11, tokens[0].Start);
        Assert.Equal(text.Length, tokens[^1].End);
    }

    [Theory]
    [InlineData("It doesn't matter.", new[] { "It", "does", "n't", "matter", "." })]
    [InlineData("They're here, we'll see.", new[] { "They", "'re", "here", ",", "we", "'ll", "see", "." })]
    [InlineData("Growth was 3.5% or $4.2 billion.", new[] { "Growth", "was", "3.5%", "or", "$", "4.2", "billion", "." })]
    [InlineData("OSLO (AP) — The talks", new[] { "OSLO", "(", "AP", ")", "—", "The", "talks" })]
    [InlineData("the Norway-Sweden border", new[] { "the", "Norway-Sweden", "border" })]
    [InlineData("the debate–published by the Post–shows 1990–95 Oslo–Bergen", new[] { "the", "debate", "–", "published", "by", "the", "Post", "–", "shows", "1990–95", "Oslo–Bergen" })]
    [InlineData("It ended...badly", new[] { "It", "ended", "...", "badly" })]
    [InlineData("Photo: Ann Lee/Pool", new[] { "Photo", ":", "Ann", "Lee", "/", "Pool" })]
    [InlineData("Gen. Ada Noor of Brightwater Inc., and J. Doe", new[] { "Gen.", "Ada", "Noor", "of", "Brightwater", "Inc.", ",", "and", "J.", "Doe" })]
    [InlineData("Norway 's king", new[] { "Norway", "'s", "king" })]
    [InlineData("he said.\"", new[] { "he", "said", ".", "\"" })]
    public void Splits_like_the_treebank(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void Empty_and_blank_text_give_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t "));
    }

    [Fact]
    public void Token_shape_helpers()
    {
        var tokens = Tokenizer.Tokenize("NATO met Oslo , twice");
        Assert.True(tokens[0].IsAllCaps);
        Assert.True(tokens[2].IsCapitalized);
        Assert.False(tokens[2].IsAllCaps);
        Assert.True(tokens[3].IsPunctuation);
        Assert.False(tokens[4].IsCapitalized);
    }
}
