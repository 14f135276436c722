namespace Lede.Extraction.Tests.Metadata;

public class KickerHeadlineTests
{
    private static string? HeadlineOf(string head, string h1) =>
        PageFixture.Read($"<html><head>{head}</head><body><article>{h1}<p>Text.</p></article></body></html>").Headline;

    [Theory]
    // A kicker span, a separator for screen readers, the headline span.
    [InlineData("""<meta property="og:title" content="Hafen: Die Fähre fährt wieder nach Norden">""",
        """<h1><span class="article-heading__kicker">Hafen</span><span class="visually-hidden">: </span><span class="article-heading__title">Die Fähre fährt wieder nach Norden</span></h1>""")]
    // A kicker with a printed separator.
    [InlineData("""<title>Die Fähre fährt wieder nach Norden | Hafenblatt</title>""",
        """<h1><span class="headline--topline">Hafen</span><span class="headline--colon">: </span><span>Die Fähre fährt wieder nach Norden</span></h1>""")]
    // A <small> label and a line break inside the heading's one wrapper, the title joining them with a pipe.
    [InlineData("""<title>Tour der Woche | Die Fähre fährt wieder nach Norden - HAFENBLATT</title>""",
        """<h1><span itemprop="headline"><small>Tour der Woche</small><br>Die Fähre fährt wieder nach Norden</span></h1>""")]
    // A kicker followed by the headline as plain text.
    [InlineData("""<title>Sommer am Hafen - Die Fähre fährt wieder nach Norden - Hafenblatt</title>""",
        """<h1><span class="dachzeile">Sommer am Hafen</span> Die Fähre fährt wieder nach Norden</h1>""")]
    public void AKickerElementOpeningTheHeadingIsLeftOut(string head, string h1) =>
        Assert.Equal("Die Fähre fährt wieder nach Norden", HeadlineOf(head, h1));

    [Fact]
    public void AHeadingThatOpensWithAnOrdinarySpanKeepsIt() =>
        Assert.Equal("Hafen: Die Fähre fährt wieder nach Norden",
            HeadlineOf("""<meta property="og:title" content="Hafen: Die Fähre fährt wieder nach Norden">""",
                """<h1><span class="first-word">Hafen</span>: Die Fähre fährt wieder nach Norden</h1>"""));

    [Fact]
    public void ALabelForScreenReadersInsideTheHeadingIsNoPartOfTheHeadline() =>
        Assert.Equal("Die Fähre fährt wieder nach Norden",
            HeadlineOf("""<title>Die Fähre fährt wieder nach Norden | Institut für Häfen</title>""",
                """<h1 class="document-title"><div class="document-title__headline"><span class="visuallyhidden">Headline:</span> Die Fähre fährt wieder nach Norden</div></h1>"""));

    [Fact]
    public void TheTitlesSpacingStandsForAHeadingJoinedFromPieces() =>
        Assert.Equal("Frauen im THW: Vergangenheit und Zukunft",
            HeadlineOf("""<meta property="og:title" content="Frauen im THW: Vergangenheit und Zukunft">""",
                """<h1>Frauen im <abbr title="Technisches Hilfswerk">THW</abbr>: Vergangenheit und Zukunft</h1>"""));
}
