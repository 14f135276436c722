using System.Text;
using Lede.Extraction.Output;
using Lede.Extraction.Tests.BadInput;

namespace Lede.Extraction.Tests.Output;

public class HtmlWriterTests
{
    [Fact]
    public void SanitisingKeepsTheWhitelistAndEscapesTextAndAttributes()
    {
        const string fragment =
            "<p onclick=\"x()\">a\u00A0b &amp; &lt;x&gt; \"q\"</p><pre>\n\nlead</pre>" +
            "<a href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\">l</a><a href=\"javascript:alert(1)\">j</a>" +
            "<img src=\"https://e.org/i.png\" alt=\"a<b>\" onerror=\"x()\"><br><script>alert(1)</script><iframe src=\"https://e.org\"></iframe>" +
            "<table><tr><td>1</td></tr></table>";
        Assert.Equal(
            "<p>a&nbsp;b &amp; &lt;x&gt; \"q\"</p><pre>\n\nlead</pre>" +
            "<a href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\">l</a><a>j</a>" +
            "<img src=\"https://e.org/i.png\" alt=\"a&lt;b&gt;\"><br>alert(1)" + // a removed tag keeps its text, as inert text
            "<table><tbody><tr><td>1</td></tr></tbody></table>",
            HtmlWriter.Sanitize(fragment));
    }

    [Theory]
    [InlineData("http://192.168.1.1/cgi-bin/reboot.png")]
    [InlineData("http://127.0.0.1:8080/x.png")]
    [InlineData("http://[::1]/x.png")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://intranet/logo.png")]
    [InlineData("https://printer.local/status.png")]
    [InlineData("/relative/x.png")]
    public void APictureInsideSomeonesNetworkIsLeftOut(string src)
    {
        var html = HtmlWriter.Sanitize($"<p>Before</p><img src=\"{src}\" alt=\"x\"><img src=\"https://pictures.example.org/pier.jpg\" alt=\"pier\">");
        Assert.DoesNotContain(src, html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"https://pictures.example.org/pier.jpg\" alt=\"pier\">", html, StringComparison.Ordinal);
        Assert.Contains("<p>Before</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1/admin")]
    [InlineData("http://192.168.0.1/cgi-bin/reboot")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://router.local/")]
    public void ALinkInsideSomeonesNetworkKeepsItsTextAndLosesItsTarget(string href)
    {
        var html = HtmlWriter.Sanitize($"<p>See <a href=\"{href}\">the panel</a> and <a href=\"https://news.example.org/a\">the story</a>.</p>");
        Assert.DoesNotContain(href, html, StringComparison.Ordinal);
        Assert.Contains("<a>the panel</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://news.example.org/a\">the story</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EightyThousandSiblingsSanitiseInLinearTime()
    {
        // The sanitiser's own serialiser was quadratic in siblings: 12 s for 80,000 on a quiet machine.
        GrowthCheck.AssertNotQuadratic(n =>
        {
            var fragment = new StringBuilder("<pre>");
            for (var i = 0; i < n; i++) fragment.Append("line of code;<br>");
            fragment.Append("</pre>");
            Assert.Equal(fragment.Length, HtmlWriter.Sanitize(fragment.ToString()).Length);
        }, 20_000);
    }
}
