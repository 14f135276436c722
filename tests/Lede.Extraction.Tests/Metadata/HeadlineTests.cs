using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

public class HeadlineTests
{
    [Fact]
    public void PageH1WinsWhenItMatchesTheTitleWithoutSuffix()
    {
        var m = PageFixture.Read("""
            <html><head><title>Library opens late on Fridays – Hillcrest Gazette</title></head>
            <body><header><h1>Hillcrest Gazette</h1></header><article><h1>Library opens late on Fridays</h1></article></body></html>
            """);
        Assert.Equal("Library opens late on Fridays", m.Headline);
    }

    [Theory]
    [InlineData("Rada miasta przyjęła budżet”", "Rada miasta przyjęła budżet")]
    [InlineData("Council backs new ferry\"", "Council backs new ferry")]
    [InlineData("Mayor: „We will rebuild the pier”", "Mayor: „We will rebuild the pier”")]
    [InlineData("The \"quiet\" pier", "The \"quiet\" pier")]
    public void AClosingQuoteMarkThatClosesNothingEndsNoHeadline(string heading, string headline)
    {
        var m = PageFixture.Read($"""
            <html><head><title>{heading.Replace("\"", "&quot;", StringComparison.Ordinal)}</title></head>
            <body><article><h1>{heading}</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal(headline, m.Headline);
    }

    [Fact]
    public void AKickerInTheTitleIsNotPartOfTheHeadlineTheHeadingShows()
    {
        var m = PageFixture.Read("""
            <html><head><meta property="og:title" content="Stadtwerke: Neue Leitungen für das Hafenviertel"></head>
            <body><article><h1>Neue Leitungen für das Hafenviertel</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Neue Leitungen für das Hafenviertel", m.Headline);
    }

    [Fact]
    public void ASiteNameHeadingAtTheEndOfTheTitleIsNoHeadline()
    {
        // The title's first part is longer than half the heading: the heading is the site's name, not a kicked headline.
        var m = PageFixture.Read("""
            <html><head><title>Everything in its own good season – Market for a Good Life</title></head>
            <body><h1>Market for a Good Life</h1><article><p>Text.</p></article></body></html>
            """);
        Assert.StartsWith("Everything in its own good season", m.Headline);
    }

    [Fact]
    public void SiteNameInH1IsNeverTheHeadline()
    {
        var m = PageFixture.Read("""
            <html><head><title>Notes on sourdough starters | Crumb Diary</title><meta property="og:site_name" content="Crumb Diary"></head>
            <body><h1>Crumb Diary</h1><h2>Notes on sourdough starters</h2></body></html>
            """);
        Assert.Equal("Notes on sourdough starters", m.Headline);
    }

    [Fact]
    public void AnUnclassedLabelBeforeTheHeadlineIsDroppedWhereTheTitleIsTheHeadlineAlone()
    {
        var m = PageFixture.Read("""
            <html><head><title>Ferry timetable changes from Monday</title></head>
            <body><h1 class="css-a1"><style>.css-b2{display:block}</style><span class="css-b2">Press release of the Harbourton Office for Transport and Ferries<style>.css-c3{clip:rect(0 0 0 0)}</style><span class="css-c3">:</span></span>Ferry timetable changes from Monday</h1></body></html>
            """);
        Assert.Equal("Ferry timetable changes from Monday", m.Headline);
    }

    [Fact]
    public void AnUnclassedLabelStaysWhereTheTitleKeepsIt()
    {
        var m = PageFixture.Read("""
            <html><head><title>Harbour news: Ferry timetable changes from Monday</title></head>
            <body><h1><span>Harbour news:</span> Ferry timetable changes from Monday</h1></body></html>
            """);
        Assert.Equal("Harbour news: Ferry timetable changes from Monday", m.Headline);
    }

    [Fact]
    public void KickerSpanInTheHeadingIsDropped()
    {
        var m = PageFixture.Read("""
            <html><head><meta property="og:title" content="Trams run every five minutes again"></head>
            <body><h1><span>Transport:</span> <span>Trams run every five minutes again</span></h1></body></html>
            """);
        Assert.Equal("Trams run every five minutes again", m.Headline);
    }

    [Theory]
    [InlineData("Storm closes the pier | North Shore News", "North Shore News", "Storm closes the pier")]
    [InlineData("North Shore News - Storm closes the pier", "North Shore News", "Storm closes the pier")]
    [InlineData("Storm closes the pier | Shore", null, "Storm closes the pier")]
    [InlineData("Storm - a night on the pier", null, "Storm - a night on the pier")]
    public void SiteSuffixIsCut(string title, string? site, string expected) =>
        Assert.Equal(expected, HeadlineChooser.StripSiteName(title, site));

    [Fact]
    public void DomainNamesTheSiteWhenNothingElseDoes() =>
        Assert.Equal("Dog chases off burglars – police appeal", HeadlineChooser.StripSiteName("Dog chases off burglars – police appeal – Harbour Times", null, "harbour-times"));

    [Theory]
    [InlineData("Rowers fit for the regatta in Harbourton 2030 - European Championships Harbourton 2030", "Rowers fit for the regatta in Harbourton 2030")]
    [InlineData("Regatta - Harbourton 2030 Rowing Championships will open in May with forty crews", "Regatta - Harbourton 2030 Rowing Championships will open in May with forty crews")]
    public void ALastPartEndingWithTheDomainsNameIsTheSitesFullName(string title, string expected) =>
        Assert.Equal(expected, HeadlineChooser.StripSiteName(title, null, "harbourton2030"));

    [Fact]
    public void WithoutAnyTitleTheFirstH1IsUsed()
    {
        var m = PageFixture.Read("<html><body><h1>Only a heading here</h1></body></html>");
        Assert.Equal("Only a heading here", m.Headline);
    }
}
