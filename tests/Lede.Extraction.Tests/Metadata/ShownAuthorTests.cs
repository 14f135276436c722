namespace Lede.Extraction.Tests.Metadata;

/// <summary>Metadata authors must be printed on the page; byline labels and related-story bylines are not authors.</summary>
public class ShownAuthorTests
{
    private static string Page(string head, string body) => PierStoryPage.With(head, body);

    [Fact]
    public void AMetaAuthorThePageNeverShowsIsDropped()
    {
        var a = PageFixture.Extract(Page("""<meta name="author" content="Quentin Upload">""", ""));
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void AMetaAuthorThePageShowsIsKept()
    {
        var a = PageFixture.Extract(Page("""<meta name="author" content="Mara Lindqvist">""", "<p class=\"credit\">Mara Lindqvist, harbour reporter</p>"));
        Assert.Equal("Mara Lindqvist", Assert.Single(a.Authors).Name);
    }

    [Theory]
    [InlineData("<footer><p>© 2016 Mara Lindqvist · Impressum</p></footer>", false)]
    [InlineData("<footer><p>Copyright 2016 Mara Lindqvist</p></footer>", false)]
    [InlineData("<footer><p>(c) Mara Lindqvist</p></footer>", false)]
    [InlineData("<footer><p><span>©</span> <span>2016</span> <a href=\"/about\"><span>Mara</span> <span>Lindqvist</span></a></p></footer>", false)]
    [InlineData("<footer><p>© 2016 Pier Blog</p><p>Mara Lindqvist, harbour reporter</p></footer>", true)]
    public void AMetaAuthorPrintedOnlyInTheCopyrightNoticeIsTheSitesOwner(string body, bool kept)
    {
        var a = PageFixture.Extract(Page("""<meta name="author" content="Mara Lindqvist">""", body));
        Assert.Equal(kept, a.Authors.Any(p => p.Name == "Mara Lindqvist"));
    }

    [Theory]
    [InlineData("https://pier.example/mara-lindqvist/2016-pier-lights-return.html", true)]
    [InlineData("https://pier.example/news/2016-pier-lights-return.html", false)]
    [InlineData("https://pier.example/mara-lindqvist-pier-lights-return.html", false)]
    public void AMetaAuthorTheAddressFilesTheStoryUnderIsKept(string url, bool kept)
    {
        // The byline is drawn by script; the story's address names its writer as a folder of its own.
        var a = PageFixture.Extract(Page("""<meta name="author" content="Mara Lindqvist">""", ""), url);
        Assert.Equal(kept, a.Authors.Any(p => p.Name == "Mara Lindqvist"));
    }

    [Fact]
    public void AHiddenJsonLdAuthorGivesWayToTheVisibleByline()
    {
        var a = PageFixture.Extract(Page(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier lights return","author":{"@type":"Person","name":"Cms Account"}}</script>""",
            """<p class="byline">By <a rel="author" href="/author/tove-berg">Tove Berg</a></p>"""));
        Assert.Equal("Tove Berg", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void AJsonLdAuthorTheBylinePrintsWithAnInitialIsKept()
    {
        // The byline cuts the first name to its initial ("M. Lindqvist"); the JSON-LD gives it whole.
        var a = PageFixture.Extract(Page(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier lights return","author":{"@type":"Person","name":"Mara Lindqvist"}}</script>""",
            """<p><a href="/about/editors/mara-lindqvist">M. Lindqvist</a> | 01.07.19</p>"""));
        Assert.Equal("Mara Lindqvist", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void AnInitialAwayFromTheSurnameShowsNoName()
    {
        var a = PageFixture.Extract(Page("""<meta name="author" content="Quentin Lindqvist">""", "<p>Q. The pier reopens; Lindqvist Street stays closed.</p>"));
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void NameOrderDoesNotMatterForTheCheck()
    {
        var a = PageFixture.Extract(Page("""<meta name="author" content="Lindqvist, Mara">""", "<p>Text: Mara Lindqvist</p>"));
        Assert.NotEmpty(a.Authors);
    }

    [Theory]
    [InlineData("Eingestellt von Anke Vogel", "Anke Vogel")]
    [InlineData("Text &amp; Fotos: Anke Vogel", "Anke Vogel")]
    public void BylineLabelsAreNotPartOfTheName(string byline, string expected)
    {
        var a = PageFixture.Extract(Page("", $"""<div class="post-author">{byline}</div>"""));
        Assert.Equal(expected, Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void BylinesOfRelatedStoriesFurtherDownAreNotAuthors()
    {
        var html = $"""
            <html><head><title>Pier lights return</title></head><body>
            <article><header><h1>Pier lights return</h1><div class="meta"><span class="author">Tove Berg</span></div></header>{PierStoryPage.Story}</article>
            <section><div><div><ul>
              <li><div class="card"><div><h3>Ferry fares rise</h3><p><span class="author">Nils Ek</span></p></div></div></li>
              <li><div class="card"><div><h3>Beach clean-up</h3><p><span class="author">Lea Roos</span></p></div></div></li>
            </ul></div></div></section></body></html>
            """;
        var a = PageFixture.Extract(html);
        Assert.Equal("Tove Berg", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void ThePagesAuthorTagBeatsMicrodataAuthorsOfCitedWorks()
    {
        var a = PageFixture.Extract(Page(
            """<meta name="citation_author" content="Mara Lindqvist">""",
            """<p class="credit">Mara Lindqvist</p><ol><li itemscope itemtype="http://schema.org/CreativeWork"><meta itemprop="author" content="Tomas Hale, Oskar Lind, "><span>Tomas Hale, Oskar Lind: Tides of the inner harbour.</span></li></ol>"""));
        Assert.Equal("Mara Lindqvist", Assert.Single(a.Authors).Name);
    }
}
