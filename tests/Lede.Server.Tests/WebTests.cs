using System.Net;
using System.Text;
using Lede.Server.Web;

namespace Lede.Server.Tests;

public sealed class WebTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task EveryPageForbidsScriptsAndFraming()
    {
        var response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task SearchPageLinksHitsToTheirArticlesAndEncodesTheQuery()
    {
        var html = await server.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("harbour <script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);

        html = await server.Client.GetStringAsync("/?q=harbour");
        Assert.Contains("<a href=\"/articles/", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ArticlePageShowsFieldsQuotesAndFigures()
    {
        var html = await server.Client.GetStringAsync("/articles/1");
        Assert.Contains("<h1>Fire breaks out in Kestrel harbour warehouse</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Mara Quell", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Quotes</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Figures</h2>", html, StringComparison.Ordinal);
        var missing = await server.Client.GetAsync("/articles/424242");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task StoriesPageLinksToTimelinePagesWithCharts()
    {
        var html = await server.Client.GetStringAsync("/stories");
        var start = html.IndexOf("href=\"/timeline?story=", StringComparison.Ordinal);
        Assert.True(start > 0, html);
        var href = html[(start + 6)..html.IndexOf('"', start + 6)];
        var timeline = await server.Client.GetStringAsync(href);
        Assert.Contains("Figures over time", timeline, StringComparison.Ordinal);
        Assert.Contains("<svg", timeline, StringComparison.Ordinal);
        // A blank name beside the story (a form sent empty) is no second subject.
        var withBlankName = await server.Client.GetAsync(System.Net.WebUtility.HtmlDecode(href) + "&entity=%20");
        Assert.Equal(HttpStatusCode.OK, withBlankName.StatusCode);
        Assert.Contains("Figures over time", await withBlankName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractFormTurnsAPastedHostilePageIntoASafeArticlePage()
    {
        const string hostile = """
            <html><head><title>Pier opens</title></head><body><article><h1>Pier opens <img src=x onerror=alert(1)></h1>
            <p>The new pier opened on Saturday after two years of building work along the northern shore of the bay, with crowds on the boards.</p>
            <script>alert(2)</script><p onclick="alert(3)">Fishermen said the pier gives them <a href="javascript:alert(4)">shelter</a> from the winter storms at last.</p>
            <iframe src="https://evil.example/"></iframe></article></body></html>
            """;
        var form = new FormUrlEncodedContent([new("page", hostile), new("format", "auto"), new("analyze", "1")]);
        var response = await server.Client.PostAsync("/extract", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The new pier opened on Saturday", html, StringComparison.Ordinal);
        foreach (var bad in new[] { "<script", "onerror=", "onclick", "javascript:", "<iframe" })
            Assert.DoesNotContain(bad, html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("news/pier")]
    public async Task ExtractFormRefusesAPastedPagesAddressThatIsNotHttp(string address)
    {
        var page = "<html><body><article><p>The new pier opened on Saturday after two years of building work along the northern shore of the bay.</p></article></body></html>";
        var response = await server.Client.PostAsync("/extract", new FormUrlEncodedContent([new("page", page), new("url", address)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be an absolute http(s) address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractFormWithNothingSaysWhatToGive()
    {
        var response = await server.Client.PostAsync("/extract", new FormUrlEncodedContent([new("page", " "), new("url", "")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Give an address or paste a page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePagePolicyLetsItsPicturesShowAndOtherPagesKeepRemoteImagesOut()
    {
        const string page = """
            <html><head><title>Pier opens</title><meta property="og:image" content="https://news.example/img/pier.jpg"></head><body><article><h1>Pier opens</h1>
            <p>The new pier opened on Saturday after two years of building work along the northern shore of the bay, with crowds on the boards.</p>
            <p>Fishermen said the pier gives them shelter from the winter storms at last, and the harbour master agreed with them.</p></article></body></html>
            """;
        var response = await server.Client.PostAsync("/extract", new FormUrlEncodedContent([new("page", page), new("url", "https://news.example/pier")]));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<img src=\"https://news.example/img/pier.jpg\"", html, StringComparison.Ordinal);
        // A browser enforces the meta policy as well as the header's: both must allow the picture.
        Assert.Contains("img-src https: http: data:\">", html, StringComparison.Ordinal);
        Assert.Contains("img-src https:", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        var search = await server.Client.GetStringAsync("/?q=harbour");
        Assert.Contains("img-src data:\">", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimelinePageWithoutASubjectOffersAFormAndAnUnnamedEntityIsExplained()
    {
        var html = await server.Client.GetStringAsync("/");
        Assert.Contains("<a href=\"/timeline\">Timelines</a>", html, StringComparison.Ordinal);

        var response = await server.Client.GetAsync("/timeline");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<form class=\"timeline\" method=\"get\" action=\"/timeline\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/stories\">Stories</a>", html, StringComparison.Ordinal);

        response = await server.Client.GetAsync("/timeline?entity=" + Uri.EscapeDataString("Nobody <b>Here</b>"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        html = await response.Content.ReadAsStringAsync();
        Assert.Contains("No article in the corpus names &quot;Nobody &lt;b&gt;Here&lt;/b&gt;&quot;", html, StringComparison.Ordinal);

        html = await server.Client.GetStringAsync("/timeline?entity=mara%20quell");
        Assert.Contains("Fire breaks out in Kestrel harbour warehouse", html, StringComparison.Ordinal);

        response = await server.Client.GetAsync("/timeline?story=s1&entity=Mara%20Quell");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AWrongMethodOnAPageGets405PageWithTheMethodsThatWork()
    {
        var response = await server.Client.PutAsync("/stories", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("PUT", html, StringComparison.Ordinal);
        Assert.Contains("GET or HEAD", html, StringComparison.Ordinal);
        Assert.DoesNotContain("There is no page", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Search</a>", html, StringComparison.Ordinal);

        response = await server.Client.DeleteAsync("/");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        // An address with no page stays 404 whatever the method; a number-only page's path with a word in it too.
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.DeleteAsync("/nothing-here")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.DeleteAsync("/articles/abc")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownPageSaysSoAndLinksBack()
    {
        var response = await server.Client.GetAsync("/articles/abc");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is no page at /articles/abc", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Search</a>", html, StringComparison.Ordinal);
        // The address is shown encoded, never as markup.
        response = await server.Client.GetAsync("/x%3Cb%3Ey");
        Assert.DoesNotContain("<b>y", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 20, "No article matches.")]
    [InlineData(1, 20, "1 result")]
    [InlineData(7, 20, "7 results")]
    [InlineData(20, 20, "Only the first 20 shown; more may match (raise \"results\", up to 1,000, or narrow the search).")]
    public void SearchSummarySaysWhenTheLimitCutTheList(int count, int limit, string expected) => Assert.Equal(expected, SearchPage.Summary(count, limit));

    [Fact]
    public async Task SearchPageSaysMoreMayMatchWhenItsLimitIsReached()
    {
        var html = await server.Client.GetStringAsync("/?q=harbour&limit=1");
        Assert.Contains("Only the first 1 shown; more may match", html, StringComparison.Ordinal);
        html = await server.Client.GetStringAsync("/?q=harbour&limit=50");
        Assert.Contains("<p class=\"summary\">2 results</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/srv/newsroom/texts/2016/harbour-fire.txt", "harbour-fire.txt")]
    [InlineData("crawl/CC-NEWS-1.warc.gz#record-3", "CC-NEWS-1.warc.gz#record-3")]
    [InlineData("-", "-")]
    [InlineData(null, "")]
    public void ASearchHitWithoutASiteShowsItsFilesNameNotTheServersPath(string? source, string expected) => Assert.Equal(expected, SearchPage.SourceName(source));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a **b** c", "a <mark>b</mark> c")]
    [InlineData("**x** and **y**", "<mark>x</mark> and <mark>y</mark>")]
    [InlineData("odd **marker", "odd marker")]
    [InlineData("**<b>**", "<mark>&lt;b&gt;</mark>")]
    public void SnippetsMarkMatchesAfterEncoding(string snippet, string expected) => Assert.Equal(expected, SearchPage.Snippet(snippet));
}
