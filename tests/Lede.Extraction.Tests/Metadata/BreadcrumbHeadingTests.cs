namespace Lede.Extraction.Tests.Metadata;

/// <summary>
/// Headings in a breadcrumb trail, and a long marked kicker (seventeenth session's audit): where the trail's last item is
/// the page's &lt;h1&gt;, the heading that repeats the more trusted title is the headline.
/// </summary>
public class BreadcrumbHeadingTests
{
    private const string JsonLd = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{0}"}</script>""";

    private static string? HeadlineOf(string jsonLdHeadline, string title, string body) =>
        PageFixture.Read($"<html><head>{JsonLd.Replace("{0}", jsonLdHeadline)}<title>{title}</title></head><body>{body}</body></html>").Headline;

    private const string Trail = """<div class="breadcrumbs" typeof="BreadcrumbList"><span property="itemListElement"><a href="/">Home</a></span> &gt; <span property="itemListElement"><span property="name"><h1>{0}</h1></span></span></div>""";
    private const string Story = """<article><div class="post--title"><h2>{0}</h2></div><p>The invented harbour ferry leaves ten minutes earlier from next month, the operator said.</p></article>""";

    [Fact]
    public void TheStorysHeadingRepeatingTheJsonLdHeadlineLeadsOverATrailHeadingRepeatingTheTitleTag() =>
        Assert.Equal("Ferry: the early boat is back",
            HeadlineOf("Ferry: the early boat is back", "The early boat is back, ferry says",
                Trail.Replace("{0}", "The early boat is back, ferry says") + Story.Replace("{0}", "Ferry: the early boat is back")));

    [Fact]
    public void ATrailHeadingRepeatingTheJsonLdHeadlineStays() =>
        Assert.Equal("The early boat is back, ferry says",
            HeadlineOf("The early boat is back, ferry says", "Ferry: the early boat is back | Harbour News",
                Trail.Replace("{0}", "The early boat is back, ferry says") + Story.Replace("{0}", "Ferry: the early boat is back")));

    [Fact]
    public void AnH1OutsideATrailIsReadAsBefore() =>
        Assert.Equal("The early boat is back, ferry says",
            HeadlineOf("Ferry: the early boat is back", "The early boat is back, ferry says",
                "<div class=\"page-top\"><h1>The early boat is back, ferry says</h1></div>" + Story.Replace("{0}", "Ferry: the early boat is back")));

    [Fact]
    public void AMarkedKickerOfSeveralWordsIsLeftOut() =>
        Assert.Equal("So kommt die Fähre sicher über den Winter",
            HeadlineOf("So kommt die Fähre sicher über den Winter", "Fähre warten: wo, wann (Werft); Preis | Hafenblatt",
                """<article><h1 class="article-header__headline"><span class="article-header__roofline">Fähre warten: wo, wann (Werft); Preis</span> So kommt die Fähre sicher über den Winter</h1><p>Text.</p></article>"""));
}
