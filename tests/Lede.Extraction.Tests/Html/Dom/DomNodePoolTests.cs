using Lede.Extraction.Html;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Html.Parsing;
using Lede.Extraction.Tests.Html.Parsing;

namespace Lede.Extraction.Tests.Html.Dom;

public sealed class DomNodePoolTests
{
    private const string Page =
        "<html lang=\"en\"><head><title>Quay news</title></head><body class=\"story\"><p>One <b>bold <i>move</b> today</i>" +
        "<table><tr><td>a<td>b</table><ul><li>first<li>second</ul><template><p>inert</p></template></body></html>";

    private static HtmlDocument Parse(string html) => HtmlTreeBuilder.Parse(html.AsMemory());

    [Fact]
    public void A_page_parsed_from_released_nodes_equals_a_fresh_parse()
    {
        var fresh = TreeSerializer.Write(Parse(Page).DocumentElement);
        // Another page parsed and released on this thread first: its nodes are reused by the next parse.
        HtmlDocumentLoader.Release(Parse("<div id=\"x\"><span>left over</span><a href=\"/y\">link</a></div><p>tail"));
        var reused = Parse(Page);
        Assert.Equal(fresh, TreeSerializer.Write(reused.DocumentElement));
        Assert.Equal("Quay news", reused.Title);
        Assert.Equal("story", reused.Body!.ClassName);
    }

    [Fact]
    public void Released_nodes_keep_no_reference_to_the_page()
    {
        var document = Parse(Page);
        var nodes = new List<HtmlNode>();
        for (var e = document.DocumentElement; e is not null; e = e.NextElementInDocument(document.DocumentElement))
        {
            nodes.Add(e);
            for (var c = e.FirstChild; c is not null; c = c.NextSibling) if (c is HtmlText) nodes.Add(c);
        }
        Assert.Contains(nodes, n => n is HtmlText);
        HtmlDocumentLoader.Release(document);
        Assert.All(nodes, n =>
        {
            Assert.Null(n.Parent);
            Assert.Null(n.NextSibling);
            Assert.Equal("", n.TextContent);
            if (n is HtmlElement e)
            {
                Assert.Equal(0, e.Attributes.Length);
                Assert.Null(e.FirstChild);
            }
        });
    }

    [Fact]
    public void A_page_released_out_of_order_leaves_a_later_page_intact()
    {
        var older = Parse("<div id=\"x\"><span>left over</span><a href=\"/y\">link</a></div><p>tail");
        var later = Parse(Page);
        var expected = TreeSerializer.Write(later.DocumentElement);
        // Released before the page parsed after it: the next parse must not take the later page's nodes.
        HtmlDocumentLoader.Release(older);
        HtmlDocumentLoader.Release(older);
        var next = Parse("<section><h2>Other</h2><p>words</p></section>");
        Assert.Equal(expected, TreeSerializer.Write(later.DocumentElement));
        Assert.Equal("Quay news", later.Title);
        Assert.Equal("Other", next.Body!.FirstElementChild!.FirstElementChild!.TextContent);
        Assert.Null(older.DocumentElement.FirstChild);
    }

    [Fact]
    public void A_page_released_twice_does_not_take_back_the_next_page()
    {
        var first = Parse(Page);
        HtmlDocumentLoader.Release(first);
        var second = Parse(Page);
        var expected = TreeSerializer.Write(second.DocumentElement);
        HtmlDocumentLoader.Release(first);
        Assert.Equal(expected, TreeSerializer.Write(second.DocumentElement));
    }
}
