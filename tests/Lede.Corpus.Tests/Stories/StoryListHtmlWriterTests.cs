using System.Globalization;
using System.Text.RegularExpressions;
using Lede.Corpus.Stories;

namespace Lede.Corpus.Tests.Stories;

public sealed class StoryListHtmlWriterTests
{
    private static DateTimeOffset On(int day) => new(2026, 4, day, 10, 0, 0, TimeSpan.Zero);

    // Invented stories: a three-day bridge closure, a one-day festival, and an undated note.
    private static List<Story> Stories() =>
    [
        new("s1", "Harbour bridge closed for repairs",
            [
                new StoryArticle("1", "coast-times.example", "https://coast-times.example/bridge", "Harbour bridge closed for repairs", On(2)),
                new StoryArticle("2", "bay-radio.example", "https://bay-radio.example/b", "Bridge repairs to last a week", On(3)),
                new StoryArticle("3", "coast-times.example", null, "Bridge reopens early", On(5)),
            ],
            On(2), On(5), [new StoryEntity("Harbour Bridge", "LOC", 3), new StoryEntity("Ina Volk", "PER", 2)]),
        new("s2", "Kite festival draws crowds",
            [
                new StoryArticle("4", "bay-radio.example", "https://bay-radio.example/k", "Kite festival draws crowds", On(4)),
                new StoryArticle("5", "coast-times.example", "https://coast-times.example/k", "Kites fill the sky", On(4)),
            ],
            On(4), On(4), []),
        new("s3", "Library hours change", [new StoryArticle("6", null, null, "Library hours change", null), new StoryArticle("7", null, null, "New library hours", null)], null, null, []),
    ];

    [Fact]
    public void ChartHasARowPerDatedStoryAndADotPerDatedArticleOnOneTimeAxis()
    {
        var svg = StoryListHtmlWriter.ToSvg(Stories())!;
        var dots = Regex.Matches(svg, "<circle class=\"article\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");
        Assert.Equal(5, dots.Count);
        double X(int i) => double.Parse(dots[i].Groups[1].Value, CultureInfo.InvariantCulture);
        // Days 2, 3, 5 of the first story lie left to right; the festival (day 4) lies between days 3 and 5.
        Assert.True(X(0) < X(1) && X(1) < X(3) && X(3) < X(2), svg);
        Assert.Equal(X(3), X(4));
        Assert.Equal(2, Regex.Matches(svg, "<line class=\"span\"").Count);
        Assert.DoesNotContain("Library hours", svg);
    }

    [Fact]
    public void NoChartWithoutDatedStories() => Assert.Null(StoryListHtmlWriter.ToSvg([Stories()[2]]));

    [Fact]
    public void OneStoryOfOneArticleIsCountedInTheSingular()
    {
        var lone = new Story("s9", "Pier reopens", [new StoryArticle("8", "coast-times.example", null, "Pier reopens", On(6))], On(6), On(6),
            [new StoryEntity("Ina Volk", "PER", 1)]);
        var html = StoryListHtmlWriter.ToHtml([lone]);
        Assert.Contains("1 story, 1 article.", html);
        Assert.Contains("· 1 article ·", html);
        Assert.Contains("in 1 article\"", html);
    }

    [Fact]
    public void PageListsEveryStoryWithEntitiesAndLinkedArticles()
    {
        var html = StoryListHtmlWriter.ToHtml(Stories());
        Assert.Contains("3 stories, 7 articles.", html);
        Assert.Contains("<h2>Library hours change</h2>", html);
        Assert.Contains(">Harbour Bridge</span>", html);
        Assert.Contains("2026-04-02 – 2026-04-05", html);
        Assert.Contains("<a href=\"https://bay-radio.example/b\" rel=\"noopener noreferrer nofollow\">Bridge repairs to last a week</a>", html);
        Assert.Contains("<td>Bridge reopens early</td>", html);
    }

    [Fact]
    public void HostileTitlesAndAddressesAreDefused()
    {
        var hostile = new Story("s\"><b>", "<script>alert(1)</script>",
            [new StoryArticle("1", "<i>x</i>", "javascript:alert(2)", "<svg onload=alert(3)>", On(1)), new StoryArticle("2", null, "data:text/html,<b>", "ok", On(2))],
            On(1), On(2), [new StoryEntity("<img src=x onerror=alert(4)>", null, 2)]);
        var html = StoryListHtmlWriter.ToHtml([hostile]);
        foreach (var tag in new[] { "<script", "<svg onload", "<img", "<i>", "<b>" })
            Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
