using Lede.Corpus.Duplicates;
using Lede.Corpus.Storage;
using Lede.Extraction.Model;

namespace Lede.Corpus.Tests.Duplicates;

public sealed class DuplicateListHtmlWriterTests
{
    private static CorpusArticle Stored(long id, string site, string headline, string date) =>
        new(id, new NewsArticle { Source = $"{site}/{id}", SiteName = site, Headline = headline, DatePublished = date, ArticleBody = "…" }, null);

    private static (DuplicateGroup Group, Dictionary<string, CorpusArticle> Articles) Group(string firstDate, string copyDate)
    {
        var articles = new Dictionary<string, CorpusArticle>
        {
            ["1"] = Stored(1, "Wire Service", "Council votes to rebuild bridge", firstDate),
            ["2"] = Stored(2, "Town Paper", "Bridge to be rebuilt", copyDate),
        };
        var members = articles.Values.Select(a => new DuplicateMember(
            a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(a.Article.DatePublished!, System.Globalization.CultureInfo.InvariantCulture),
            a.Id == 1 ? null : new DuplicateMatch("2", "1", "1", DuplicateKind.Near, 0.8, 0.9))).ToList();
        return (new DuplicateGroup("1", "1", members), articles);
    }

    [Fact]
    public void CopiesDatedByTheHourShowTheirTimeAndSpreadInHours()
    {
        var (group, articles) = Group("2026-03-02T06:00:00Z", "2026-03-02T09:00:00Z");
        var html = DuplicateListHtmlWriter.ToHtml([group], articles);
        Assert.Contains("<time>2026-03-02 09:00 UTC</time>", html, StringComparison.Ordinal);
        Assert.Contains(">3 h<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CopiesStampedInDifferentZonesShowOneClock()
    {
        // The same minute written in two zones: shown as written, the copy would seem an hour older than the earliest.
        var (group, articles) = Group("2026-03-02T20:02:00+01:00", "2026-03-02T19:02:00+00:00");
        var html = DuplicateListHtmlWriter.ToHtml([group], articles);
        Assert.Equal(2, html.Split("<time>2026-03-02 19:02 UTC</time>").Length - 1);
        Assert.DoesNotContain("20:02", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstSeenDayIsTheRowsUtcDay()
    {
        // Half past midnight in a zone two hours ahead is still the evening before on the rows' UTC clock.
        var (group, articles) = Group("2026-03-03T00:30:00+02:00", "2026-03-03T09:00:00+02:00");
        var html = DuplicateListHtmlWriter.ToHtml([group], articles);
        Assert.Contains("<td><time>2026-03-02</time></td>", html, StringComparison.Ordinal);
        Assert.Contains("<time>2026-03-02 22:30 UTC</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<time>2026-03-03</time>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02", "same day")]
    [InlineData("2026-03-02", "2026-03-03", "1 day")]
    [InlineData("2026-03-02T06:00:00Z", "2026-03-05", "3 days")]
    public void CopiesDatedByTheDayShowNoInventedMidnightAndSpreadInDays(string firstDate, string copyDate, string spread)
    {
        var (group, articles) = Group(firstDate, copyDate);
        var html = DuplicateListHtmlWriter.ToHtml([group], articles);
        Assert.Contains($">{spread}<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" min<", html, StringComparison.Ordinal);
        Assert.Contains($"<time>{copyDate}</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("00:00</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SitesCountWhatThePagesNameAndFilePathsAreNoSites()
    {
        var (group, articles) = Group("2026-03-02", "2026-03-02");
        Assert.Contains("<td class=\"num\">2</td><td class=\"num\">2</td>", DuplicateListHtmlWriter.ToHtml([group], articles), StringComparison.Ordinal);

        var files = articles.ToDictionary(p => p.Key, p => p.Value with { Article = p.Value.Article with { SiteName = null, Source = $"/data/texts/{p.Key}.txt" } });
        var html = DuplicateListHtmlWriter.ToHtml([group], files);
        Assert.Contains("<td class=\"num\">2</td><td class=\"num\">—</td>", html, StringComparison.Ordinal);
        Assert.Contains("1 group holding 2 articles: 0 exact copies, 1 edited copy", html, StringComparison.Ordinal);
        // The copies' rows still say where each came from: the file's name.
        Assert.Contains("<td>1.txt</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/data/texts", html, StringComparison.Ordinal);
    }
}
