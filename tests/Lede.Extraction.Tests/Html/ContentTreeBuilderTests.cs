using Lede.Extraction.Html;

namespace Lede.Extraction.Tests.Html;

public sealed class ContentTreeBuilderTests
{
    private const string Page =
        "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>" + ExtractionHarness.Story +
        "<ul><li>First, a point</li><li>Second point</li></ul><form><input name=\"q\"></form></article></body>";

    private static string Describe(ContentTree tree) => string.Join("|", tree.Elements.Select(e =>
        $"{e.Tag}:{e.Depth}:{e.TextChars}:{e.LinkChars}:{e.Commas}:{e.Paragraphs}:{e.ListItems}:{e.FormControls}:{e.ParagraphChars}:{e.Children?.Count ?? -1}"));

    [Fact]
    public void A_tree_built_from_released_nodes_equals_a_fresh_one()
    {
        var fresh = Describe(ExtractionHarness.Tree(Page));
        // Another page built and released on this thread first: its nodes are reused for the next tree.
        var other = ExtractionHarness.Tree("<body><div class=\"x\"><p>One, two, three.</p><table><tr><td>cell</td></tr></table></div></body>");
        ContentTreeBuilder.Release(other);
        var reused = ExtractionHarness.Tree(Page);
        Assert.Equal(fresh, Describe(reused));
        Assert.Contains(reused.Elements, e => e.Tag == "li");
        Assert.Equal(1, reused.Root.FormControls);
    }

    [Fact]
    public void Released_nodes_keep_no_reference_to_the_page()
    {
        var tree = ExtractionHarness.Tree(Page);
        var nodes = tree.Elements.SelectMany(e => (e.Children ?? []).Prepend(e)).Distinct().ToList();
        Assert.Contains(nodes, n => n.IsText);
        ContentTreeBuilder.Release(tree);
        Assert.All(nodes, n =>
        {
            Assert.Null(n.Element);
            Assert.False(n.IsText);
            // No slice of the page's text is kept (an empty slice could still hold the page).
            Assert.True(n.Text.Equals(ReadOnlyMemory<char>.Empty));
            Assert.Null(n.Parent);
            Assert.Null(n.Children);
            Assert.Equal(0, n.TextChars);
        });
    }
}
