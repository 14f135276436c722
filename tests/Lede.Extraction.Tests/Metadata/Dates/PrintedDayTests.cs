using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class PrintedDayTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static DateCandidate Stamp(string iso, string evidence) =>
        new(DateTimeOffset.Parse(iso), true, DateRole.Published, DateSources.JsonLd, 0.95, evidence);

    private static DateCandidate Printed(string iso, bool hasTime, string source = DateSources.BylineText, double confidence = 0.7) =>
        new(DateTimeOffset.Parse(iso), hasTime, DateRole.Published, source, confidence, iso);

    [Fact]
    public void TheNewsroomsPrintedDayBeatsAUtcStampAcrossMidnight()
    {
        // 02:25 UTC is 21:25 the evening before in New York, where the page prints its date.
        var r = DateResolver.Resolve([Stamp("2025-02-25T02:25:54Z", "2025-02-25T02:25:54Z"), Printed("2025-02-24T21:25:00Z", true)], Today);
        Assert.Equal(new DateOnly(2025, 2, 24), r.Published!.Day);
        Assert.Equal(DateSources.BylineText, r.Published.Source);
    }

    [Fact]
    public void TheDayInTheUrlBeatsAUtcStampAcrossMidnight()
    {
        var r = DateResolver.Resolve([Stamp("2025-01-01T23:10:00+00:00", "2025-01-01T23:10:00+00:00"), Printed("2025-01-02", false, DateSources.Url, 0.72)], Today);
        Assert.Equal(new DateOnly(2025, 1, 2), r.Published!.Day);
    }

    [Fact]
    public void AClockThatIsNoZoneShiftOfTheStampIsIgnored()
    {
        // 11:39 the next day is a "now" clock in the page header, 12 h 42 min after the stamp: no time zone does that.
        var r = DateResolver.Resolve([Stamp("2025-04-28T22:57:38Z", "2025-04-28T22:57:38Z"), Printed("2025-04-29T11:39:00Z", true)], Today);
        Assert.Equal(new DateOnly(2025, 4, 28), r.Published!.Day);
    }

    [Fact]
    public void AStampWithALocalOffsetIsNotMoved()
    {
        var r = DateResolver.Resolve([Stamp("2025-02-25T02:25:54+01:00", "2025-02-25T02:25:54+01:00"), Printed("2025-02-24T20:25:54Z", true)], Today);
        Assert.Equal(new DateOnly(2025, 2, 25), r.Published!.Day);
    }

    [Fact]
    public void ADateHeaderInsideAFeedOfPostsIsTheStorysEvenInAWidget()
    {
        // Blog platforms render the posts inside a layout widget; the hfeed microformat marks the posts themselves.
        var a = PageFixture.Extract("""
            <html><body><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
            <div class="date-outer"><h2 class="date-header"><span>Samstag, 5. Oktober 2013</span></h2>
            <div class="post hentry"><h3 class="post-title">Ein Nachmittag am See</h3>
            <div class="post-body">Wir sind am Nachmittag an den See gefahren und haben bis zum Abend am Ufer gesessen und gelesen.</div></div>
            </div></div></div></body></html>
            """);
        Assert.Equal("2013-10-05", a.DatePublished);
    }

    [Fact]
    public void ADeclaredWallClockWithoutSecondsGivesTheLocalDayOfAUtcStamp()
    {
        // A meta tag prints the newsroom's wall clock to the minute ("Monday, March 3, 2025, 08:19 PM") for 01:19:34 UTC.
        var wallClock = new DateCandidate(DateTimeOffset.Parse("2025-03-03T20:19:00Z"), true, DateRole.Published, DateSources.Meta, 0.9, "Monday, March 3, 2025, 08:19 PM");
        var r = DateResolver.Resolve([Stamp("2025-03-04T01:19:34.819Z", "2025-03-04T01:19:34.819Z"), wallClock], Today);
        Assert.Equal(new DateOnly(2025, 3, 3), r.Published!.Day);
    }

    [Fact]
    public void AStampWithTheUtcClockUnderTheLocalOffsetGivesWayToThePrintedZonedTime()
    {
        // JSON-LD writes 04:31:13 UTC as "04:31:13-06:00"; the byline prints "Mar 19, 2025, 10:31 pm CST", the same instant.
        var printed = new DateCandidate(DateTimeOffset.Parse("2025-03-19T22:31:00-06:00"), true, DateRole.Published, DateSources.BylineText, 0.7, "Mar 19, 2025, 10:31 pm CST");
        var r = DateResolver.Resolve([Stamp("2025-03-20T04:31:13-06:00", "2025-03-20T04:31:13-06:00"), printed], Today);
        Assert.Equal(new DateOnly(2025, 3, 19), r.Published!.Day);
    }

    [Fact]
    public void AStampAndAPrintedZonedTimeOfOtherInstantsKeepTheStamp()
    {
        var printed = new DateCandidate(DateTimeOffset.Parse("2025-03-19T21:10:00-06:00"), true, DateRole.Published, DateSources.BylineText, 0.7, "Mar 19, 2025, 9:10 pm CST");
        var r = DateResolver.Resolve([Stamp("2025-03-20T04:31:13-06:00", "2025-03-20T04:31:13-06:00"), printed], Today);
        Assert.Equal(new DateOnly(2025, 3, 20), r.Published!.Day);
    }

    [Fact]
    public void APrintedZonedTimeOfAUtcStampsInstantGivesTheLocalDay()
    {
        var printed = new DateCandidate(DateTimeOffset.Parse("2025-03-03T20:19:00-05:00"), true, DateRole.Published, DateSources.Meta, 0.9, "March 3, 2025, 8:19 PM EST");
        var r = DateResolver.Resolve([Stamp("2025-03-04T01:19:34Z", "2025-03-04T01:19:34Z"), printed], Today);
        Assert.Equal(new DateOnly(2025, 3, 3), r.Published!.Day);
    }

    [Fact]
    public void AWallClockWhoseSecondsDifferIsAnotherInstant()
    {
        var other = new DateCandidate(DateTimeOffset.Parse("2025-03-03T20:19:12Z"), true, DateRole.Published, DateSources.Meta, 0.9, "2025-03-03 20:19:12");
        var r = DateResolver.Resolve([Stamp("2025-03-04T01:19:34Z", "2025-03-04T01:19:34Z"), other], Today);
        Assert.Equal(new DateOnly(2025, 3, 4), r.Published!.Day);
    }
}
