using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

public class CreditTests
{
    [Theory]
    [InlineData("Photo: Harbour Design Studio", "Harbour Design Studio")]
    [InlineData("Foto: Lena Hoff", "Lena Hoff")]
    [InlineData("Credit: Westvik Ferry Company", "Westvik Ferry Company")]
    [InlineData("IMAGE:  Tomas Ek", "Tomas Ek")]
    [InlineData("Photo credit: Ines Vidal", "Ines Vidal")]
    [InlineData("AP Photo/Alex Brandon", "AP Photo/Alex Brandon")]
    [InlineData("Harbour Design Studio", "Harbour Design Studio")]
    public void BareLabelsAreDropped(string raw, string expected) => Assert.Equal(expected, MetadataReader.NormalizeCredit(raw));

    [Fact]
    public void ExtractedImageCreditsCarryNoLabel()
    {
        var article = PageFixture.Extract("""
            <html><body><article><h1>Footbridge plans approved for the old harbour</h1>
            <figure><img src="https://n.example/bridge.jpg"><figcaption>The planned crossing seen from the ferry terminal. <span class="credit">Photo: Harbour Design Studio</span></figcaption></figure>
            <p>The council voted on Tuesday to build a footbridge across the old harbour, linking the fish market with the ferry terminal, after a decade of planning and two public consultations.</p>
            <p>Construction is due to start next spring and finish within two years, the council said, with most of the cost met by a regional grant for walking and cycling routes.</p>
            </article></body></html>
            """, "https://n.example/bridge");
        var image = Assert.Single(article.Images, i => i.Url == "https://n.example/bridge.jpg");
        Assert.Equal("Harbour Design Studio", image.Credit);
    }
}
