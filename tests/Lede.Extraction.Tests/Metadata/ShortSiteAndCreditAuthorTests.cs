using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

/// <summary>
/// A short site's own domain, a "handout" picture credit and an agency abbreviation are no authors; an element whose id
/// names the author is a byline when nothing else is.
/// </summary>
public class ShortSiteAndCreditAuthorTests
{
    [Theory]
    [InlineData("HBV.de")]
    [InlineData("hbv.com")]
    public void TheSitesOwnShortDomainIsNoAuthor(string name)
    {
        var a = PageFixture.Extract(PierStoryPage.With($"""<meta name="author" content="{name}">""", $"<p>{name}</p>"), "https://www.hbv.de/pier");
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void AnotherShortDomainIsNoSite()
    {
        var a = PageFixture.Extract(PierStoryPage.With("""<meta name="author" content="Tove Berg">""", "<p>Tove Berg</p>"), "https://www.hbv.de/pier");
        Assert.Equal("Tove Berg", Assert.Single(a.Authors).Name);
    }

    [Theory]
    [InlineData("zVg")]
    [InlineData("zvg")]
    public void AHandoutCreditIsNoAuthor(string credit)
    {
        var a = PageFixture.Extract(PierStoryPage.With("", $"""<span class="author">{credit}</span>"""));
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void TheAgraEuropeAgencyIsTheSourceNotAPerson()
    {
        var a = PageFixture.Extract(PierStoryPage.With(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier lights return","author":{"@type":"Person","name":"AgE"}}</script>""", "<p>AgE</p>"));
        Assert.Empty(a.Authors);
        Assert.Equal("Agra-Europe", a.SourceOrganization);
    }

    [Fact]
    public void AnElementWhoseIdNamesTheAuthorIsTheByline()
    {
        var a = PageFixture.Extract(PierStoryPage.With("", """<div id="author_header">Tove Berg</div>"""));
        Assert.Equal("Tove Berg", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void ACommentFormFieldIdNamesNoAuthor()
    {
        var a = PageFixture.Extract(PierStoryPage.With("", """<form><label for="author">Name</label><input id="author" name="author" type="text"></form>"""));
        Assert.Empty(a.Authors);
    }
}
