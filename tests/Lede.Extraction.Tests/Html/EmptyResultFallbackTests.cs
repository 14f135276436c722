namespace Lede.Extraction.Tests.Html;

/// <summary>Pages where every strict and relaxed attempt would come out empty.</summary>
public class EmptyResultFallbackTests
{
    [Fact]
    public void StoryShippedInNoscriptIsRead()
    {
        var result = ExtractionHarness.Extract(
            "<body><div class=\"post-body\"><script type=\"text/template\">" + ExtractionHarness.Story + "</script>" +
            "<noscript>" + ExtractionHarness.Story + "</noscript></div></body>");
        Assert.Contains("The orchard cooperative picked its first apples", result.Text);
        Assert.Equal(1, CountOf(result.Text, "The orchard cooperative picked"));
    }

    [Fact]
    public void NoscriptWithOnlyAPixelOrNoticeStaysOut()
    {
        var result = ExtractionHarness.Extract(
            "<body><div class=\"article-body\">" + ExtractionHarness.Story + "</div>" +
            "<noscript><p>Please turn on JavaScript.</p><img src=\"/pixel.gif\"></noscript></body>");
        Assert.DoesNotContain("JavaScript", result.Text);
    }

    [Fact]
    public void PlainTextWinsWhenTheBestScoringBoxIsFurniture()
    {
        // A teaser list named as furniture outscores the page's only text; the writer drops it whole.
        var teasers = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<div class=\"teaser-list__item\"><p>Teaser number {i} tells of the harbour, the ferries, the fish market and the town's plans, at length, with commas, clauses, and asides.</p></div>"));
        var result = ExtractionHarness.Extract(
            "<body><div class=\"teaser-list related\">" + teasers + "</div>" +
            "<div class=\"column-text\">" + ExtractionHarness.Story + "</div></body>");
        Assert.Contains("The cooperative plans to open its cider press", result.Text);
        Assert.DoesNotContain("Teaser number", result.Text);
    }

    [Fact]
    public void LinkDigestInANamedBodyIsKept()
    {
        var links = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<p><a href=\"https://example.net/{i}\">Regional paper number {i} reports on the valley's new cider routes and tastings</a><br>via <a href=\"https://example.net\">example.net</a></p>"));
        var result = ExtractionHarness.Extract("<body><article><div class=\"entry-content\">" + links + "</div></article></body>");
        Assert.Contains("Regional paper number 7 reports", result.Text);
    }

    [Fact]
    public void BodyTextIsNormalizedToComposedForm()
    {
        // "é" written as e + combining acute comes out as the single precomposed character.
        var result = ExtractionHarness.Extract("<body><article>" + ExtractionHarness.Story.Replace("cider", "cafe\u0301 cider", StringComparison.Ordinal) + "</article></body>");
        Assert.Contains("caf\u00e9 cider", result.Text);
        Assert.DoesNotContain("\u0301", result.Text);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
