using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

/// <summary>
/// Authors named after the site itself, bylines only search engines see, and labels or blurbs in byline markup
/// are not the page's authors; a one-person blog's owner is.
/// </summary>
public class SiteAndHiddenAuthorTests
{
    private static string Page(string head, string body) => PierStoryPage.With(head, body);

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
