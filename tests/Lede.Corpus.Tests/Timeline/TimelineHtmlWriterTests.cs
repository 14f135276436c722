using System.Globalization;
using System.Text.RegularExpressions;
using Lede.Corpus.Pages;
using Lede.Corpus.Timeline;

namespace Lede.Corpus.Tests.Timeline;

public sealed class TimelineHtmlWriterTests
{
    // An invented flood story: two outlets report a rising count of evacuated homes.
    private static FigureSeries Evacuations() => new("evacuated home", "evacuated homes",
    [
        new FigurePoint(new DateOnly(2026, 3, 1), "river-post.example", "the county", 120, "about", "about 120 evacuated homes", "a"),
        new FigurePoint(new DateOnly(2026, 3, 3), "river-post.example", "the county", 400, null, "400 evacuated homes", "b"),
        new FigurePoint(new DateOnly(2026, 3, 2), "delta-radio.example", "firefighters", 250, "at least", "at least 250 evacuated homes", "c"),
        new FigurePoint(null, "delta-radio.example", null, 300, null, "300 evacuated homes", "d"),
    ]);

    private static Lede.Corpus.Timeline.Timeline Story(string headline, string? url, string quote) => new(
        new TimelineSubject(TimelineSubjectKind.Story, "s42", "Flood in the delta"),
        [new TimelineEntry(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), "a", "river-post.example", url, headline)],
        [new SpeakerQuotes("Mara Quell", null, [new TimelineQuote(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), "a", "river-post.example", quote, "direct", ["b"])])],
        [Evacuations()]);

    // An entity named in one article read "1 articles, 1 quotes from 1 speakers" at the top of its page.
    [Fact]
    public void SummaryCountsOneOfEachInTheSingular()
    {
        var one = Story("Flood in the delta", null, "The water is still rising.") with { Figures = [] };
        Assert.Contains("1 article, 1 quote from 1 speaker, 0 reported figures.", TimelineHtmlWriter.ToHtml(one));
    }

    [Fact]
    public void ChartDrawsOneTitledPointPerDatedFigureAndLeavesUndatedOnesToTheTable()
    {
        var svg = FigureSeriesChart.ToSvg(Evacuations())!;
        var points = Regex.Matches(svg, "<circle class=\"point\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"[^>]*><title>([^<]*)</title>");
        Assert.Equal(3, points.Count);
        Assert.Contains(points, m => m.Groups[3].Value == "2026-03-02 delta-radio.example (per firefighters): at least 250");

        // Later days lie further right, bigger values higher up (smaller y).
        double X(int i) => double.Parse(points[i].Groups[1].Value, CultureInfo.InvariantCulture);
        double Y(int i) => double.Parse(points[i].Groups[2].Value, CultureInfo.InvariantCulture);
        var byDay = Enumerable.Range(0, 3).OrderBy(X).ToList();
        Assert.True(Y(byDay[0]) > Y(byDay[1]) && Y(byDay[1]) > Y(byDay[2]), svg);

        // One line joins the outlet that reported twice; the one dated point of the other needs none.
        Assert.Single(Regex.Matches(svg, "<polyline"));
        Assert.Contains("river-post.example", svg);
        Assert.Contains("delta-radio.example", svg);
    }

    [Fact]
    public void SeriesWithoutDatedPointsHasNoChart() =>
        Assert.Null(FigureSeriesChart.ToSvg(new FigureSeries("x", "xs", [new FigurePoint(null, "s", null, 3, null, "3 xs", "a")])));

    [Theory]
    [InlineData(0, 400, 0, 400, 100)]
    [InlineData(0, 7, 0, 8, 2)]
    [InlineData(-30, 120, -50, 150, 50)]
    [InlineData(5, 5, 5, 6, 0.2)]
    public void ValueAxisUsesRoundSteps(double min, double max, double low, double high, double step)
    {
        var axis = ChartAxis.ValueAxis(min, max);
        Assert.Equal(low, axis.Low, 9);
        Assert.Equal(high, axis.High, 9);
        Assert.Equal(step, axis.Step, 9);
    }

    [Fact]
    public void PageShowsFiguresQuotesAndArticles()
    {
        var html = TimelineHtmlWriter.ToHtml(Story("Delta towns evacuated", "https://river-post.example/flood", "We moved everyone uphill"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<h1>Story s42: Flood in the delta</h1>", html);
        Assert.Contains("<figcaption>evacuated homes</figcaption>", html);
        Assert.Contains("<td>undated</td><td>delta-radio.example</td>", html);
        Assert.Contains("<blockquote>We moved everyone uphill</blockquote>", html);
        Assert.Contains("(also in 1 more)", html);
        Assert.Contains("<a href=\"https://river-post.example/flood\" rel=\"noopener noreferrer nofollow\">Delta towns evacuated</a>", html);
    }

    [Fact]
    public void HostileTextIsEncodedAndOnlyWebAddressesBecomeLinks()
    {
        var html = TimelineHtmlWriter.ToHtml(Story(
            "<script>alert(1)</script><img src=x onerror=alert(2)>",
            "javascript:alert(3)",
            "\"><iframe src=\"https://evil.example\"></iframe>"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:alert(3)\"", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("default-src 'none'", html);
        Assert.DoesNotContain("<a href", html);
    }

    [Theory]
    [InlineData("https://news.example/a?b=1", "https://news.example/a?b=1")]
    [InlineData("http://news.example/", "http://news.example/")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,hi", null)]
    [InlineData("/relative/path", null)]
    [InlineData(null, null)]
    public void OnlyAbsoluteWebAddressesAreLinked(string? url, string? expected) => Assert.Equal(expected, HtmlPage.SafeLink(url));
}
