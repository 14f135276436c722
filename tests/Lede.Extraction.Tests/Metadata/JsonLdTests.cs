namespace Lede.Extraction.Tests.Metadata;

public class JsonLdTests
{
    private static string Page(string jsonLd, string extraHead = "") =>
        $"""<html><head>{extraHead}<script type="application/ld+json">{jsonLd}</script></head><body><article><p>Body.</p></article></body></html>""";

    [Fact]
    public void NewsArticleObjectOverridesMeta()
    {
        var m = PageFixture.Read(Page("""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Orchard wins regional prize",
             "datePublished":"2023-09-14T07:00:00Z","author":{"@type":"Person","name":"Jonas Berg","url":"https://x.example/jonas"},
             "publisher":{"@type":"Organization","name":"Fieldside Daily"},"image":["https://x.example/a.jpg","https://x.example/b.jpg"],
             "articleSection":"Farming","keywords":"apples, prizes","articleBody":"The orchard won."}
            """, """<meta property="og:title" content="Different og title">"""));
        Assert.Equal("Orchard wins regional prize", m.Headline);
        Assert.Equal("Jonas Berg", m.Bylines[0].Name);
        Assert.Equal("https://x.example/jonas", m.Bylines[0].Url);
        Assert.Equal("Fieldside Daily", m.Publisher);
        Assert.Equal("https://x.example/a.jpg", m.Images[0].Url);
        Assert.Equal("Farming", m.ArticleSection);
        Assert.Contains("apples", m.Keywords);
        Assert.Equal("The orchard won.", m.JsonLdArticleBody);
        Assert.Contains(m.DateCandidates, c => c.Source == "jsonld" && c.Day == new DateOnly(2023, 9, 14));
    }

    [Fact]
    public void AHowToGuideDatesThePageLikeAnArticle()
    {
        var m = PageFixture.Read(Page("""
            {"@context":"https://schema.org","@type":"HowTo","name":"Sew a round tablecloth in seven steps",
             "datePublished":"2022-01-10T22:06:08:684Z","step":[{"@type":"HowToStep","text":"Cut the cloth."}]}
            """));
        Assert.Contains(m.DateCandidates, c => c.Source == "jsonld" && c.Day == new DateOnly(2022, 1, 10));
    }

    [Fact]
    public void GraphWithIdReferencesIsFollowed()
    {
        var m = PageFixture.Read(Page("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://b.example/#site","name":"Bramble Notes"},
              {"@type":"Person","@id":"https://b.example/#anna","name":"Anna Kowal"},
              {"@type":"BlogPosting","headline":"Pruning roses in March","author":{"@id":"https://b.example/#anna"},"datePublished":"2022-03-01"}]}
            """));
        Assert.Equal("Anna Kowal", Assert.Single(m.Bylines).Name);
        Assert.Equal("Bramble Notes", m.SiteName);
        Assert.Equal("Pruning roses in March", m.Headline);
    }

    [Fact]
    public void TopLevelArrayAndAuthorArrayAreRead()
    {
        var m = PageFixture.Read(Page("""
            [{"@type":"BreadcrumbList","itemListElement":[]},
             {"@type":["ReportageNewsArticle"],"headline":"Flood waters recede","author":[{"@type":"Person","name":"Ria Tan"},{"@type":"Person","name":"Olu Ade"}]}]
            """));
        Assert.Equal(["Ria Tan", "Olu Ade"], m.Bylines.Select(b => b.Name));
    }

    [Fact]
    public void OrganizationAuthorIsNotAPerson()
    {
        var m = PageFixture.Read(Page("""{"@type":"NewsArticle","headline":"Wire item","author":{"@type":"Organization","name":"Reuters"}}"""));
        Assert.Empty(m.Bylines);
        Assert.Equal(["Reuters"], m.AuthorOrganizations);
    }

    [Fact]
    public void MalformedJsonWithRawNewlinesAndTrailingCommaIsRepaired()
    {
        var m = PageFixture.Read(Page("<!--\n{\"@type\":\"Article\",\"headline\":\"Line one\nline two\",\"datePublished\":\"2021-06-07\",}\n-->"));
        Assert.Equal("Line one line two", m.Headline);
        Assert.Contains(m.DateCandidates, c => c.Source == "jsonld" && c.Day == new DateOnly(2021, 6, 7));
    }

    [Fact]
    public void AnObjectClosedOnceTooOftenIsStillRead()
    {
        var m = PageFixture.Read(Page("""
            {"@context":"http://schema.org","@type":"NewsArticle","headline":"Ferry timetable changes",
             "publisher":{"@type":"Organization","name":"Harbour Post"},"datePublished":"2021-03-02T08:15:00+01:00"}
            }
            """));
        Assert.Equal("Ferry timetable changes", m.Headline);
        Assert.Contains(m.DateCandidates, c => c.Source == "jsonld" && c.Day == new DateOnly(2021, 3, 2));
    }

    [Fact]
    public void BrokenJsonIsSkippedWithoutFailing()
    {
        var m = PageFixture.Read(Page("""{"@type":"Article","headline": [unclosed"""));
        Assert.Null(m.JsonLdArticleBody);
        Assert.Null(m.Headline);
        Assert.Empty(m.Bylines);
    }
}
