using Lede.Extraction.Metadata;
using Lede.Extraction.Model;

namespace Lede.Extraction.Tests.Metadata;

public class LeadImageTests
{
    private const string Story = """
        <p>The new footbridge over the Lindau canal opened on Saturday after two years of building work, and the first walkers crossed it before sunrise.</p>
        <p>Engineers said the deck was lifted into place in one piece during a night in March, when the canal was closed to boats for six hours.</p>
        <p>The town council paid for most of the bridge, with a grant from the regional transport fund covering the lighting and the ramps.</p>
        """;

    [Theory]
    [InlineData("https://news.example/assets/site-logo.png")]
    [InlineData("https://news.example/apple-touch-icon.png")]
    [InlineData("https://s0.example.com/i/blank.jpg")]
    [InlineData("https://news.example/img/opengraph_default.jpg")]
    [InlineData("https://news.example/social.png")]
    [InlineData("https://news.example/wp-content/themes/paper/img/share.jpg")]
    [InlineData("https://secure.gravatar.com/blavatar/0a1b2c?s=200")]
    [InlineData("https://news.example/static/brand.svg")]
    [InlineData("https://news.example/uploads/2024/05/bridge-150x150.jpg")]
    [InlineData("https://news.example/img/author.jpg?w=60")]
    [InlineData("https://news.example/bilder/intern/shoplogo/harbourlogo-bw-440.png")]
    [InlineData("https://cdn.example/s1600/harbournewslogo_color_200x200.png")]
    [InlineData("https://ministry.example/SharedDocs/OG-Image.jpg?__blob=cover&v=5")]
    [InlineData("https://agency.example/sites/default/files/styles/seo_1200_630/public/default-images/opener/press-opener.jpg?itok=x1")]
    [InlineData("https://agency.example/sites/default/files/default_images/teaser.jpg")]
    [InlineData("https://news.example/media/placeholders/story-2024.jpg")]
    [InlineData("https://podcast.example/wp-content/uploads/2013/04/itunes_r_1400.jpg")]
    [InlineData("https://podcast.example/media/harbour-talk-coverart.png")]
    [InlineData("https://corp.example/content/corp/en/news/bridge-opens/jcr:content.thumb.319.319.png")]
    [InlineData("https://corp.example/content/corp/en/news/bridge-opens/_jcr_content.thumb.48.48.png")]
    [InlineData("https://blog.example/hubfs/mail_banner_300x250_fair2024-CLEAN.png")]
    [InlineData("https://news.example/ads/leaderboard-728x90.gif")]
    [InlineData("https://news.example")]
    [InlineData("https://news.example/")]
    [InlineData("https://news.example/images/nopreview.png")]
    [InlineData("https://news.example/images/home_icn.jpg")]
    [InlineData("https://news.example/images/bullets.jpg")]
    public void FurnitureIsNoPictureOfTheStory(string url) => Assert.True(LeadImageChooser.IsFurniture(url));

    [Theory]
    [InlineData("https://news.example/uploads/2024/05/footbridge-opening.jpg")]
    [InlineData("https://news.example/images/silicon-valley-office.jpg")]
    [InlineData("https://news.example/fotos/psicologo-en-consulta.jpg")]
    [InlineData("https://news.example/fotos/psicologo.jpg")]
    [InlineData("https://news.example/media/og-image-harbour-bridge.jpg")]
    [InlineData("https://news.example/storage/image/2280168_default_1tGuSk.jpg")]
    [InlineData("https://news.example/media/bridge-16x9.jpg?w=1200")]
    [InlineData("https://news.example/uploads/2024/05/bridge-1024x576.jpg")]
    [InlineData("https://news.example/uploads/2024/05/bridge-300x400.jpg")]
    [InlineData("https://news.example/uploads/2024/05/loading-the-truck.jpg")]
    [InlineData("https://news.example/uploads/2024/05/magazine-cover-artist.jpg")]
    [InlineData("https://agency.example/sites/default/files/styles/teaser_1200/public/2024-05/footbridge.jpg?itok=x2")]
    [InlineData("https://news.example/content/news/de/2024/bridge-opens/jcr:content/articleThumbnail.fitIn.fullarticleimage.jpg")]
    [InlineData("https://img.news.example/?id=2280168&w=1200")]
    [InlineData("https://news.example/fotos/preview-of-the-new-bridge.jpg")]
    public void StoryPicturesAreKept(string url) => Assert.False(LeadImageChooser.IsFurniture(url));

