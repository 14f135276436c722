using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

public class StandfirstTests
{
    private const string Body = "<p>The ferry from the northern islands ran four hours late on Sunday after a fault in its steering gear, the operator said in a statement.</p>";

    [Fact]
    public void MarkedDekUnderTheHeadlineIsTheAlternativeHeadline()
    {
        var m = PageFixture.Read($"""
            <html><head><title>Ferry delayed by steering fault | Island Post</title></head><body><article>
            <header><h1>Ferry delayed by steering fault</h1><p class="article-dek">Passengers waited four hours at the pier in Westvik before a replacement crew arrived.</p></header>
            {Body}</article></body></html>
            """);
        Assert.Equal("Passengers waited four hours at the pier in Westvik before a replacement crew arrived.", m.AlternativeHeadline);
    }

    [Fact]
    public void StandfirstBesideTheHeadlineWrapperIsFound()
    {
        var m = PageFixture.Read($"""
            <html><body><main><div class="title-block"><h1>Ferry delayed by steering fault</h1></div>
            <div class="standfirst">Passengers waited four hours at the pier in Westvik.</div>{Body}</main></body></html>
            """);
        Assert.Equal("Passengers waited four hours at the pier in Westvik.", m.AlternativeHeadline);
    }

    [Fact]
    public void UnmarkedParagraphCountsOnlyWhenItRepeatsTheDescription()
    {
        const string page = """
            <html><head><meta property="og:description" content="{0}"></head><body><article>
            <h1>Ferry delayed by steering fault</h1><p>Passengers waited four hours at the pier in Westvik.</p>
            <p>The operator apologised.</p></article></body></html>
            """;
        var repeated = PageFixture.Read(page.Replace("{0}", "Passengers waited four hours at the pier in Westvik."));
        Assert.Equal("Passengers waited four hours at the pier in Westvik.", repeated.AlternativeHeadline);
        var teaser = PageFixture.Read(page.Replace("{0}", "Read how a steering fault stranded hundreds of travellers."));
        Assert.Null(teaser.AlternativeHeadline);
    }

    [Fact]
    public void HeadlinePrintedAsH2UnderABreadcrumbH1LeadsToItsStandfirst()
    {
        // The site spends its <h1> on the breadcrumb's last item; the headline is printed as an <h2>, the dek under it.
        const string page = """
            <html><head><meta property="og:title" content="Ferry delayed by steering fault"><meta name="description" content="Passengers waited four hours at the pier in Westvik.">
            </head><body><nav><ul><li><a href="/">Home</a></li><li><h1>Ferry delayed by steering fault</h1></li></ul></nav>
            <div id="article"><h2>Ferry delayed by steering fault</h2>
            <p class="text-teaser">Passengers waited four hours at the pier in Westvik. A replacement crew arrived by helicopter.</p>
            {0}</div></body></html>
            """;
        var m = PageFixture.Read(page.Replace("{0}", Body));
        Assert.Equal("Passengers waited four hours at the pier in Westvik. A replacement crew arrived by helicopter.", m.AlternativeHeadline);
        // The tag is the dek's first sentence: the page prints the whole of it.
        var article = PageFixture.Extract(page.Replace("{0}", Body));
        Assert.Equal("Passengers waited four hours at the pier in Westvik. A replacement crew arrived by helicopter.", article.Description);
    }

    [Fact]
    public void FirstBodyParagraphIsNotADek()
    {
        var m = PageFixture.Read($"<html><body><article><h1>Ferry delayed by steering fault</h1>{Body}</article></body></html>");
        Assert.Null(m.AlternativeHeadline);
    }

    [Fact]
    public void JsonLdAlternativeHeadlineWins()
    {
        var m = PageFixture.Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry delayed by steering fault","alternativeHeadline":"Four-hour wait at Westvik pier"}</script></head>
            <body><article><h1>Ferry delayed by steering fault</h1><p class="dek">Passengers waited four hours at the pier in Westvik.</p></article></body></html>
            """);
        Assert.Equal("Four-hour wait at Westvik pier", m.AlternativeHeadline);
    }
}
