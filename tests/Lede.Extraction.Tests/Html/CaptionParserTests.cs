using Lede.Extraction.Html;

namespace Lede.Extraction.Tests.Html;

public class CaptionParserTests
{
    [Theory]
    [InlineData("Boats in the harbor. (Photo: Ines Drummond)", "Boats in the harbor.", "Ines Drummond")]
    [InlineData("Boats in the harbor. Credit: Harbor Museum", "Boats in the harbor.", "Harbor Museum")]
    [InlineData("Boats in the harbor. Tomas Weller/Getty Images", "Boats in the harbor.", "Tomas Weller/Getty Images")]
    [InlineData("Boats in the harbor. (AP Photo/Lena Ortiz)", "Boats in the harbor.", "AP Photo/Lena Ortiz")]
    [InlineData("Boats in the harbor at dusk.", "Boats in the harbor at dusk.", null)]
    public void SplitsTheCreditOff(string text, string caption, string? credit)
    {
        var (c, r) = CaptionParser.Split(text);
        Assert.Equal(caption, c);
        Assert.Equal(credit, r);
    }

    [Fact]
    public void KnownCreditElementIsRemovedFromTheCaption()
    {
        var (caption, credit) = CaptionParser.Split("The pier at dawn. Jo Marsh", "Jo Marsh");
        Assert.Equal("The pier at dawn.", caption);
        Assert.Equal("Jo Marsh", credit);
    }
}
