using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Tests.Metadata.Dates;

/// <summary>The day a revised page prints where readers look, against a declared first publication it never shows.</summary>
public class PrintedRevisionTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static DateCandidate C(string iso, string source, double confidence, DateRole role = DateRole.Published) =>
        new(DateTimeOffset.Parse(iso + "T00:00:00Z"), false, role, source, confidence);

    [Fact]
    public void PrintedRevisionDayBeatsAnUnprintedDeclaredPublicationDay()
    {
        var r = DateResolver.Resolve([
            C("2023-02-01", DateSources.JsonLd, 0.95),
            C("2024-04-10", DateSources.JsonLd, 0.9, DateRole.Modified),
            C("2024-04-10", DateSources.BylineText, 0.7, DateRole.Modified)], Today);
        Assert.Equal(new DateOnly(2024, 4, 10), r.Published!.Day);
        Assert.Equal(DateSources.BylineText, r.Published.Source);
    }

    [Fact]
    public void DeclaredPublicationDayStaysWhenThePageAlsoPrintsIt()
    {
        var r = DateResolver.Resolve([
            C("2023-02-01", DateSources.JsonLd, 0.95),
            C("2023-02-01", DateSources.TimeElement, 0.85),
            C("2024-04-10", DateSources.JsonLd, 0.9, DateRole.Modified),
            C("2024-04-10", DateSources.BylineText, 0.7, DateRole.Modified)], Today);
        Assert.Equal(new DateOnly(2023, 2, 1), r.Published!.Day);
    }

    [Fact]
    public void UnprintedModificationDayDoesNotReplaceThePublicationDay()
    {
        var r = DateResolver.Resolve([
            C("2023-02-01", DateSources.Meta, 0.93),
            C("2024-04-10", DateSources.Meta, 0.9, DateRole.Modified)], Today);
        Assert.Equal(new DateOnly(2023, 2, 1), r.Published!.Day);
    }

    [Fact]
    public void PrintedUpdateStampBeatsADateFromRunningText()
    {
        var r = DateResolver.Resolve([
            C("2012-05-06", DateSources.BodyText, 0.45),
            C("2020-08-09", DateSources.BylineText, 0.7, DateRole.Modified)], Today);
        Assert.Equal(new DateOnly(2020, 8, 9), r.Published!.Day);
    }

    [Fact]
    public void ModificationDayStandsInWhenNoPublicationDayExists()
    {
        var r = DateResolver.Resolve([C("2019-11-30", DateSources.BylineText, 0.6, DateRole.Modified)], Today);
        Assert.Equal(new DateOnly(2019, 11, 30), r.Published!.Day);
        Assert.True(r.Published.Confidence < 0.6);
    }

    [Fact]
    public void TheZonelessWallClockStampGivesTheDayNotTheExplicitUtcOne()
    {
        var utc = DateTimeOffset.Parse("2023-11-09T06:35:29+00:00");
        var wall = DateTimeOffset.Parse("2023-11-08T22:35:29+00:00");
        var r = DateResolver.Resolve([
            new DateCandidate(utc, true, DateRole.Published, DateSources.JsonLd, 0.95, "2023-11-09T06:35:29+00:00"),
            new DateCandidate(utc, true, DateRole.Published, DateSources.Meta, 0.93, "2023-11-09T06:35:29+00:00"),
            new DateCandidate(wall, true, DateRole.Published, DateSources.Meta, 0.88, "2023-11-08 22:35:29"),
            new DateCandidate(wall.AddMinutes(30), true, DateRole.Unknown, DateSources.TimeElement, 0.68, "2023-11-08T23:05:29")], Today);
        Assert.Equal(new DateOnly(2023, 11, 8), r.Published!.Day);
    }

    [Fact]
    public void DateOutsideTheStoryAreaIsTheLastResort()
    {
        var html = """
            <html><head><title>Opening hours of the reading room</title></head><body>
            <article><h1>Opening hours of the reading room</h1><p>The reading room opens at nine and closes at six on weekdays.</p></article>
            <aside class="sidebar"><p>Posted 14.03.2021</p></aside></body></html>
            """;
        var metadata = PageFixture.Read(html);
        var r = DateResolver.Resolve(metadata.DateCandidates, Today);
        Assert.Equal(new DateOnly(2021, 3, 14), r.Published!.Day);
        Assert.True(r.Published.Confidence <= 0.2);
    }

    [Fact]
    public void PageWideDatesAreNotReadWhenTheStoryHasOne()
    {
        var html = """
            <html><head><title>Opening hours</title><meta property="article:published_time" content="2022-01-05T08:00:00+01:00"></head><body>
            <article><h1>Opening hours</h1><p>The reading room opens at nine.</p></article>
            <aside class="sidebar"><p>Posted 14.03.2021</p></aside></body></html>
            """;
        var metadata = PageFixture.Read(html);
        Assert.DoesNotContain(metadata.DateCandidates, c => c.Day == new DateOnly(2021, 3, 14));
    }
}
