namespace Lede.Extraction.Tests.Metadata;

/// <summary>
/// A page that declares no share image and whose kept story text holds no picture large enough to lead: the picture set
/// between the headline and the story's first paragraph (a "hero" block the text extractor leaves out) leads.
/// </summary>
public class HeroImageTests
{
    private const string Story = """
        <div class="node__body"><p>The new footbridge over the Lindau canal opened on Saturday after two years of building work, and the first walkers crossed it before sunrise.</p>
        <p>Engineers said the deck was lifted into place in one piece during a night in March, when the canal was closed to boats for six hours.</p>
        <p>The town council paid for most of the bridge, with a grant from the regional transport fund covering the lighting and the ramps.</p></div>
        """;

    private static string? LeadOf(string hero) =>
        PageFixture.Extract($"""
            <html><head><title>Footbridge opens over the canal</title></head><body><main>
            <h1 class="page-title">Footbridge opens over the canal</h1>
            <div class="node__teaser-image">{hero}</div>
            {Story}</main></body></html>
            """, "https://town.example/news/footbridge-opens").Images.FirstOrDefault()?.Url;

    [Fact]
    public void ThePictureBetweenHeadlineAndStoryLeads() =>
        Assert.Equal("https://town.example/files/2024-05/footbridge-opening.jpg",
            LeadOf("""<picture><source srcset="/files/2024-05/footbridge-opening.webp 1x" type="image/webp"><img src="/files/2024-05/footbridge-opening.jpg" alt="The footbridge at dawn"></picture>"""));

    [Fact]
    public void APictureLinkingToAnotherPageIsNoHero() =>
        Assert.Null(LeadOf("""<a href="/news/other-story"><img src="/files/2024-05/other-story.jpg" alt=""></a>"""));

    [Fact]
    public void APictureLinkingToItsOwnLargerFileIsTheHero() =>
        Assert.Equal("https://town.example/files/2024-05/footbridge-opening-800.jpg",
            LeadOf("""<a class="lightbox" href="/files/2024-05/footbridge-opening-2000.jpg"><img src="/files/2024-05/footbridge-opening-800.jpg" alt=""></a>"""));

    [Fact]
    public void AOnePixelBeaconIsNoHero() =>
        Assert.Null(LeadOf("""<img src="https://stats.example/img/renderTiming.png" style="width: 1px; height: 1px;" alt="">"""));

    [Fact]
    public void AnAddressOfUnknownSizeThatNamesNoImageFileIsNoHero() =>
        Assert.Null(LeadOf("""<img src="/log/nojs" alt="">"""));

    [Fact]
    public void ASmallPictureIsNoHero() =>
        Assert.Null(LeadOf("""<img src="/files/2024-05/footbridge-thumb.jpg" width="120" height="90" alt="">"""));

    private const string Opening = "<p>The Lindau canal has its first new crossing in forty years, built in two years and paid for by the town with a regional grant.</p>";

    [Fact]
    public void TheStandfirstAboveThePictureDoesNotEndTheSearch() =>
        Assert.Equal("https://town.example/files/2024-05/footbridge-opening.jpg",
            LeadOf($"""<div class="chapo_block">{Opening}</div><div class="field--item"><img src="/files/2024-05/footbridge-opening.jpg" width="648" height="464" alt=""></div>"""));
}
