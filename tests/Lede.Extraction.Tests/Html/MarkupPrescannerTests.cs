using Lede.Extraction.Html;

namespace Lede.Extraction.Tests.Html;

public class MarkupPrescannerTests
{
    [Fact]
    public void MarkupWithNothingToCutIsReturnedUntouched()
    {
        const string html = "<html><body><div><p>One<p>Two<br><img src=x><script type=\"application/ld+json\">{\"a\": \"x < y\"}</script></div></body></html>";
        Assert.Same(html, MarkupPrescanner.Prepare(html, 16, out var cut));
        Assert.False(cut);
    }

    [Fact]
    public void TagsPastTheLimitAreDroppedAndTextKept()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100)) + "deep words" + string.Concat(Enumerable.Repeat("</div>", 100));
        var limited = MarkupPrescanner.Prepare(html, 10, out var cut);
        Assert.True(cut);
        Assert.Equal(10, limited.Split("<div>").Length - 1);
        Assert.Equal(10, limited.Split("</div>").Length - 1);
        Assert.Contains("deep words", limited);
    }

    [Fact]
    public void ScriptAndStyleBodiesAreEmptiedButJsonLdKept()
    {
        const string html = "<head><style>p > b { color: red }</style><script>if (a < b) { x = '</div>'; }</script>"
            + "<script type=\"application/ld+json\">{\"headline\": \"Kept\"}</script></head><body><p>Text</p></body>";
        var prepared = MarkupPrescanner.Prepare(html, 16, out var cut);
        Assert.False(cut);
        Assert.Equal("<head><style></style><script></script><script type=\"application/ld+json\">{\"headline\": \"Kept\"}</script></head><body><p>Text</p></body>", prepared);
    }

    [Fact]
    public void ScriptEndIsFoundAsTheTokenizerFindsIt()
    {
        // Inside "<!--" a nested "<script>" hides the next "</script>" (double-escaped state); "</scripts" is no end tag.
        const string html = "<script>var s = '</scripts>'; <!-- <script> x </script> y --></script><p>After</p>";
        Assert.Equal("<script></script><p>After</p>", MarkupPrescanner.Prepare(html, 16, out _));
    }

    [Fact]
    public void TagLikeTextInAttributesTitlesAndCommentsIsNotMarkup()
    {
        const string html = "<div title=\"a > <script>\"><title><script>t</title><!-- <style> --><textarea><style></textarea><p>Kept</p></div>";
        Assert.Same(html, MarkupPrescanner.Prepare(html, 16, out _));
    }

    [Fact]
    public void ScriptsInsideSvgAreLeftToTheParser()
    {
        // SVG content is markup even inside its <script>; only HTML raw-text bodies are cut.
        const string html = "<svg><script>a<b</script><svg/></svg><script>code()</script>";
        Assert.Equal("<svg><script>a<b</script><svg/></svg><script></script>", MarkupPrescanner.Prepare(html, 16, out _));
    }
}
