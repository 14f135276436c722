using Lede.Extraction.Html;

namespace Lede.Extraction.Tests.Html;

public class MarkupDepthLimiterTests
{
    [Fact]
    public void OrdinaryMarkupIsReturnedUntouched()
    {
        const string html = "<html><body><div><p>One<p>Two<br><img src=x><script>if (a < b) {}</script></div></body></html>";
        Assert.Same(html, MarkupDepthLimiter.Limit(html, 16, out var changed));
        Assert.False(changed);
    }

    [Fact]
    public void TagsPastTheLimitAreDroppedAndTextKept()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100)) + "deep words" + string.Concat(Enumerable.Repeat("</div>", 100));
        var limited = MarkupDepthLimiter.Limit(html, 10, out var changed);
        Assert.True(changed);
        Assert.Equal(10, limited.Split("<div>").Length - 1);
        Assert.Equal(10, limited.Split("</div>").Length - 1);
        Assert.Contains("deep words", limited);
    }
}
