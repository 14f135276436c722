namespace Lede.Extraction.Tests.Metadata;

/// <summary>
/// A page that declares no share image, whose story text the extractor kept from below its first picture (a page-builder's
/// image block of its own above the text block): the large picture between the headline and the body's first picture
/// leads, not the body's.
/// </summary>
public class PictureAboveBodyTests
{
    private const string Story = """
        <div class="text-block"><p>The new footbridge over the Lindau canal opened on Saturday after two years of building work, and the first walkers crossed it before sunrise.</p>
        <p>Engineers said the deck was lifted into place in one piece during a night in March, when the canal was closed to boats for six hours.</p>
        <img src="/uploads/2024/05/footbridge-deck-768x1024.jpg" width="768" height="1024" alt="">
        <p>The town council paid for most of the bridge, with a grant from the regional transport fund covering the lighting and the ramps.</p>
        <p>A second crossing further up the canal is planned for 2027, once the towpath there has been rebuilt and widened for cyclists.</p></div>
        """;

    private static string? LeadOf(string above, string head = "") =>
        PageFixture.Extract($"""
            <html><head><title>Footbridge opens over the canal</title>{head}</head><body><main>
            <h1 class="page-title">Footbridge opens over the canal</h1>
            <div class="image-block">{above}</div>
            {Story}</main></body></html>
            """, "https://town.example/news/footbridge-opens").Images.FirstOrDefault()?.Url;

    [Fact]
    public void TheLargePictureAboveTheBodysFirstLeads() =>
        Assert.Equal("https://town.example/uploads/2024/05/footbridge-dawn-768x1024.jpg",
            LeadOf("""<img src="/uploads/2024/05/footbridge-dawn-768x1024.jpg" width="768" height="1024" alt="">"""));

    [Fact]
    public void WithoutAPictureAboveTheBodysFirstLeads() =>
        Assert.Equal("https://town.example/uploads/2024/05/footbridge-deck-768x1024.jpg", LeadOf(""));

    [Fact]
    public void APictureOfUnknownSizeAboveDoesNotLead() =>
        Assert.Equal("https://town.example/uploads/2024/05/footbridge-deck-768x1024.jpg",
            LeadOf("""<img src="/uploads/2024/05/footbridge-dawn.jpg" alt="">"""));

    [Fact]
    public void AStripAboveDoesNotLead() =>
        Assert.Equal("https://town.example/uploads/2024/05/footbridge-deck-768x1024.jpg",
            LeadOf("""<img src="/uploads/2024/04/title-banner-1024x248.png" width="1024" height="248" alt="">"""));

    [Fact]
    public void APictureLinkingToAnotherPageAboveDoesNotLead() =>
        Assert.Equal("https://town.example/uploads/2024/05/footbridge-deck-768x1024.jpg",
            LeadOf("""<a href="/news/other-story"><img src="/uploads/2024/05/other-story.jpg" width="768" height="512" alt=""></a>"""));

    [Fact]
    public void ADeclaredShareImageStillLeads() =>
        Assert.Equal("https://town.example/uploads/2024/05/footbridge-share.jpg",
            LeadOf("""<img src="/uploads/2024/05/footbridge-dawn-768x1024.jpg" width="768" height="1024" alt="">""",
                """<meta property="og:image" content="https://town.example/uploads/2024/05/footbridge-share.jpg">"""));
}
