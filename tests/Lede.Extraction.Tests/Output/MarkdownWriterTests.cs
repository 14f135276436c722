using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Extraction.Tests.Output;

public class MarkdownWriterTests
{
    private static NewsArticle Story(params ArticleImage[] images) => new()
    {
        Headline = "Pier reopens",
        ArticleBody = "The pier reopened on Monday after a year of repairs.",
        ArticleHtml = "<p>The pier reopened on Monday after a year of <a href=\"https://news.example/a)b](javascript:alert(1)\">repairs</a>.</p>",
        Images = images,
    };

    [Fact]
    public void APictureAddressCannotCloseItsDestinationAndOpenALink()
    {
        var md = MarkdownWriter.Write(Story(new ArticleImage("https://pictures.example.org/a.png)[x](javascript:alert(1)", "Pier")));
        // Every "(" and ")" inside a destination is escaped, so the address stays one destination and no link appears.
        Assert.DoesNotContain("](javascript:", md, StringComparison.Ordinal);
        Assert.Contains("![Pier](https://pictures.example.org/a.png%29%5Bx%5D%28javascript:alert%281%29)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkAddressCannotCloseItsDestination()
    {
        var md = MarkdownWriter.Write(Story());
        Assert.Contains("[repairs](https://news.example/a%29b%5D%28javascript:alert%281%29)", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://192.168.1.1/cgi-bin/reboot.png")]
    [InlineData("http://127.0.0.1:8080/x.png")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://intranet/logo.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    public void APictureThatIsNoPublicWebAddressIsLeftOut(string url)
    {
        var md = MarkdownWriter.Write(Story(new ArticleImage(url, "Inside"), new ArticleImage("https://pictures.example.org/pier.jpg", "Pier")));
        Assert.DoesNotContain(url, md, StringComparison.Ordinal);
        Assert.DoesNotContain("Inside", md, StringComparison.Ordinal);
        Assert.Contains("![Pier](https://pictures.example.org/pier.jpg)", md, StringComparison.Ordinal);
    }
}
