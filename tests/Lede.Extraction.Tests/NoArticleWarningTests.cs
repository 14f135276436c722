using System.Text;

namespace Lede.Extraction.Tests;

/// <summary>When no article text is found, the warning says why in terms of the input given.</summary>
public class NoArticleWarningTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void OneLineOfTextIsReadAsAHeadlineAndTheWarningSaysHowToTakeItAsTheBody()
    {
        var article = Extractor.Extract("The mayor said on Tuesday that the new bridge would open next year, after delays caused by the storm.",
            new ExtractionRequest { Source = "-", Format = InputFormat.Text });
        Assert.Equal("", article.ArticleBody);
        var warning = Assert.Single(article.Warnings, w => w.StartsWith("no article", StringComparison.Ordinal));
        Assert.Contains("headline", warning, StringComparison.Ordinal);
        Assert.Contains("--as-body", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("home page", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    public void AnEmptyInputIsCalledEmpty(string content)
    {
        var article = Extractor.Extract(Encoding.UTF8.GetBytes(content), new ExtractionRequest { Source = "empty.html" });
        var warning = Assert.Single(article.Warnings, w => w.StartsWith("no article", StringComparison.Ordinal));
        Assert.Equal("no article text found: the input is empty", warning);
    }

    [Fact]
    public void APageWithoutAStoryKeepsThePageWarning()
    {
        var article = Extractor.Extract(Encoding.UTF8.GetBytes("<html><body><nav><a href='/'>Home</a></nav></body></html>"), new ExtractionRequest { Source = "home.html" });
        Assert.Contains(article.Warnings, w => w.Contains("home page", StringComparison.Ordinal));
    }
}
