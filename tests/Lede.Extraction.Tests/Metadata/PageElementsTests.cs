using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

public class PageElementsTests
{
    [Theory]
    [InlineData("content", true)]
    [InlineData("main content wide", true)]
    [InlineData("wide\tcontent", true)]
    [InlineData("content-area", false)]
    [InlineData("page-content", false)]
    [InlineData("Content", false)]
    [InlineData("", false)]
    public void HasClassMatchesWholeClassNamesAsAClassSelectorDoes(string cls, bool expected)
    {
        Assert.Equal(expected, PageElements.HasClass(cls, "content"));
        var document = PageFixture.Parse($"<html><body><div class=\"{cls}\">x</div></body></html>");
        Assert.Equal(expected, Lede.Extraction.Html.ElementSelector.Parse(".content").Matches(document.ElementsNamed("div")[0]));
    }

    [Fact]
    public void OneWalkGathersEachSourceInDocumentOrder()
    {
        var document = PageFixture.Parse("""
            <html><head><meta name="a" content="1"><script type="application/ld+json">{}</script><script>var x;</script></head>
            <body><div class="page-wrapper"><div class="story content"><h1>First</h1><h2>Second</h2>
            <time datetime="2024-03-05">5 March</time><span itemprop="datePublished">2024-03-05</span>
            <span class="byline">Jane Roe</span><a href="/author/jroe">Jane</a><meta itemprop="dateModified" content="2024-03-06">
            </div></div></body></html>
            """);
        var found = PageElements.Collect(document);
        Assert.Equal(["a", "dateModified"], found.Metas.Select(m => m.GetAttribute("name") ?? m.GetAttribute("itemprop")));
        Assert.Single(found.TypedScripts);
        Assert.Equal("First", Assert.Single(found.H1s).TextContent);
        Assert.Equal("Second", Assert.Single(found.H2s).TextContent);
        Assert.Single(found.Times);
        Assert.Equal("span", Assert.Single(found.DateMicrodata).LocalName);
        Assert.Equal(["byline", null], found.AuthorCandidates.Select(e => e.GetAttribute("class")));
        Assert.Equal("story content", found.MainContent?.GetAttribute("class"));
    }
}
