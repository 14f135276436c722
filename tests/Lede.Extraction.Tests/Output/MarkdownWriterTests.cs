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
    private static string BodyOf(string html) => MarkdownWriter.Write(new NewsArticle { Headline = "Pier reopens", ArticleBody = "x", ArticleHtml = html });

    [Fact]
    public void Code_with_backticks_cannot_close_its_block_and_write_html()
    {
        // The page's text "```" closed a three-backtick fence, and the markup after it was the Markdown's own.
        var md = BodyOf("<pre>```\n&lt;img src=x onerror=alert(1)&gt;\n```</pre>");
        Assert.Contains("````\n```\n<img src=x onerror=alert(1)>\n```\n````", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_code_with_backticks_or_line_breaks_stays_one_code_span()
    {
        var md = BodyOf("<p>Run <code>a`&lt;img src=x onerror=alert(1)&gt;`b</code> now.</p>");
        Assert.Contains("Run `` a`<img src=x onerror=alert(1)>`b `` now.", md, StringComparison.Ordinal);
        // A line break inside the code put "<script>" at a line's start, where it opens an HTML block.
        md = BodyOf("<p>Run <code>x\n&lt;script&gt;alert(1)&lt;/script&gt;</code> now.</p>");
        Assert.Contains("Run `x <script>alert(1)</script>` now.", md, StringComparison.Ordinal);
    }
}
