using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class NewsroomZoneTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static DateCandidate Stamp(string value) =>
        new(DateTimeOffset.Parse(value), true, DateRole.Published, DateSources.JsonLd, 0.95, value);

    [Fact]
    public void AUtcStampIsReadInTheZoneOfTheSitesCountry()
    {
        // 02:41 UTC is 22:41 the evening before in La Paz.
        var zone = NewsroomTimeZone.Of("https://noticias.example.bo/politica/nota-123");
        Assert.NotNull(zone);
        var r = DateResolver.Resolve([Stamp("2022-05-04T02:41:00Z")], Today, zone);
        Assert.Equal(new DateOnly(2022, 5, 3), r.Published!.Day);
        Assert.Equal(TimeSpan.FromHours(-4), r.Published.Value.Offset);
    }

    [Fact]
    public void LocalMidnightWrittenInUtcIsTheNextDayInCentralEurope()
    {
        var r = DateResolver.Resolve([Stamp("2022-11-06T23:00:00.000Z")], Today, NewsroomTimeZone.Of("https://www.reisezeit.example.de/artikel/provence"));
        Assert.Equal(new DateOnly(2022, 11, 7), r.Published!.Day);
    }

    [Fact]
    public void LocalMidnightIsTheLocalDayEvenWhereThePagePrintsTheUtcDay()
    {
        // The day was stored as Berlin's midnight; the page's script prints it back in UTC ("6.11.22").
        var printed = new DateCandidate(new DateTimeOffset(2022, 11, 6, 0, 0, 0, TimeSpan.Zero), false, DateRole.Published, DateSources.BylineText, 0.60, "6.11.22");
        var r = DateResolver.Resolve([Stamp("2022-11-06T23:00:00.000Z"), printed], Today, NewsroomTimeZone.Of("https://www.reisezeit.example.de/artikel/provence"));
        Assert.Equal(new DateOnly(2022, 11, 7), r.Published!.Day);
    }

    [Fact]
    public void AStampWithItsOwnOffsetIsNotMoved()
    {
        var r = DateResolver.Resolve([Stamp("2022-05-04T02:41:00+03:00")], Today, NewsroomTimeZone.Of("https://noticias.example.bo/nota"));
        Assert.Equal(new DateOnly(2022, 5, 4), r.Published!.Day);
    }

    [Fact]
    public void ASiteThatPrintsTheUtcDayKeepsIt()
    {
        // The blog's clock runs on UTC: its byline prints 26/12, the day of the stamp as written.
        var printed = new DateCandidate(new DateTimeOffset(2019, 12, 26, 0, 0, 0, TimeSpan.Zero), false, DateRole.Published, DateSources.BylineText, 0.67, "26/12/2019");
        var r = DateResolver.Resolve([Stamp("2019-12-26T23:07:45+00:00"), printed], Today, NewsroomTimeZone.Of("https://verein.example.ch/news"));
        Assert.Equal(new DateOnly(2019, 12, 26), r.Published!.Day);
    }

    [Theory]
    [InlineData("https://news.example.com/story")]
    [InlineData("https://startup.example.io/post")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void GenericDomainsHaveNoZone(string? url) => Assert.Null(NewsroomTimeZone.Of(url));
}
