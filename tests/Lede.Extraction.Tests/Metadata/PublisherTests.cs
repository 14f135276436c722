namespace Lede.Extraction.Tests.Metadata;

public class PublisherTests
{
    [Fact]
    public void ANoteAfterTheSiteNameIsNotPartOfThePublisher()
    {
        var m = PageFixture.Read("""
            <html><head><title>A post</title><meta property="og:site_name" content="Chirp (formerly Tweeter)"></head>
            <body><article><h1>A post</h1><p>Text.</p></article></body></html>
            """, "https://chirp.example/post/1");
        Assert.Equal("Chirp (formerly Tweeter)", m.SiteName);
        Assert.Equal("Chirp", m.Publisher);
    }

    [Fact]
    public void ASiteNameTagThatRepeatsTheTitleNamesNoSite()
    {
        // Some publishing systems fill "application-name" with the article's own title.
        var m = PageFixture.Read("""
            <html><head><title>Ferry timetable cut for the winter months</title>
            <meta name="application-name" content="Ferry timetable cut for the winter months">
            <meta name="publisher" content="Harbour Gazette"></head>
            <body><article><h1>Ferry timetable cut for the winter months</h1><p>Text.</p></article></body></html>
            """, "https://gazette.example/ferry");
        Assert.Equal("Harbour Gazette", m.SiteName);

        // A short name a home page's title repeats is still the site's name.
        var home = PageFixture.Read("""
            <html><head><title>Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette"></head>
            <body><article><h1>News</h1><p>Text.</p></article></body></html>
            """, "https://gazette.example/");
        Assert.Equal("Harbour Gazette", home.SiteName);
    }

    [Fact]
    public void JsonLdWithAnEmptyValueStillNamesThePublisher()
    {
        // A template printed nothing for the image size: the block is not valid JSON, its publisher still counts.
        var m = PageFixture.Read("""
            <html><head><title>Funding news</title><meta property="og:site_name" content="TMJ">
            <script type="application/ld+json">
            { "@context": "http://schema.org", "@type": "NewsArticle", "headline": "Funding news",
              "image": { "@type": "ImageObject", "url": "", "width": , "height": },
              "publisher": { "@type": "Organization", "name": "The Morning Journal" } }
            </script></head>
            <body><article><h1>Funding news</h1><p>Text.</p></article></body></html>
            """, "https://morning.example/articles/funding");
        Assert.Equal("The Morning Journal", m.Publisher);
        Assert.Equal("TMJ", m.SiteName);
    }

    [Fact]
    public void TheHeaderLogoNamesTheSiteWhenNothingElseDoes()
    {
        var m = PageFixture.Read("""
            <html><head><title>Quarterback returns to practice</title></head><body>
            <header><a class="nav__logo" href="/"><picture><img alt="Harbour City Gulls logo" src="/logo.svg"></picture></a></header>
            <article><h1>Quarterback returns to practice</h1><p>Text.</p>
            <div class="sponsor-logo"><img alt="Invented Sponsor logo" src="/s.png"></div></article></body></html>
            """, "https://gulls.example/news/qb");
        Assert.Equal("Harbour City Gulls", m.SiteName);
        Assert.Equal("Harbour City Gulls", m.Publisher);
    }

    [Theory]
    [InlineData("site_logotype_black")]
    [InlineData("header.png")]
    [InlineData("Logo")]
    public void ALogoAltThatIsAFileNameOrJustLogoNamesNoSite(string alt)
    {
        var m = PageFixture.Read($"""
            <html><head><title>Story</title></head><body>
            <div class="logo"><img alt="{alt}" src="/l.png"></div><article><h1>Story</h1><p>Text.</p></article></body></html>
            """, "https://brand.example/story");
        Assert.Null(m.SiteName);
    }
    [Fact]
    public void AnImageInALogoutButtonIsNoLogo()
    {
        var m = PageFixture.Read("""
            <html><head><title>Story</title></head><body>
            <div class="account-logout"><a href="/out"><img alt="Sign out" src="/out.svg"></a></div><article><h1>Story</h1><p>Text.</p></article></body></html>
            """, "https://brand.example/story");
        Assert.Null(m.SiteName);
    }
}
