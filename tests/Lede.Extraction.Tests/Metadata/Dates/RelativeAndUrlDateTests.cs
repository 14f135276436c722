using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class RelativeAndUrlDateTests
{
    [Theory]
    [InlineData(DayOfWeek.Wednesday, "2025-03-05", "2025-03-05")]  // the same day
    [InlineData(DayOfWeek.Monday, "2025-03-05", "2025-03-03")]
    [InlineData(DayOfWeek.Thursday, "2025-03-05", "2025-02-27")]  // a Thursday mention in a Wednesday story is last week's
    public void WeekdayIsTheLatestOnOrBeforeTheReference(DayOfWeek day, string reference, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), RelativeDateResolver.Resolve(day, DateOnly.Parse(reference)));

    [Fact]
    public void BareWeekdaysAreFoundButDateLabelsAreNot()
    {
        var found = RelativeDateResolver.FindWeekdays("The mayor said Wednesday that the vote, set for Monday, March 10, 2025, would go ahead. Am Freitag auch.");
        Assert.Equal([DayOfWeek.Wednesday, DayOfWeek.Friday], found.Select(f => f.Day));
    }

    [Fact]
    public void ConsistencyChecksTheStoryAgainstItsDate()
    {
        Assert.True(RelativeDateResolver.IsConsistent("Officials said Wednesday the plan was set.", new DateOnly(2025, 3, 5), out var days));
        Assert.Equal([new DateOnly(2025, 3, 5)], days);
        Assert.False(RelativeDateResolver.IsConsistent("Officials said Wednesday the plan was set.", new DateOnly(2024, 12, 3), out _));
    }

    [Theory]
    [InlineData("https://news.example/2024/11/30/storm-hits-coast/", "2024-11-30")]
    [InlineData("https://news.example/politics/2024-11-30-storm", "2024-11-30")]
    [InlineData("https://news.example/a/20241130/storm.html", "2024-11-30")]
    public void UrlDatesAreRead(string url, string expected)
    {
        var c = UrlDateParser.Parse(url);
        Assert.NotNull(c);
        Assert.Equal(DateOnly.Parse(expected), c.Day);
        Assert.Equal(DateSources.Url, c.Source);
    }

    [Theory]
    [InlineData("https://news.example/story/123456789")]
    [InlineData("https://news.example/2024/13/45/x")]
    public void UrlsWithoutDatesGiveNone(string url) => Assert.Null(UrlDateParser.Parse(url));

    [Theory]
    [InlineData("crawl/harbour-news_2016-06-29_pier-closes.txt", "2016-06-29")]
    [InlineData("/data/saved/2024/03/05/pier.txt", "2024-03-05")]
    [InlineData(@"C:\saved\20250305-pier.txt", "2025-03-05")]
    public void FilePathsGiveTheWeakestDay(string path, string expected)
    {
        var c = UrlDateParser.ParseFilePath(path);
        Assert.NotNull(c);
        Assert.Equal(DateOnly.Parse(expected), c.Day);
        Assert.Equal(DateSources.FileName, c.Source);
        Assert.True(c.Confidence < UrlDateParser.Confidence);
    }

    [Theory]
    [InlineData("https://news.example/2024/03/05/pier")]
    [InlineData("saved/pier-closes.txt")]
    [InlineData(null)]
    public void AddressesAndUndatedPathsAreNoFilePathDays(string? source) => Assert.Null(UrlDateParser.ParseFilePath(source));
}
