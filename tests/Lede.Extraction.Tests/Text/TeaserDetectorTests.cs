using Lede.Extraction.Text;

namespace Lede.Extraction.Tests.Text;

public class TeaserDetectorTests
{
    private const string Paragraph = "LINDENFELD (AP) — The harbour authority said Thursday that it will close the old pier for repairs until spring.";

    [Theory]
    [InlineData("LINDENFELD (AP) — The harbour authority said Thursday that it will close the old pier for")]
    [InlineData("LINDENFELD (AP) — The harbour authority said Thursday that it will close the old…")]
    [InlineData("LINDENFELD (AP) - The harbour authority said Thursday that it will close the old pier ... Read more")]
    [InlineData("LINDENFELD (AP) — The harbour authority said Thursday that it will close the old pier for repairs until spring.")]
    public void Finds_lines_repeating_the_start_of_a_paragraph(string line)
    {
        Assert.True(TeaserDetector.IsTeaserOf(line, Paragraph));
    }

    [Theory]
    [InlineData("The harbour authority")]
    [InlineData("Harbour to close old pier for repairs")]
    [InlineData("LINDENFELD (AP) — The harbour authority said Friday that it will reopen the old pier")]
    public void Leaves_other_lines_alone(string line)
    {
        Assert.False(TeaserDetector.IsTeaserOf(line, Paragraph));
    }
}
