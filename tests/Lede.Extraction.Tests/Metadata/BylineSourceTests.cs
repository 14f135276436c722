using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

/// <summary>Which of the page's byline sources names the authors, and how much of it is kept.</summary>
public class BylineSourceTests
{
    private static string Page(string head, string body, string site = "Hafenblatt") =>
        $"<html><head><title>Pier lights return | {site}</title><meta property=\"og:site_name\" content=\"{site}\">{head}</head>"
        + $"<body><article><h1>Pier lights return</h1>{body}"
        + "<p>The lights along the old pier were switched on again on Friday evening after a long repair that took most of the winter.</p>"
        + "<p>Engineers replaced every cable under the boardwalk and fitted new lamps that use a fraction of the power.</p></article></body></html>";

    private static string[] Authors(string html) => PageFixture.Extract(html, "https://hafenblatt.example/pier").Authors.Select(a => a.Name).ToArray();

    [Fact]
    public void AMetaAuthorThatIsTheSiteGivesWayToThePrintedByline() =>
        Assert.Equal(["Ilse Brandt"], Authors(Page("""<meta name="author" content="Hafenblatt">""", "<p>By Ilse Brandt</p>")));

    [Fact]
    public void AMetaAuthorThatIsACompanyGivesWayToThePrintedByline() =>
        Assert.Equal(["Ilse Brandt"], Authors(Page("""<meta name="author" content="Seaview Verlag GmbH">""", "<p>Von Ilse Brandt</p>")));

    [Fact]
    public void BylineMarkupNamingThePublicationIsPassedOverForAPrintedByline() =>
        Assert.Equal(["Ilse Brandt"], Authors(Page("", """<span class="author"><a href="/author/desk/">The Harbour Gazette</a></span><p><em>Written by: <a href="/x">Ilse Brandt</a></em></p>""")));

    [Theory]
    [InlineData("Written by: Ilse Brandt")]
    [InlineData("Auteur : Ilse Brandt")]
    [InlineData("Autorin: Ilse Brandt")]
    [InlineData("Blog Beitrag von Ilse Brandt")]
    [InlineData("Ein Interview von <strong>Ilse Brandt</strong> mit <strong>Jonas Keller</strong>.")]
    public void LabelledBylineLinesAreRead(string line) =>
        Assert.Equal(["Ilse Brandt"], Authors(Page("", $"<p>{line}</p>")));

    [Fact]
    public void AStrongLabelCarriesAUserName() =>
        Assert.Equal(["pierwatcher"], Authors(Page("", "<p>Verfasst von: pierwatcher | 31. Dezember 2008</p>")));

    [Fact]
    public void AWordAfterPostedByThatIsNoUserNameIsNotAnAuthor() =>
        Assert.Empty(Authors(Page("", "<p>Posted by 6 years ago</p>")));

    [Fact]
    public void ANewsroomCreditedAloneIsTheAuthor() =>
        Assert.Equal(["Redaktion"], Authors(Page("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier lights return","author":{"@type":"Person","name":"Redaktion"}}</script>""", "<p>Redaktion</p>")));

    [Fact]
    public void ANewsroomBesideAPersonIsNotAnAuthor() =>
        Assert.Equal(["Ilse Brandt"], Authors(Page("", """<div class="byline"><span class="author">Ilse Brandt</span> | <span class="author">Hafen-Redaktion</span></div>""")));

    [Fact]
    public void AFullerPrintedBylineCompletesASingleJsonLdAuthor() =>
        Assert.Equal(["Ilse Brandt", "Jonas Keller"], Authors(Page(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier lights return","author":{"@type":"Person","name":"Ilse Brandt"}}</script>""",
            """<div class="meta-item author"><span class="fn">von Ilse Brandt, Jonas Keller</span></div>""")));

    [Fact]
    public void TheSiteNamedBesideTheJsonLdAuthorAddsNoAuthor() =>
        Assert.Equal(["Ilse Brandt"], Authors(Page(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier lights return","author":{"@type":"Person","name":"Ilse Brandt"}}</script>""",
            """<div class="byline">by Ilse Brandt, Hafenblatt</div>""")));

    [Fact]
    public void TheStorysOwnArticleIsNotASidebarWhateverItsLayoutClassesSay() =>
        Assert.Equal(["Ilse Brandt"], Authors("""
            <html><head><title>Pier lights return</title></head><body>
            <article class="article sticky-sidebar-parent"><header><h1>Pier lights return</h1>
            <div class="under-headline"><span class="byline">By <a href="/writers/ilse-brandt/">Ilse Brandt</a></span></div></header>
            <p>The lights along the old pier were switched on again on Friday evening after a long repair that took most of the winter.</p>
            <p>Engineers replaced every cable under the boardwalk and fitted new lamps that use a fraction of the power.</p></article>
            <aside class="sidebar"><div class="byline">By Jonas Keller</div></aside></body></html>
            """));

    [Fact]
    public void AWeekdayLeftOfTheDateIsNotAName() =>
        Assert.Empty(Authors(Page("", """<span class="author-date">Donnerstag, 10. Februar 2022</span>""")));

    [Theory]
    [InlineData("Gesponserte Inhalte")]
    [InlineData("Stand")]
    public void LabelsPrintedWhereABylineWouldBeAreNotAuthors(string label) =>
        Assert.Empty(Authors(Page("", $"""<span class="author">{label}</span>""")));
}
