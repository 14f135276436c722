namespace Lede.Extraction.Tests.Metadata;

/// <summary><c>name</c>: the title a page declares for itself, kept as written, beside the story's own headline.</summary>
public class DeclaredTitleTests
{
    [Fact]
    public void OgTitleIsTheNameWithTheSiteKeptWhileTheHeadlineDropsIt()
    {
        const string page = """
            <html><head><title>Pier closed – Tide Gazette</title><meta name="twitter:title" content="Twitter's pier title">
            <meta property="og:title" content="Storm closes the pier   | Tide Gazette"><meta property="og:site_name" content="Tide Gazette"></head>
            <body><article><h1>Storm closes the pier</h1><p>Text.</p></article></body></html>
            """;
        var m = PageFixture.Read(page);
        Assert.Equal("Storm closes the pier | Tide Gazette", m.Name);
        Assert.Equal("Storm closes the pier", m.Headline);
        var article = PageFixture.Extract(page);
        Assert.Equal(("Storm closes the pier | Tide Gazette", "Storm closes the pier"), (article.Name, article.Headline));
    }

    [Theory]
    [InlineData("""<meta name="twitter:title" content="Ferry 'back by May'"><title>Other</title>""", "<h1>Ferry back by May</h1>", "Ferry 'back by May'")]
    [InlineData("<title>Ferry back by May - Tide Gazette</title>", "<h1>Ferry back by May</h1>", "Ferry back by May - Tide Gazette")]
    [InlineData("<title> </title>", "<h1>Ferry back by May</h1>", "Ferry back by May")]
    public void WithoutOgTitleTheNextDeclaredTitleIsTheName(string head, string body, string name)
    {
        var m = PageFixture.Read($"<html><head>{head}</head><body><article>{body}<p>Text.</p></article></body></html>");
        Assert.Equal(name, m.Name);
    }
}