    [Theory]
    [InlineData("https://news.example/images/archiv/_568w/roe_m.jpg", true)]
    [InlineData("https://news.example/authors/mara-roe-portrait.jpg", true)]
    [InlineData("https://news.example/authors/Mara_Roe_2021.png", true)]
    [InlineData("https://news.example/uploads/roe.jpg", false)]
    [InlineData("https://news.example/uploads/roe-deer-in-the-park.jpg", false)]
    [InlineData("https://news.example/uploads/jane-roe.jpg", false)]
    public void APictureNamedAfterTheAuthorIsTheirPortrait(string url, bool portrait) =>
        Assert.Equal(portrait, LeadImageChooser.IsPortraitOf(url, [new Lede.Extraction.Model.Person("Mara Roe")]));

    [Fact]
    public void AnImageWhoseCaptionSellsASubscriptionIsNoPictureOfTheStory()
    {
        var body = new[]
        {
            new ArticleImage("https://news.example/uploads/footbridge-opening.jpg", "Walkers cross the bridge at sunrise."),
            new ArticleImage("https://news.example/uploads/magazine-cover.png", "Want more bridges? Subscribe to our sister magazine for the latest news."),
        };
        var images = LeadImageChooser.Order([], body, Lede.Extraction.Html.HtmlDocumentLoader.Parse("<html><body></body></html>", null, new ExtractionOptions()));
        var image = Assert.Single(images);
        Assert.Equal("Walkers cross the bridge at sunrise.", image.Caption);
    }

