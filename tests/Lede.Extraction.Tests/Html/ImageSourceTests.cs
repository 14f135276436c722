using Lede.Extraction.Html;
using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Html;

public class ImageSourceTests
{
    private static string BodyImage(string figure, string url = "https://example.org/news/story") =>
        Assert.Single(ExtractionHarness.Extract($"<html><body><article><h1>Apples</h1><figure>{figure}</figure>{ExtractionHarness.Story}</article></body></html>", url).Images).Url!;

    [Fact]
    public void AnImageWithOnlyASrcsetTakesItsWidestRendition() =>
        Assert.Equal("https://cdn.example/orchard-1600.jpg",
            BodyImage("""<img srcset="https://cdn.example/orchard-320.jpg 320w, https://cdn.example/orchard-1600.jpg 1600w, https://cdn.example/orchard-800.jpg 800w" sizes="(max-width: 600px) 100vw, 800px">"""));

    [Fact]
    public void DensityDescriptorsRankWhereNoWidthIsGiven() =>
        Assert.Equal("https://cdn.example/orchard@2x.jpg",
            BodyImage("""<img data-srcset="https://cdn.example/orchard.jpg, https://cdn.example/orchard@2x.jpg 2x, https://cdn.example/orchard@1.5x.jpg 1.5x">"""));

    [Fact]
    public void OfEqualRenditionsTheFirstIsTaken() =>
        Assert.Equal("https://cdn.example/orchard-a.jpg",
            BodyImage("""<img srcset="https://cdn.example/orchard-small.jpg 400w, https://cdn.example/orchard-a.jpg 1200w, https://cdn.example/orchard-b.jpg 1200w">"""));

    [Fact]
    public void APicturesSourcesOfferTheirRenditions() =>
        Assert.Equal("https://cdn.example/orchard-wide.webp",
            BodyImage("""<picture><source media="(min-width: 900px)" srcset="https://cdn.example/orchard-wide.webp 1440w" type="image/webp"><source srcset="https://cdn.example/orchard-narrow.jpg 640w"><img alt="Pickers"></picture>"""));

    [Fact]
    public void ARealSrcIsPreferredToTheSrcset() =>
        Assert.Equal("https://cdn.example/orchard-800.jpg",
            BodyImage("""<img src="https://cdn.example/orchard-800.jpg" srcset="https://cdn.example/orchard-400.jpg 400w, https://cdn.example/orchard-1600.jpg 1600w">"""));

    [Theory]
    [InlineData("/img/lazy-placeholder.png")]
    [InlineData("https://example.org/assets/blank.gif")]
    [InlineData("/static/spinner.svg")]
    [InlineData("data:image/gif;base64,R0lGODlhAQABAAAAACw=")]
    public void AStandInSrcGivesWayToTheSrcset(string src) =>
        Assert.Equal("https://cdn.example/orchard-1600.jpg",
            BodyImage($"""<img src="{src}" srcset="https://cdn.example/orchard-400.jpg 400w, https://cdn.example/orchard-1600.jpg 1600w">"""));

    [Fact]
    public void ALazyLoadersAddressComesBeforeTheStandIn() =>
        Assert.Equal("https://cdn.example/orchard-full.jpg",
            BodyImage("""<img src="/img/loading.gif" data-lazy-src="https://cdn.example/orchard-full.jpg" srcset="https://cdn.example/orchard-1600.jpg 1600w">"""));

    [Fact]
    public void ACommaInsideAnAddressStaysInIt()
    {
        var renditions = ImageSource.Renditions("https://img.example/c_fill,w_300/orchard.jpg 300w, https://img.example/c_fill,w_900/orchard.jpg 900w,https://img.example/x.jpg,");
        Assert.Equal(["https://img.example/c_fill,w_300/orchard.jpg", "https://img.example/c_fill,w_900/orchard.jpg", "https://img.example/x.jpg"], renditions.Select(r => r.Url));
        Assert.Equal([300.0, 900.0, 0.0], renditions.Select(r => r.Width));
    }

    [Fact]
    public void AnAbsoluteBodyImageKeepsThePagesForm() =>
        Assert.Equal("https://CDN.example/Fotos/Brücke%2c%20Nord.JPG", BodyImage("""<img src="https://CDN.example/Fotos/Brücke%2c%20Nord.JPG">"""));

    [Fact]
    public void AnAbsoluteBodyImageIsTheDeclaredImagesString()
    {
        var article = Metadata.PageFixture.Extract($"""
            <html><head><meta property="og:image" content="https://cdn.example/fotos/Brücke-über-den-Fluss.jpg"></head>
            <body><article><h1>Apples</h1><figure><img src="https://cdn.example/fotos/Brücke-über-den-Fluss.jpg"><figcaption>The bridge.</figcaption></figure>{ExtractionHarness.Story}</article></body></html>
            """, "https://example.org/news/story");
        var image = Assert.Single(article.Images);
        Assert.Equal("https://cdn.example/fotos/Brücke-über-den-Fluss.jpg", image.Url);
        Assert.Equal("The bridge.", image.Caption);
    }

    [Fact]
    public void ARelativeBodyImageIsResolvedAgainstThePage() =>
        Assert.Equal("https://example.org/photos/orchard%20rows.jpg", BodyImage("""<img src="/photos/orchard rows.jpg">"""));

