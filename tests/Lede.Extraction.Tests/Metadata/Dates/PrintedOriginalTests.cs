using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Tests.Metadata;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class PrintedOriginalTests
{
    private static readonly DateOnly Today = new(2025, 1, 1);

    private static DateCandidate C(string iso, bool hasTime, DateRole role, string source, double confidence) =>
        new(DateTimeOffset.Parse(iso), hasTime, role, source, confidence, iso);

    [Fact]
    public void AResavedStampGivesWayToTheDayPrintedInTimeAndByline()
    {
        // Published and modified a minute apart: the stamp of the last save. The page prints 9 March twice.
        var r = DateResolver.Resolve([
            C("2022-11-17T10:33:13Z", true, DateRole.Published, DateSources.Meta, 0.93),
            C("2022-11-17T10:32:18Z", true, DateRole.Modified, DateSources.Meta, 0.9),
            C("2022-03-09", false, DateRole.Unknown, DateSources.TimeElement, 0.68),
            C("2022-03-09", false, DateRole.Published, DateSources.BylineText, 0.6),
        ], Today);
        Assert.Equal(new DateOnly(2022, 3, 9), r.Published!.Day);
    }

    [Fact]
    public void AnEarlierDayPrintedOnlyInBylineBoxesDoesNotOverrule()
    {
        var r = DateResolver.Resolve([
            C("2021-11-01T09:00:00Z", true, DateRole.Published, DateSources.JsonLd, 0.95),
            C("2021-11-01T09:00:00Z", true, DateRole.Modified, DateSources.JsonLd, 0.9),
            C("2021-01-11", false, DateRole.Published, DateSources.BylineText, 0.67),
            C("2021-01-11", false, DateRole.Published, DateSources.BylineText, 0.6),
        ], Today);
        Assert.Equal(new DateOnly(2021, 11, 1), r.Published!.Day);
    }

    [Fact]
    public void AWeatherBoxDateIsNotTheStorys()
    {
        var page = PageFixture.Read("""
            <html><head><title>Ceasefire talks</title></head><body>
            <div class="top-date">Lakeside 4°C/6°C Tuesday, (08 Dec 2020)</div>
            <article><h1>Ceasefire talks</h1><div class="post-date">13 Oct 2020 18:29</div>
            <p>Talks between the invented parties went on through the night.</p></article></body></html>
            """);
        Assert.DoesNotContain(page.DateCandidates, c => c.Day == new DateOnly(2020, 12, 8));
        Assert.Equal(new DateOnly(2020, 10, 13), DateResolver.Resolve(page.DateCandidates, Today).Published!.Day);
    }

    [Fact]
    public void ABareGenericDateMetaLosesToTheStorysTimedStampAndByline()
    {
        // name="date" is vague (often the day the page was built); the story prints 29 April with its time, and a
        // sidebar list's 30 April is no witness for the meta's day.
        var page = PageFixture.Read("""
            <html><head><title>Rent strike</title><meta name="date" content="2020-04-30"></head><body>
            <article><h1>Rent strike</h1><div class="byline">29.04.2020, 12:01 Uhr</div><time>29.04.2020, 12:01 Uhr</time>
            <p>Tenants in the invented city stopped paying rent this month.</p></article>
            <aside class="sidebar"><ul><li><time>30.04.2020</time> Other story</li></ul></aside></body></html>
            """);
        Assert.Equal(new DateOnly(2020, 4, 29), DateResolver.Resolve(page.DateCandidates, Today).Published!.Day);
    }
    [Fact]
    public void ACaptionDateReadAgainInTheBodyIsOneWitness()
    {
        // The stamp opens the story text; a file photo's caption names an earlier day, which the body text repeats.
        var r = DateResolver.Resolve([
            C("2020-01-08T15:51:00Z", true, DateRole.Published, DateSources.BodyText, 0.45),
            C("2020-01-06", false, DateRole.Published, DateSources.BodyText, 0.43),
            C("2020-01-06", false, DateRole.Published, DateSources.Caption, 0.44),
        ], Today);
        Assert.Equal(new DateOnly(2020, 1, 8), r.Published!.Day);
    }
}
