using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Tests.Metadata;

namespace Lede.Extraction.Tests.Metadata.Dates;

/// <summary>
/// Printed forms of a date and time found on news pages (seventeenth session's audit): the time before the date, the
/// time between day and year, a shown date beside one hidden for search engines, and a &lt;time&gt; whose text gives the
/// newsroom's zone for a UTC stamp.
/// </summary>
public class PrintedTimeFormTests
{
    [Theory]
    [InlineData("11:26 pm EST, Tuesday, November 19, 2019", 23, 26, -5)]
    [InlineData("Published 3:27 am PST, Wednesday, November 20, 2019", 3, 27, -8)]
    public void ATimeWithItsZoneBeforeTheDateIsTheDatesTime(string text, int hour, int minute, int offsetHours)
    {
        var mention = Assert.Single(DateTextParser.FindDates(text));
        Assert.Equal(new TimeOnly(hour, minute), mention.Time);
        Assert.Equal(TimeSpan.FromHours(offsetHours), mention.Offset);
    }

    [Fact]
    public void ATimeBeforeTheDateWithoutAZoneIsAWallClock()
    {
        var mention = Assert.Single(DateTextParser.FindDates("PUBLISHED: 09:15, Wed, Mar 4, 2020"));
        Assert.Equal(new DateOnly(2020, 3, 4), mention.Date);
        Assert.Equal(new TimeOnly(9, 15), mention.Time);
        Assert.Null(mention.Offset);
    }

    [Fact]
    public void AScoreBeforeADateIsNoTime()
    {
        // "3:1" is no clock (minutes take two digits); a clock needs its colon form right before the date or its weekday.
        var mention = Assert.Single(DateTextParser.FindDates("Won 3:1 in the final on March 5, 2025"));
        Assert.Null(mention.Time);
    }

    [Fact]
    public void TheTimeBeforeTheDateKeepsTheDatesSpan()
    {
        // A byline cut at the date keeps only its words: the span starts at the date, not at the time before it.
        const string text = "By Jane Roe 11:26 pm EST, Tuesday, November 19, 2019";
        var mention = Assert.Single(DateTextParser.FindDates(text));
        Assert.Equal(text.IndexOf("November", StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void ATimeBetweenDayAndYearIsRead()
    {
        var mention = Assert.Single(DateTextParser.FindDates("Jan 04 09:34 2021"));
        Assert.Equal(new DateOnly(2021, 1, 4), mention.Date);
        Assert.Equal(new TimeOnly(9, 34), mention.Time);
    }

    [Fact]
    public void AMonthNameWithAnEnglishOrdinalIsRead() =>
        Assert.Equal(new DateOnly(2018, 6, 19), Assert.Single(DateTextParser.FindDates("Juni 19th, 2018")).Date);

    private const string HiddenStampPage = """
        <html><head><title>Harbour ferry timetable changes</title></head><body><article>
        <h1>Harbour ferry timetable changes</h1>
        <div class="post-meta-info"><span class="vcard rich-snippet-hidden"><span class="fn">Lou Marten</span></span><span class="updated rich-snippet-hidden">2019-01-07T17:27:31+02:00</span><span>Juni 19th, 2018</span> | <a href="/category/local">Local</a></div>
        <p>The invented harbour ferry will leave ten minutes earlier from next month, the operator said on Tuesday.</p>
        <p>Passengers with season tickets keep their seats, and the late boat on Fridays stays as it is.</p>
        </article></body></html>
        """;

    [Fact]
    public void TheDateABlockShowsWinsOverTheStampItHides()
    {
        var page = PageFixture.Read(HiddenStampPage);
        Assert.Equal(new DateOnly(2018, 6, 19), DateResolver.Resolve(page.DateCandidates, new DateOnly(2025, 1, 1)).Published!.Day);
    }

    [Fact]
    public void ABlockThatOnlyHidesItsDateStillGivesIt()
    {
        var page = PageFixture.Read(HiddenStampPage.Replace("<span>Juni 19th, 2018</span>", "", StringComparison.Ordinal));
        Assert.Contains(page.DateCandidates, c => c.Day == new DateOnly(2019, 1, 7) && c.Source == DateSources.BylineText && c.Role == DateRole.Published);
    }

    private const string ZonedTimePage = """
        <html><head><title>Late goal lifts the home side</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Late goal lifts the home side","datePublished":"2019-11-20T04:26:47+0000"}</script></head>
        <body><article><h1>Late goal lifts the home side</h1>
        <p>Published <time itemprop="datePublished" datetime="2019-11-20T04:26:50Z">{0}</time></p>
        <p>The invented home side scored in the last minute of extra time to win the league game on Tuesday night.</p>
        <p>The visitors had led for most of the second half before the late equaliser and the winner that followed.</p>
        </article></body></html>
        """;

    [Fact]
    public void ATimeElementPrintingItsUtcStampInTheNewsroomsZoneGivesTheLocalDay()
    {
        var page = PageFixture.Read(ZonedTimePage.Replace("{0}", "11:26 pm EST, Tuesday, November 19, 2019"));
        Assert.Equal(new DateOnly(2019, 11, 19), DateResolver.Resolve(page.DateCandidates, new DateOnly(2025, 1, 1)).Published!.Day);
    }

    [Fact]
    public void ATimeElementPrintingAnotherInstantAddsNothing()
    {
        var page = PageFixture.Read(ZonedTimePage.Replace("{0}", "9:10 pm EST, Tuesday, November 19, 2019"));
        Assert.Equal(new DateOnly(2019, 11, 20), DateResolver.Resolve(page.DateCandidates, new DateOnly(2025, 1, 1)).Published!.Day);
    }
}
