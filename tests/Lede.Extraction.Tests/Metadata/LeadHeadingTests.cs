namespace Lede.Extraction.Tests.Metadata;

/// <summary>The page's own &lt;h1&gt; as the headline when no heading repeats what the metadata calls the title.</summary>
public class LeadHeadingTests
{
    [Fact]
    public void StoryHeadingWinsOverASearchEngineTitle()
    {
        var m = PageFixture.Read("""
            <html><head><title>Cheap bike repairs near you &gt;&gt; compare offers now</title></head>
            <body><article><h1>How to true a wheel at home</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("How to true a wheel at home", m.Headline);
    }

    [Fact]
    public void NavigationLabelsAndTheSiteNameAreSkipped()
    {
        var m = PageFixture.Read("""
            <html><head><title>Council budget passed - Riverside Courier</title><meta property="og:site_name" content="Riverside Courier"></head>
            <body><h1>Riverside Courier</h1><h1>Navigation</h1><h1>You are here:</h1>
            <article><h1>Budget for the coming year approved by the council</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Budget for the coming year approved by the council", m.Headline);
    }

    [Fact]
    public void AKickerElementInTheHeadingIsDroppedWhenTheTitleLacksIt()
    {
        var m = PageFixture.Read("""
            <html><head><title>Ferry timetable changes in spring</title></head>
            <body><article><h1><small>Harbour</small><br> Ferry timetable changes in spring</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Ferry timetable changes in spring", m.Headline);
    }

    [Fact]
    public void SoftHyphensAreNotPartOfTheHeadline()
    {
        var m = PageFixture.Read("""
            <html><head><title>Nothing alike</title></head>
            <body><article><h1>Ge&shy;mein&shy;de&shy;rats&shy;sit&shy;zung vertagt</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Gemeinderatssitzung vertagt", m.Headline);
    }

    [Fact]
    public void HeadingInASidebarIsNotTheHeadline()
    {
        var m = PageFixture.Read("""
            <html><head><title>Spring concert programme announced</title></head>
            <body><aside class="sidebar"><h1>Most read this week</h1></aside><article><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Spring concert programme announced", m.Headline);
    }
}
