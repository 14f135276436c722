using System.Text;
using Lede.Extraction.Html;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Html.Parsing;

namespace Lede.Extraction.Tests.Html.Dom;

public sealed class AttributeSlabTests
{
    // 900 elements of three attributes each: more than one slab chunk (1,024 attributes) holds.
    private static string ManyAttributes(string prefix)
    {
        var sb = new StringBuilder("<body>");
        for (var i = 0; i < 900; i++)
            sb.Append($"<span id=\"{prefix}{i}\" class=\"c{i}\" data-n=\"{i}&amp;{i}\">x</span>");
        return sb.Append("</body>").ToString();
    }

    private static List<HtmlElement> Spans(HtmlDocument document)
    {
        var spans = new List<HtmlElement>();
        for (var e = document.DocumentElement; e is not null; e = e.NextElementInDocument(document.DocumentElement))
            if (e.LocalName == "span") spans.Add(e);
        return spans;
    }

    [Fact]
    public void Attributes_across_chunks_keep_their_own_values()
    {
        var spans = Spans(HtmlTreeBuilder.Parse(ManyAttributes("a").AsMemory()));
        Assert.Equal(900, spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            Assert.Equal(3, spans[i].Attributes.Length);
            Assert.Equal("a" + i, spans[i].Id);
            Assert.Equal("c" + i, spans[i].ClassName);
            Assert.Equal($"{i}&{i}", spans[i].GetAttribute("data-n"));
        }
    }

    [Fact]
    public void A_page_parsed_after_a_released_one_reads_its_own_attributes()
    {
        HtmlDocumentLoader.Release(HtmlTreeBuilder.Parse(ManyAttributes("old").AsMemory()));
        var spans = Spans(HtmlTreeBuilder.Parse(ManyAttributes("new").AsMemory()));
        Assert.Equal("new0", spans[0].Id);
        Assert.Equal("new899", spans[^1].Id);
        Assert.Equal("c899", spans[^1].ClassName);
    }

    [Fact]
    public void Values_read_from_markup_match_their_spans_and_repeat()
    {
        var body = HtmlTreeBuilder.Parse("<body><p title='a long title that is well over sixty-four characters long, to be copied' lang=en>t</p>".AsMemory()).Body!;
        var p = body.FirstElementChild!;
        var first = p.GetAttribute("title");
        Assert.Equal("a long title that is well over sixty-four characters long, to be copied", first);
        Assert.Same(first, p.GetAttribute("title"));
        Assert.Equal("en", p.Attributes[1].ValueSpan.ToString());
        Assert.Equal("en", p.Attributes[1].Value);
    }
}
