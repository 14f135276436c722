namespace Lede.Extraction.Tests.Html;

/// <summary>A story laid out by a page builder, each paragraph in a "widget" block of its own.</summary>
public class PageBuilderTests
{
    private static string Block(string paragraph) =>
        "<section class=\"elementor-section\"><div class=\"elementor-container\"><div class=\"elementor-column\"><div class=\"elementor-widget-wrap\">" +
        "<div class=\"elementor-element elementor-widget elementor-widget-text-editor\"><div class=\"elementor-widget-container\">" +
        "<div class=\"elementor-text-editor\">" + paragraph + "</div></div></div></div></div></div></section>";

    [Fact]
    public void ParagraphsInPageBuilderWidgetsAreTheStory()
    {
        var paragraphs = ExtractionHarness.Story.Split("</p>", StringSplitOptions.RemoveEmptyEntries).Select(p => p + "</p>").ToArray();
        var related =
            "<div id=\"related_posts\"><ul>" +
            "<li><article class=\"post_teaser\"><div class=\"excerpt\">The village bakery reopened on Saturday after a long renovation, with a new oven, a larger shop and a café, and the queue reached the church square by eight.</div></article></li>" +
            "<li><article class=\"post_teaser\"><div class=\"excerpt\">The river festival returns in June with boat races, a market and music on the quay, and the organisers hope for more visitors than before, after two quiet years.</div></article></li>" +
            "</ul></div>";
        var result = ExtractionHarness.Extract("<body><div class=\"entry\"><div class=\"elementor\">" + string.Concat(paragraphs.Select(Block)) + "</div></div>" + related + "</body>");
        Assert.Contains("The orchard cooperative picked its first apples", result.Text);
        Assert.Contains("The cooperative plans to open its cider press", result.Text);
        Assert.DoesNotContain("village bakery", result.Text);
    }
}
