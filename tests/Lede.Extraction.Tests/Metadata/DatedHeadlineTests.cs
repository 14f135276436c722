using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

/// <summary>A date printed with the headline in its heading is no part of the headline.</summary>
public class DatedHeadlineTests
{
    [Theory]
    [InlineData("23.01.2022 - Ferry returns to the inner harbour", "Ferry returns to the inner harbour")]
    [InlineData("2022-01-23 | Ferry returns to the inner harbour", "Ferry returns to the inner harbour")]
    [InlineData("Ferry returns to the inner harbour", "Ferry returns to the inner harbour")]
    // A date inside the headline is the story's: "1.5.2022" opens no separator here.
    [InlineData("1.5.2022 was the day the ferry returned", "1.5.2022 was the day the ferry returned")]
    public void ADatePrintedBeforeTheHeadlineIsLeftOut(string heading, string expected) =>
        Assert.Equal(expected, HeadlineChooser.WithoutDate(heading, []));

    [Fact]
    public void ADatedLineRunIntoTheHeadingGivesWayToTheTitle()
    {
        var m = PageFixture.Read("""
            <html><head><meta property="og:title" content="Ferry returns to the inner harbour"></head>
            <body><h1>Ferry returns to the inner harbour <span>02.02.2022 • Harbour club, Press</span></h1><p>Text.</p></body></html>
            """);
        Assert.Equal("Ferry returns to the inner harbour", m.Headline);
    }
}