    [Fact]
    public void TheAuthorsPortraitSharedAsTheImageIsNoLeadImage()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title>
            <meta property="og:image" content="https://news.example/images/archiv/_568w/roe_m.jpg">
            </head><body><article><h1>Footbridge opens</h1><p class="byline">By Mara Roe</p>
            <img src="/images/archiv/_728w/roe_m.jpg" width="728" height="400" alt="">
            {Story}</article></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal(["Mara Roe"], a.Authors.Select(p => p.Name));
        Assert.Empty(a.Images);
    }

    [Fact]
    public void ADeclaredAdBannerGivesWayToTheStorysPicture()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title>
            <meta property="og:image" content="https://news.example/media/mail_banner_300x250_fair2024.png">
            </head><body><article><h1>Footbridge opens</h1>
            <img src="https://news.example/media/footbridge-opening.jpg" width="1200" height="675" alt="Walkers on the bridge">
            {Story}</article></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal("https://news.example/media/footbridge-opening.jpg", a.Images[0].Url);
        Assert.DoesNotContain(a.Images, i => i.Url!.Contains("300x250", StringComparison.Ordinal));
    }

    [Fact]
    public void ADeclaredAddressWithAnotherGluedIntoItIsSkipped()
    {
        var m = PageFixture.Read("""
            <html><head>
            <meta property="og:image" content="https://news.examplehttps://media.news.example/2024/05/bridge.jpg">
            <meta property="og:image" content="https://news.example/media/2024/05/bridge.jpg">
            </head><body><p>Text.</p></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal(["https://news.example/media/2024/05/bridge.jpg"], m.Images.Select(i => i.Url));
    }

    [Fact]
    public void AGluedAddressAloneDeclaresNoImage()
    {
        var m = PageFixture.Read("""
            <html><head>
            <meta property="og:image" content="https://shop.example/htdyn/3JA/DIYhttps://shop.example/htdyn/3JA/DIY%20Book.png0Book.png">
            </head><body><p>Text.</p></body></html>
            """, "https://shop.example/blog/diy");
        Assert.Empty(m.Images);
    }

    [Theory]
    [InlineData("https://cdn.example/0x420/smart/http://www.paper.example/files/2019/11/bridge.jpg")]
    [InlineData("https://images.example/resize?url=https://paper.example/bridge.jpg")]
    [InlineData("https://web.archive.org/web/20181206101316im_/https://paper.example/uploads/bridge.jpg")]
    public void AnAddressCarriedByAProxyIsNoGluedAddress(string url) => Assert.DoesNotMatch(Lede.Extraction.Rules.MetadataRules.GluedAddress(), url);

    [Fact]
    public void ALogoSharedAsTheImageGivesWayToTheArticleImage()
    {
        var m = PageFixture.Read("""
            <html><head>
            <meta property="og:image" content="/static/newsroom-logo.png">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Footbridge opens","image":{"@type":"ImageObject","url":"https://cdn.news.example/2024/bridge.jpg"}}</script>
            <meta name="twitter:image" content="https://cdn.news.example/2024/bridge-card.jpg">
            </head><body><p>Text.</p></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal(["https://cdn.news.example/2024/bridge.jpg", "https://cdn.news.example/2024/bridge-card.jpg"], m.Images.Select(i => i.Url));
    }

    [Fact]
    public void TheFirstOgImageLeadsBeforeTheSecureCopyOfAnother()
    {
        var m = PageFixture.Read("""
            <html><head>
            <meta property="og:image" content="https://news.example/uploads/2024/05/footbridge-scaled.jpg">
            <meta property="og:image" content="https://news.example/uploads/2024/05/footbridge-1024x683.jpg">
            <meta property="og:image:secure_url" content="https://news.example/uploads/2024/05/footbridge-1024x683.jpg">
            </head><body><p>Text.</p></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal("https://news.example/uploads/2024/05/footbridge-scaled.jpg", m.Images[0].Url);
    }

    [Theory]
    // Letters, the case of escapes and an explicit port stay as the page writes them; a relative address is resolved.
    [InlineData("https://cdn.news.example/bilder/Brücke-über-den-Kanal.jpg", "https://cdn.news.example/bilder/Brücke-über-den-Kanal.jpg")]
    [InlineData("https://cdn.news.example/bilder/Br%c3%bccke.jpg", "https://cdn.news.example/bilder/Br%c3%bccke.jpg")]
    [InlineData("https://cdn.news.example:443/media/bridge.jpg?w=1200", "https://cdn.news.example:443/media/bridge.jpg?w=1200")]
    [InlineData("https://cdn.news.example/media/bridge at night.jpg", "https://cdn.news.example/media/bridge%20at%20night.jpg")]
    [InlineData("/media/2024/bridge.jpg", "https://news.example/media/2024/bridge.jpg")]
    public void ADeclaredImageKeepsThePagesOwnAddress(string declared, string expected)
    {
        var m = PageFixture.Read($"""
            <html><head><meta property="og:image" content="{declared}"></head><body><p>Text.</p></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal(expected, m.Images[0].Url);
    }

    [Fact]
    public void TheShareImageAndItsEscapedCopyInTheBodyAreOneImage()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title>
            <meta property="og:image" content="https://news.example/bilder/Brücke-über-den-Kanal.jpg"></head>
            <body><article><h1>Footbridge opens</h1>
            <figure><img src="/bilder/Br%C3%BCcke-%C3%BCber-den-Kanal.jpg" width="800" height="500"><figcaption>The new bridge at dawn.</figcaption></figure>
            {Story}</article></body></html>
            """, "https://news.example/story/footbridge");
        var image = Assert.Single(a.Images);
        Assert.Equal("https://news.example/bilder/Brücke-über-den-Kanal.jpg", image.Url);
        Assert.Equal("The new bridge at dawn.", image.Caption);
    }

    [Fact]
    public void WithNothingDeclaredTheFirstLargeBodyImageLeads()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title></head><body><article><h1>Footbridge opens</h1>
            <p><img src="/avatars/reporter.jpg" width="48" height="48"></p>
            <p><img src="/img/crossing-thumb.jpg" width="160" height="120"></p>
            {Story}
            <figure><img src="/img/footbridge.jpg" width="1200" height="800"><figcaption>The new footbridge at dawn.</figcaption></figure>
            </article></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal("https://news.example/img/footbridge.jpg", a.Images[0].Url);
        Assert.DoesNotContain(a.Images, i => i.Url!.Contains("reporter"));
    }

    [Fact]
    public void ADeclaredImageKeepsTheLeadOverBodyImages()
    {
        var a = PageFixture.Extract($"""
            <html><head><meta property="og:image" content="https://cdn.news.example/2024/bridge.jpg"></head><body><article><h1>Footbridge opens</h1>
            {Story}
            <figure><img src="/img/footbridge-night.jpg" width="1200" height="800"><figcaption>The deck being lifted in March.</figcaption></figure>
            </article></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal("https://cdn.news.example/2024/bridge.jpg", a.Images[0].Url);
        Assert.Equal("https://news.example/img/footbridge-night.jpg", a.Images[1].Url);
    }

    [Fact]
    public void ASitesHomeAddressDeclaredAsTheImageIsSkipped()
    {
        var m = PageFixture.Read("""
            <html><head><meta property="og:image" content="https://news.example"><meta name="twitter:image" content="https://cdn.news.example/2024/bridge.jpg"></head><body><p>Text.</p></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal("https://cdn.news.example/2024/bridge.jpg", Assert.Single(m.Images).Url);
    }

    [Fact]
    public void AFaviconDeclaredAloneLeavesNoLeadImage()
    {
        var m = PageFixture.Read("""<html><head><meta property="og:image" content="https://blog.example/favicon-96.ico"></head><body><p>Text.</p></body></html>""", "https://blog.example/post");
        Assert.Empty(m.Images);
    }

    [Fact]
    public void AVideoStoryWithNoPictureIsShownByItsPosterFrame()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title></head><body><article><h1>Footbridge opens</h1>
            <video poster="/media/footbridge-poster.jpg" controls src="/media/footbridge.mp4"></video>
            {Story}
            </article></body></html>
            """, "https://news.example/story/footbridge");
        Assert.Equal("https://news.example/media/footbridge-poster.jpg", Assert.Single(a.Images).Url);
    }

    [Fact]
    public void WithNothingDeclaredOrPrintedThePostsFeaturedImageLeads()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title></head><body>
            <div class="hero"><img width="1600" height="900" src="/uploads/2024/05/footbridge-dawn.jpg" class="attachment-full size-full wp-post-image" alt=""></div>
            <article><h1>Footbridge opens</h1>{Story}</article>
            <aside><img width="120" height="80" src="/uploads/2024/04/market-120x80.jpg" class="wp-post-image"></aside>
            </body></html>
            """, "https://blog.example/footbridge-opens");
        Assert.Equal("https://blog.example/uploads/2024/05/footbridge-dawn.jpg", Assert.Single(a.Images).Url);
    }

    [Fact]
    public void AFeaturedThumbnailTooSmallToLeadIsNoLeadImage()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title></head><body>
            <aside><img width="120" height="80" src="/uploads/2024/04/market-120x80.jpg" class="wp-post-image"></aside>
            <article><h1>Footbridge opens</h1>{Story}</article>
            </body></html>
            """, "https://blog.example/footbridge-opens");
        Assert.Empty(a.Images);
    }

    [Fact]
    public void AFeaturedBannerAtItsUploadedSizeLeadsWhateverItsShape()
    {
        var a = PageFixture.Extract($$"""
            <html><head><title>Footbridge opens</title></head><body>
            <div class="hero"><img width="850" height="120" src="/uploads/2024/05/footbridge-banner.jpg" class="attachment-full size-full wp-post-image" alt=""></div>
            <article><h1>Footbridge opens</h1>{{Story}}
            <p><a href="/uploads/2024/05/deck.jpg"><img src="/uploads/2024/05/deck-150x150.jpg" width="150" height="150"></a></p></article>
            </body></html>
            """, "https://blog.example/footbridge-opens");
        Assert.Equal("https://blog.example/uploads/2024/05/footbridge-banner.jpg", a.Images[0].Url);
    }

    [Fact]
    public void AFeaturedImageCroppedSmallerThanALeadIsNoLeadImage()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title></head><body>
            <article><h1>Footbridge opens</h1>{Story}</article>
            <aside><img width="300" height="157" src="/uploads/2024/04/market-300x157.png" class="attachment-medium size-medium wp-post-image"></aside>
            </body></html>
            """, "https://blog.example/footbridge-opens");
        Assert.Empty(a.Images);
    }

    [Fact]
    public void AStripGivesWayToTheStorysPicture()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title></head><body><article><h1>Footbridge opens</h1>
            {Story}
            <p><img src="/uploads/2024/05/title-strip-1024x248.png" width="1024" height="248"></p>
            <p>The lights along the railing change colour with the seasons, a choice the council put to a public vote last year.</p>
            <p><img src="/uploads/2024/05/footbridge-768x1024.jpg" width="768" height="1024"></p>
            </article></body></html>
            """, "https://blog.example/footbridge-opens");
        Assert.Equal("https://blog.example/uploads/2024/05/footbridge-768x1024.jpg", a.Images[0].Url);
        Assert.Contains(a.Images, i => i.Url!.EndsWith("title-strip-1024x248.png", StringComparison.Ordinal));
    }

    [Fact]
    public void AStripLeadsWhereTheStoryShowsNoOtherPicture()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title></head><body><article><h1>Footbridge opens</h1>
            {Story}
            <p><img src="/uploads/2024/05/footbridge-panorama.jpg" width="1200" height="250"></p>
            </article></body></html>
            """, "https://blog.example/footbridge-opens");
        Assert.Equal("https://blog.example/uploads/2024/05/footbridge-panorama.jpg", a.Images[0].Url);
    }

    [Fact]
    public void ADeclaredImageLeadsBeforeTheFeaturedImage()
    {
        var a = PageFixture.Extract($"""
            <html><head><meta property="og:image" content="https://cdn.blog.example/2024/bridge-share.jpg"></head><body>
            <div class="hero"><img width="1600" height="900" src="/uploads/2024/05/footbridge-dawn.jpg" class="wp-post-image"></div>
            <article><h1>Footbridge opens</h1>{Story}</article>
            </body></html>
            """, "https://blog.example/footbridge-opens");
        Assert.Equal("https://cdn.blog.example/2024/bridge-share.jpg", a.Images[0].Url);
    }

    [Fact]
    public void ALazyLoadersHiddenImageIsShownAndLeads()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title></head><body><article><h1>Footbridge opens</h1>
            <p><img style="display:none" class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/uploads/2024/05/footbridge-map.jpg" width="1600" height="1000"><noscript><img src="/uploads/2024/05/footbridge-map.jpg"></noscript></p>
            {Story}
            </article></body></html>
            """, "https://blog.example/footbridge-opens");
        Assert.Equal("https://blog.example/uploads/2024/05/footbridge-map.jpg", a.Images[0].Url);
    }

    [Fact]
    public void AHiddenImageWithoutALazyLoaderStaysHidden()
    {
        var a = PageFixture.Extract($"""
            <html><head><title>Footbridge opens</title></head><body><article><h1>Footbridge opens</h1>
            <p><img style="display:none" src="/uploads/2024/05/footbridge-map.jpg" width="1600" height="1000"></p>
            {Story}
            </article></body></html>
            """, "https://blog.example/footbridge-opens");
        Assert.Empty(a.Images);
    }
}
