using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Tests.Metadata;

public class MetaTagTests
{
    private const string Page = """
        <html lang="en-us"><head>
        <title>Harbour ferry returns after winter pause | Lakeside Courier</title>
        <meta property="og:title" content="Harbour ferry returns after winter pause">
        <meta property="og:site_name" content="Lakeside Courier">
        <meta property="og:description" content="The blue ferry runs again from Monday.">
        <meta name="description" content="Plain description that loses to og:description.">
        <meta property="og:image" content="/img/ferry.jpg">
        <meta property="og:url" content="https://courier.example/ferry">
        <meta property="article:published_time" content="2024-04-02T08:30:00+02:00">
        <meta property="article:modified_time" content="2024-04-03T10:00:00+02:00">
        <meta property="article:section" content="Local">
        <meta name="keywords" content="ferry, harbour, Ferry">
        <meta property="article:tag" content="transport">
        <meta name="author" content="Mira Olsen">
        </head><body><article><h1>Harbour ferry returns after winter pause</h1><p>Text.</p></article></body></html>
        """;

    [Theory]
    [InlineData("/img/Spring%20Fair%20(2024).jpg", "https://courier.example/img/Spring%20Fair%20(2024).jpg")]
    [InlineData("https://cdn.courier.example/raw/https%3A%2F%2Fimg.example%2Fa.jpg?v=09%2F16%2F2020%2010%3A00", "https://cdn.courier.example/raw/https%3A%2F%2Fimg.example%2Fa.jpg?v=09%2F16%2F2020%2010%3A00")]
    public void ImageUrlsKeepThePagesEscapes(string src, string expected)
    {
        // An unescaped space or slash would make a different, often broken, address.
        var m = PageFixture.Read($"""<html><head><meta property="og:image" content="{src}"></head><body><p>Text.</p></body></html>""", "https://courier.example/news/fair");
        Assert.Equal(expected, m.Images[0].Url);
    }

    [Fact]
    public void KeywordsThePublishingSystemKeepsForItselfAreLeftOut()
    {
        var m = PageFixture.Read("""
            <html><head><title>Ferry</title>
            <meta name="keywords" content="ferry, [SYNDICATED CONTENT], NE_Harbour - harbourstar.com, TRANSPORT_PUBLIC, winter">
            </head><body><article><h1>Ferry</h1><p>Text.</p></article></body></html>
            """, "https://courier.example/ferry");
        Assert.Equal(["ferry", "TRANSPORT_PUBLIC", "winter"], m.Keywords);
    }

    [Fact]
    public void OpenGraphAndArticleTagsFillTheFields()
    {
        var m = PageFixture.Read(Page, "https://courier.example/news/ferry?utm=x");
        Assert.Equal("Harbour ferry returns after winter pause", m.Headline);
        Assert.Equal("Lakeside Courier", m.SiteName);
        Assert.Equal("The blue ferry runs again from Monday.", m.Description);
        Assert.Equal("https://courier.example/ferry", m.Url);
        Assert.Equal("https://courier.example/img/ferry.jpg", m.Images[0].Url);
        Assert.Equal("Local", m.ArticleSection);
        Assert.Equal(["ferry", "harbour", "transport"], m.Keywords);
        Assert.Equal("Mira Olsen", Assert.Single(m.Bylines).Name);
        Assert.Equal("en-US", m.InLanguage);
    }

    [Fact]
    public void PublishedAndModifiedComeFromArticleTags()
    {
        var a = PageFixture.Extract(Page, "https://courier.example/news/ferry");
        Assert.Equal("2024-04-02T08:30:00+02:00", a.DatePublished);
        Assert.Equal(DateSources.Meta, a.DatePublishedSource);
        Assert.Equal("2024-04-03T10:00:00+02:00", a.DateModified);
        Assert.DoesNotContain(a.Warnings, w => w.Contains("date", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void DublinCoreAndSailthruDatesAreRead()
    {
        var dc = PageFixture.Extract("""<html><head><meta name="DC.date.issued" content="2019-11-05"></head><body><p>x</p></body></html>""");
        Assert.Equal("2019-11-05", dc.DatePublished);
        var sailthru = PageFixture.Extract("""<html><head><meta name="sailthru.date" content="Tue, 05 Nov 2019 14:00:00 GMT"></head><body><p>x</p></body></html>""");
        Assert.Equal("2019-11-05", sailthru.DatePublished![..10]);
    }

    [Fact]
    public void CanonicalLinkIsResolvedAgainstThePageUrl()
    {
        var m = PageFixture.Read("""<html><head><link rel="canonical" href="/story/42"><meta property="og:url" content="https://other.example/x"></head><body></body></html>""",
            "https://paper.example/section/page?id=42");
        Assert.Equal("https://paper.example/story/42", m.Url);
    }

    [Fact]
    public void WithoutCanonicalThePageUrlIsKept()
    {
        var m = PageFixture.Read("<html><head><title>T</title></head><body></body></html>", "https://paper.example/a");
        Assert.Equal("https://paper.example/a", m.Url);
    }

    [Fact]
    public void SiteNameFallsBackToTheTitleSuffix()
    {
        var m = PageFixture.Read("<html><head><title>Council approves the new bridge budget | Valley Post</title></head><body></body></html>");
        Assert.Equal("Valley Post", m.SiteName);
        Assert.Equal("Council approves the new bridge budget", m.Headline);
    }
}