    [Theory]
    [InlineData("http:/cdn.example/a.jpg", "https://news.example/story", "http://cdn.example/a.jpg")]
    [InlineData("https:///cdn.example/a.jpg", "https://news.example/story", "https://cdn.example/a.jpg")]
    [InlineData("http:\\\\cdn.example\\img\\a.jpg", "https://news.example/story", "http://cdn.example/img/a.jpg")]
    [InlineData("http:/cdn.example/a.jpg", null, "http://cdn.example/a.jpg")]
    // With a page of the same scheme, WHATWG parsing reads one slash as a path on the page's own host.
    [InlineData("http:/cdn.example/a.jpg", "http://news.example/story", "http://news.example/cdn.example/a.jpg")]
    [InlineData("https://cdn.example/a.jpg", "http://news.example/story", "https://cdn.example/a.jpg")]
    [InlineData("https:https://cdn.example/a.jpg", "https://news.example/story", "https://cdn.example/a.jpg")]
    public void SchemeSlashesAreReadAsBrowsersReadThem(string href, string? page, string expected) =>
        Assert.Equal(expected, MetadataReader.Resolve(href, page));

    [Fact]
    public void AShareImageWithOneSlashIsTheLeadImage()
    {
        var m = Metadata.PageFixture.Read("""<html><head><meta property="og:image" content="http:/cdn.example/2026/orchard.jpg"></head><body><p>Text.</p></body></html>""", "https://news.example/story");
        Assert.Equal("http://cdn.example/2026/orchard.jpg", Assert.Single(m.Images).Url);
    }

    [Fact]
    public void APhotographNamedWithAStandInWordIsKept() =>
        Assert.Equal("https://cdn.example/customer-loading-truck.jpg",
            BodyImage("""<img src="https://cdn.example/customer-loading-truck.jpg" srcset="https://cdn.example/customer-loading-truck-300.jpg 300w, https://cdn.example/truck-1600.jpg 1600w">"""));

    [Fact]
    public void AStandInWithNothingBehindItIsNoPicture() =>
        Assert.Empty(ExtractionHarness.Extract($"<html><body><article><h1>Apples</h1><figure><img src=\"/assets/recipe-loader.gif\"></figure>{ExtractionHarness.Story}</article></body></html>").Images);

    [Fact]
    public void TheImagesOwnSrcsetComesBeforeItsPicturesSources() =>
        Assert.Equal("https://cdn.example/desktop/orchard.jpg",
            BodyImage("""<picture><source srcset="https://cdn.example/mobile-4x/orchard.jpg 4x, https://cdn.example/mobile/orchard.jpg 1x"><img srcset="https://cdn.example/desktop/orchard.jpg"></picture>"""));

    [Fact]
    public void WithoutWidthsTheFirstSourcesDensestRenditionIsTaken() =>
        Assert.Equal("https://cdn.example/wide-2x/orchard.jpg",
            BodyImage("""<picture><source media="(min-width: 900px)" srcset="https://cdn.example/wide/orchard.jpg 1x, https://cdn.example/wide-2x/orchard.jpg 2x"><source srcset="https://cdn.example/narrow-3x/orchard.jpg 3x"><img alt="Pickers"></picture>"""));

    [Fact]
    public void RelativeImagesAreReadAgainstThePagesBaseHref()
    {
        var article = Metadata.PageFixture.Extract($"""
            <html><head><base href="https://www.example.org/"><meta property="og:image" content="fileadmin/orchard-lead.jpg"></head>
            <body><article><h1>Apples</h1><figure><img src="fileadmin/orchard-rows.jpg"></figure>{ExtractionHarness.Story}</article></body></html>
            """, "https://www.example.org/news/2026/apples.html");
        Assert.Equal(["https://www.example.org/fileadmin/orchard-lead.jpg", "https://www.example.org/fileadmin/orchard-rows.jpg"], article.Images.Select(i => i.Url));
    }

    [Fact]
    public void ARelativeBaseHrefIsReadAgainstThePage()
    {
        var article = Metadata.PageFixture.Extract($"""
            <html><head><base href="/archive/2026/"></head>
            <body><article><h1>Apples</h1><figure><img src="img/orchard.jpg"></figure>{ExtractionHarness.Story}</article></body></html>
            """, "https://www.example.org/news/apples.html");
        Assert.Equal("https://www.example.org/archive/2026/img/orchard.jpg", Assert.Single(article.Images).Url);
    }

    [Fact]
    public void LinksTakeTheSameFormAsImages()
    {
        var html = ExtractionHarness.Extract("<html><body><article>" + ExtractionHarness.Story +
            "<p>The <a href=\"https://Verband.example/Bericht-über-Äpfel\">growers' report</a> and the <a href=\"/web/2026/https://archive.example/apples\">archived copy</a> and <a href=\"javascript:void(0)\">a button</a> give the figures for every village.</p></article></body></html>").Html;
        Assert.Contains("<a href=\"https://Verband.example/Bericht-über-Äpfel\">growers' report</a>", html);
        Assert.Contains("<a href=\"https://example.org/web/2026/https://archive.example/apples\">archived copy</a>", html);
        Assert.DoesNotContain("javascript", html);
    }
}
