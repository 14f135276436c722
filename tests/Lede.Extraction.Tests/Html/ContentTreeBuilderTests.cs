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
    public void A_tree_released_out_of_order_or_twice_leaves_later_trees_intact()
    {
        var older = ExtractionHarness.Tree("<body><div class=\"x\"><p>One, two, three.</p></div></body>");
        var later = ExtractionHarness.Tree(Page);
        var expected = Describe(later);
        ContentTreeBuilder.Release(older);
        ContentTreeBuilder.Release(older);
        var next = ExtractionHarness.Tree("<body><section><p>Four, five.</p></section></body>");
        Assert.Equal(expected, Describe(later));
        Assert.Contains(next.Elements, e => e.Tag == "section");
        ContentTreeBuilder.Release(next);
        ContentTreeBuilder.Release(later);
        var again = ExtractionHarness.Tree(Page);
        ContentTreeBuilder.Release(later);
        Assert.Equal(expected, Describe(again));
    }

    [Fact]
    public void Children_keep_their_order_past_a_slab_chunk()
    {
        // 9,000 spans (each with its text) and a paragraph of 3,000 bold words: more children than one slab chunk holds.
        var html = "<body><div>" + string.Concat(Enumerable.Range(0, 9000).Select(i => $"<span>w{i}</span>")) + "</div><p>"
            + string.Concat(Enumerable.Range(0, 3000).Select(i => $"<b>x{i}</b>")) + "</p></body>";
        var tree = ExtractionHarness.Tree(html);
        var div = tree.Elements.Single(e => e.Tag == "div").Children!.Value;
        Assert.Equal(9000, div.Count);
        Assert.Equal("w8999", div[8999].Element!.TextContent);
        Assert.Equal("w4000", Assert.Single(div[4000].Children!.Value).Text.ToString());
        var p = tree.Elements.Single(e => e.Tag == "p");
        var bold = p.Children!.Value;
        Assert.Equal(3000, bold.Count);
        Assert.Equal(2999, bold.IndexOf(bold[2999]));
        Assert.Equal(-1, bold.IndexOf(p));
        Assert.All(bold, c => Assert.Same(p, c.Parent));
        // "x0" to "x2999": 10 words of two characters, 90 of three, 900 of four and 2,000 of five.
        Assert.Equal(10 * 2 + 90 * 3 + 900 * 4 + 2000 * 5, p.TextChars);
        ContentTreeBuilder.Release(tree);
    }

    [Fact]
    public void Released_nodes_keep_no_reference_to_the_page()
    {
        var tree = ExtractionHarness.Tree(Page);
        var nodes = tree.Elements.SelectMany(e => (e.Children?.ToList() ?? []).Prepend(e)).Distinct().ToList();
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

    [Theory]
    // ASCII runs longer than a vector step, with non-ASCII characters at the start, inside and at the end of a step.
    [InlineData("The mayor, who spoke first, said no.", 30, 2)]
    [InlineData("\u00e9t\u00e9 \u00e0 Paris, puis \u00e0 Lyon, enfin \u00e0 Nice", 30, 2)]
    [InlineData("Word\u00a0word\u200bword, \u3001then\uff0c more  text\t\n here, done", 36, 4)]
    [InlineData("        \n\t      ", 0, 0)]
    [InlineData("", 0, 0)]
    public void Measure_counts_visible_characters_and_commas(string text, int chars, int commas)
    {
        Assert.Equal((chars, commas), ContentTreeBuilder.Measure(text));
    }

    [Fact]
    public void A_text_node_carries_its_own_measure()
    {
        var tree = ExtractionHarness.Tree("<body><div><p>Alpha, beta and gamma went to the river, then home.</p>   </div></body>");
        var p = tree.Elements.Single(e => e.Tag == "p");
        var text = Assert.Single(p.Children!.Value);
        Assert.True(text.IsText);
        Assert.Equal(p.TextChars, text.TextChars);
        Assert.Equal(2, text.Commas);
        // Whitespace between blocks is one space and counts nothing.
        var div = tree.Elements.Single(e => e.Tag == "div");
        Assert.Equal(p.TextChars, div.TextChars);
    }
}
