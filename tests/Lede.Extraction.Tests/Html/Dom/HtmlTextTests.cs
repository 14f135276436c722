using System.Runtime.InteropServices;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Html.Parsing;

namespace Lede.Extraction.Tests.Html.Dom;

public sealed class HtmlTextTests
{
    private static List<HtmlText> Texts(string html)
    {
        var document = HtmlTreeBuilder.Parse(html.AsMemory());
        var texts = new List<HtmlText>();
        for (var e = document.DocumentElement; e is not null; e = e.NextElementInDocument(document.DocumentElement))
            for (var c = e.FirstChild; c is not null; c = c.NextSibling)
                if (c is HtmlText t) texts.Add(t);
        return texts;
    }

    [Fact]
    public void Plain_text_is_a_slice_of_the_markup_and_decoded_text_a_string()
    {
        var markup = "<body><p>plain words</p><p>fish &amp; chips</p></body>";
        var texts = Texts(markup);
        Assert.Equal(["plain words", "fish & chips"], texts.Select(t => t.Data));
        Assert.True(MemoryMarshal.TryGetString(texts[0].DataMemory, out var source, out var start, out _));
        Assert.Same(markup, source);
        Assert.Equal(markup.IndexOf("plain", StringComparison.Ordinal), start);
        Assert.Equal("fish & chips", texts[1].DataSpan.ToString());
    }

    [Fact]
    public void Runs_split_by_a_comment_merge_into_one_string()
    {
        var texts = Texts("<body><p>one <!-- note --> two &lt; three</p></body>");
        var only = Assert.Single(texts);
        Assert.Equal("one  two < three", only.Data);
        Assert.Equal(only.Data, only.DataSpan.ToString());
    }
}
