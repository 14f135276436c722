using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Tests.Metadata;

namespace Lede.Extraction.Tests.Metadata.Dates;

/// <summary>A &lt;time&gt; in a block hidden from readers is microdata for search engines: declared, not printed.</summary>
public class HiddenMicrodataDateTests
{
    private const string Page = """
        <html><head><title>Relief agency warns of floods</title><meta property="date" content="2021-10-28T13:21:30+01:00"></head><body>
        <div {0} itemscope itemtype="https://schema.org/NewsArticle">
        <time itemprop="datePublished" datetime="2021-10-27T20:35:36+01:00">2021-10-27T20:35:36+01:00</time>
        <time itemprop="dateModified" datetime="2021-10-28T13:21:30+01:00">2021-10-28T13:21:30+01:00</time></div>
        <article><h1>Relief agency warns of floods</h1><p class="article-meta">Northport, 28.10.2021</p>
        <p>The invented relief agency said on Thursday that more people need help after floods along the coast.</p></article>
        </body></html>
        """;

    [Fact]
    public void HiddenTimeIsDeclaredNotShown()
    {
        var page = PageFixture.Read(Page.Replace("{0}", "style=\"display:none\""));
        Assert.Contains(page.DateCandidates, c => c.Day == new DateOnly(2021, 10, 27) && c.Source == DateSources.Meta);
        Assert.DoesNotContain(page.DateCandidates, c => c.Source == DateSources.TimeElement);
    }

    [Fact]
    public void EmbargoStampInHiddenMicrodataGivesWayToThePrintedDay()
    {
        // Stamped the evening before, released (and printed) the next day.
        var page = PageFixture.Read(Page.Replace("{0}", "style=\"display:none\""));
        Assert.Equal(new DateOnly(2021, 10, 28), DateResolver.Resolve(page.DateCandidates, new DateOnly(2025, 1, 1)).Published!.Day);
    }

    [Fact]
    public void ShownTimeStaysPrinted()
    {
        var page = PageFixture.Read(Page.Replace("{0}", "class=\"stamps\""));
        Assert.Contains(page.DateCandidates, c => c.Day == new DateOnly(2021, 10, 27) && c.Source == DateSources.TimeElement);
        Assert.Equal(new DateOnly(2021, 10, 27), DateResolver.Resolve(page.DateCandidates, new DateOnly(2025, 1, 1)).Published!.Day);
    }
}
