using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

/// <summary>
/// Authors named after the site itself, bylines only search engines see, and labels or blurbs in byline markup
/// are not the page's authors; a one-person blog's owner is.
/// </summary>
public class SiteAndHiddenAuthorTests
{
    private const string Story =
        "<p>The lights along the old pier were switched on again on Friday evening after a repair that took most of the winter. "
        + "Engineers replaced the cables under the boardwalk, and the harbour board paid for new lamps that use far less power than the old ones. "
        + "Residents gathered at the gate to watch, and the brass band played until the last lamp at the end of the pier came on. "
        + "The board said the lights will stay on until midnight through the summer, and that the cafe at the pier head will reopen in May.</p>";

    private static string Page(string head, string body) =>
        $"<html><head><title>Pier lights return</title>{head}</head><body><article><h1>Pier lights return</h1>{body}{Story}</article></body></html>";

    private static string JsonLd(string author, string publisher = """{"@type":"Organization","name":"Harbour Courier"}""") =>
        $$"""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier lights return","author":{{author}},"publisher":{{publisher}}}</script>""";

    [Theory]
    [InlineData("Harbour Courier")]
    [InlineData("von HARBOUR COURIER")]
    [InlineData("harbourcourier.de")]
    public void AJsonLdPersonNamedAfterTheSiteIsNoAuthor(string name)
    {
        var a = PageFixture.Extract(Page(JsonLd($$"""{"@type":"Person","name":"{{name}}"}"""), $"<p>{name}</p>"), "https://www.harbourcourier.example/pier");
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void AJsonLdPersonNamedAfterTheSiteGivesWayToThePrintedByline()
    {
        var a = PageFixture.Extract(Page(JsonLd("""{"@type":"Person","name":"Harbour Courier"}"""), """<p class="byline">By <a rel="author" href="/author/tove-berg">Tove Berg</a></p>"""),
            "https://www.harbourcourier.example/pier");
        Assert.Equal("Tove Berg", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void APersonWhoseNameStartsLikeTheDomainIsStillAPerson()
    {
        var a = PageFixture.Extract(Page(JsonLd("""{"@type":"Person","name":"Helmar Quist"}"""), "<p>Helmar Quist</p>"), "https://helmar.example/pier");
        Assert.Equal("Helmar Quist", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void TheOwnerOfAOnePersonBlogIsItsAuthor()
    {
        var a = PageFixture.Extract(Page(JsonLd("""{"@type":"Person","name":"Ines Vallgren"}""", """{"@type":"Person","name":"Ines Vallgren"}"""), "<p>Ines Vallgren</p>"),
            "https://pierlog.example/lights");
        Assert.Equal("Ines Vallgren", Assert.Single(a.Authors).Name);
    }

    [Theory]
    [InlineData("""<span class="vcard rich-snippet-hidden"><a rel="author" href="/author/olaf-renk">Olaf Renk</a></span>""")]
    [InlineData("""<div class="author-name" style="display: none"><a href="/author/olaf-renk">Olaf Renk</a></div>""")]
    [InlineData("""<div hidden><span class="byline">By Olaf Renk</span></div>""")]
    public void ABylineHiddenFromReadersNamesNoAuthor(string hidden)
    {
        var a = PageFixture.Extract(Page(JsonLd("""{"@type":"Person","name":"Olaf Renk"}"""), hidden));
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void ABylineHiddenOnSmallScreensOnlyIsShown()
    {
        var a = PageFixture.Extract(Page("", """<div class="hidden md:block"><span class="author-name">Olaf Renk</span></div>"""));
        Assert.Equal("Olaf Renk", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void HiddenElementsAreRecognised()
    {
        var doc = PageFixture.Parse("""<html><body><p id="a" class="x d-none">A</p><p id="b" class="d-none d-md-block">B</p><p id="c" style="color:red; visibility: hidden">C</p><p id="d" class="hidden-xs">D</p></body></html>""");
        var ps = doc.Body!.Children.ToList();
        Assert.True(VisibleText.IsHidden(ps[0]));
        Assert.False(VisibleText.IsHidden(ps[1]));
        Assert.True(VisibleText.IsHidden(ps[2]));
        Assert.False(VisibleText.IsHidden(ps[3]));
    }

    [Theory]
    [InlineData("""<span class="author-label">Von</span>""")]
    [InlineData("""<a class="author-link" href="/autor/olaf-renk/">Zur Artikelübersicht</a>""")]
    [InlineData("""<div class="author-box">All about piers, lamps and boardwalks. We also have tips and tricks for your own harbour.</div>""")]
    public void LabelsAndBlurbsInBylineMarkupAreNoAuthors(string markup)
    {
        var a = PageFixture.Extract(Page("", markup));
        Assert.Empty(a.Authors);
    }
}
