using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Lede.Server.Tests;

public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><title>Ferry returns to Kestrel | Harbour News</title>
        <meta property="og:site_name" content="Harbour News"></head>
        <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
        <article><h1>Ferry returns to Kestrel</h1>
        <p>The old ferry returned to Kestrel harbour on Friday after a winter of repairs in the northern yards, and the first passengers crossed the bay within the hour.</p>
        <p>"It feels like summer has started," said Ina Volk, who has sailed on the ferry for twenty years and waited on the quay since dawn.</p>
        <p>The harbour office said about 200 passengers crossed on the first day, and more sailings are planned for the weekend if the weather holds.</p>
        </article><footer>© Harbour News</footer></body></html>
        """;

    private static async Task<(HttpStatusCode Status, JsonNode Json)> JsonOf(HttpResponseMessage response) =>
        (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);

    [Fact]
    public async Task TheApiRootListsItsEndpointsAndTheUiLinksToIt()
    {
        var (status, json) = await JsonOf(await server.Client.GetAsync("/api"));
        Assert.Equal(HttpStatusCode.OK, status);
        var endpoints = json["endpoints"]!.AsArray().Select(e => (string)e!).ToList();
        foreach (var expected in new[] { "POST /api/extract", "GET /api/extract", "POST /api/analyze", "GET /api/search", "GET /api/articles/{id}", "GET /api/health" })
            Assert.Contains(expected, endpoints);
        Assert.DoesNotContain(endpoints, e => e.StartsWith("HEAD", StringComparison.Ordinal) || !e.Contains(" /api/", StringComparison.Ordinal));
        Assert.Contains("<a href=\"/api\">API</a>", await server.Client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCountsTheCorpus()
    {
        var (status, json) = await JsonOf(await server.Client.GetAsync("/api/health"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, (int)json["articles"]!);
    }

    [Fact]
    public async Task ExtractReturnsTheCliObjectForAPostedPage()
    {
        var content = new StringContent(Page, Encoding.UTF8, "text/html");
        var (status, json) = await JsonOf(await server.Client.PostAsync("/api/extract?url=https://harbour-news.example/ferry", content));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ferry returns to Kestrel", (string?)json["headline"]);
        var body = (string)json["articleBody"]!;
        Assert.StartsWith("The old ferry returned", body);
        Assert.DoesNotContain("Sport", body);
        Assert.Null(json["quotes"]);
    }

    [Fact]
    public async Task APagePostedAsAFormFileIsReadAsThePageAndAFormWithoutAFileIsRefused()
    {
        using var form = new MultipartFormDataContent { { new StringContent(Page, Encoding.UTF8, "text/html"), "page", "ferry.html" } };
        var (status, json) = await JsonOf(await server.Client.PostAsync("/api/extract", form));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ferry returns to Kestrel", (string?)json["headline"]);
        Assert.DoesNotContain("form-data", (string)json["articleBody"]!, StringComparison.Ordinal);

        using var noFile = new MultipartFormDataContent { { new StringContent("just a field"), "note" } };
        (status, json) = await JsonOf(await server.Client.PostAsync("/api/extract", noFile));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("no file", (string)json["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageInAnUrlEncodedFormFieldIsReadAndJsonIsNoPage()
    {
        // curl --data-urlencode page@ferry.html: the page is the form's "page" field, not "page=%3Chtml…" as text.
        using var form = new FormUrlEncodedContent([new("page", Page)]);
        var (status, json) = await JsonOf(await server.Client.PostAsync("/api/extract", form));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ferry returns to Kestrel", (string?)json["headline"]);
        Assert.DoesNotContain("%3C", (string)json["articleBody"]!, StringComparison.Ordinal);

        using var noPage = new FormUrlEncodedContent([new("note", "just a field")]);
        (status, json) = await JsonOf(await server.Client.PostAsync("/api/extract", noPage));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("page", (string)json["error"]!, StringComparison.Ordinal);

        var jsonBody = new StringContent("{\"html\": \"<p>Ferry returns</p>\"}", Encoding.UTF8, "application/json");
        (status, json) = await JsonOf(await server.Client.PostAsync("/api/extract", jsonBody));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("JSON", (string)json["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAddsQuotesWithSpeakersAndFigures()
    {
        var (status, json) = await JsonOf(await server.Client.PostAsync("/api/analyze", new StringContent(Page, Encoding.UTF8, "text/html")));
        Assert.Equal(HttpStatusCode.OK, status);
        var quote = json["quotes"]!.AsArray().Single(q => ((string)q!["text"]!).Contains("summer", StringComparison.Ordinal));
        Assert.Equal("Ina Volk", (string?)quote!["speaker"]!["name"]);
        Assert.Contains(json["claims"]!.AsArray(), c => (double)c!["value"]! == 200);
    }

    [Fact]
    public async Task AnalyzeAsBodyKeepsOffsetsIntoTheSentText()
    {
        const string text = "\"We will rebuild the pier,\" said Mayor Ona Brisk on Tuesday.";
        var (status, json) = await JsonOf(await server.Client.PostAsync("/api/analyze?asBody=true", new StringContent(text, Encoding.UTF8, "text/plain")));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(text, (string?)json["articleBody"]);
        var quote = json["quotes"]![0]!;
        Assert.Equal((string)quote["text"]!, text[(int)quote["start"]!..(int)quote["end"]!]);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://localhost/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://127.1/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://0/")]
    [InlineData("http://[::]/")]
    public async Task FetchingInternalAddressesIsRefused(string target)
    {
        var (status, json) = await JsonOf(await server.Client.GetAsync("/api/extract?url=" + Uri.EscapeDataString(target)));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("internal", (string)json["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchingTheServerItselfIsRefused()
    {
        var (status, _) = await JsonOf(await server.Client.GetAsync("/api/extract?url=" + Uri.EscapeDataString(new Uri(server.BaseAddress, "/api/health").AbsoluteUri)));
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Theory]
    [InlineData("ftp://example.com/page")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task OnlyHttpAddressesAreFetched(string target)
    {
        var (status, json) = await JsonOf(await server.Client.GetAsync("/api/extract?url=" + Uri.EscapeDataString(target)));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("http(s)", (string)json["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedPagesGet413AndBinaryJunk422()
    {
        var big = new ByteArrayContent(new byte[100 * 1024]);
        var (status, json) = await JsonOf(await server.Client.PostAsync("/api/extract", big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger", (string)json["error"]!, StringComparison.Ordinal);

        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        (status, json) = await JsonOf(await server.Client.PostAsync("/api/extract", new ByteArrayContent(junk)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("binary", (string)json["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongMethodGets405WithTheMethodsThatWorkAndAnUnknownPath404()
    {
        var response = await server.Client.PutAsync("/api/extract", new StringContent(Page));
        var (status, json) = await JsonOf(response);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Contains("PUT", (string)json["error"]!, StringComparison.Ordinal);

        response = await server.Client.DeleteAsync("/api/articles/1");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);

        (status, json) = await JsonOf(await server.Client.GetAsync("/api/articles/abc"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("whole numbers", (string)json["error"]!, StringComparison.Ordinal);
        (status, _) = await JsonOf(await server.Client.DeleteAsync("/api/nothing-here"));
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/")]
    [InlineData("/stories")]
    [InlineData("/articles/1")]
    public async Task ReadingAddressesAnswerHeadWithoutABody(string path)
    {
        var response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/extract?url=javascript:alert(1)", "http(s)")]
    [InlineData("/api/analyze?url=news/ferry", "http(s)")]
    [InlineData("/api/analyze?asBody=yes", "asBody must be true or false")]
    [InlineData("/api/extract?asBody=true", "asBody is for /api/analyze")]
    public async Task PostedPageParametersThatCannotBeHonouredGet400(string path, string expected)
    {
        var (status, json) = await JsonOf(await server.Client.PostAsync(path, new StringContent(Page, Encoding.UTF8, "text/html")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, (string)json["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchRanksMatchesAndRejectsBadParameters()
    {
        var (status, json) = await JsonOf(await server.Client.GetAsync("/api/search?q=harbour%20fire&limit=5"));
        Assert.Equal(HttpStatusCode.OK, status);
        var hits = json.AsArray();
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Contains("harbour", (string)h!["headline"]!, StringComparison.OrdinalIgnoreCase));

        (status, json) = await JsonOf(await server.Client.GetAsync("/api/search?q=fire&site=coast-radio.example"));
        Assert.Equal("https://coast-radio.example/fire-2", (string?)json.AsArray().Single()!["url"]);

        (status, _) = await JsonOf(await server.Client.GetAsync("/api/search"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        (status, json) = await JsonOf(await server.Client.GetAsync("/api/search?q=fire&from=June"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("YYYY-MM-DD", (string)json["error"]!, StringComparison.Ordinal);
        // The API names its own parameters, not the CLI's flags.
        (status, json) = await JsonOf(await server.Client.GetAsync("/api/search?q=fire&limit=5000"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("limit must be between 1 and 1000", (string)json["error"]!);
        // A negative limit is a whole number out of range, not "not a whole number".
        (status, json) = await JsonOf(await server.Client.GetAsync("/api/search?q=fire&limit=-1"));
        Assert.Equal("limit must be between 1 and 1000", (string)json["error"]!);
        (status, json) = await JsonOf(await server.Client.GetAsync("/api/search?q=fire&from=2026-06-05&to=2026-06-01"));
        Assert.Equal("from is after to", (string)json["error"]!);
    }

    [Fact]
    public async Task StoriesTimelinesAndArticlesAreServed()
    {
        var (status, json) = await JsonOf(await server.Client.GetAsync("/api/stories"));
        Assert.Equal(HttpStatusCode.OK, status);
        var story = json.AsArray().Single(s => s!["articles"]!.AsArray().Count == 2)!;
        Assert.All(story["articles"]!.AsArray(), a => Assert.Contains("fire", (string)a!["url"]!, StringComparison.Ordinal));

        (status, json) = await JsonOf(await server.Client.GetAsync("/api/timeline?story=" + Uri.EscapeDataString((string)story["id"]!)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, json["articles"]!.AsArray().Count);

        (status, _) = await JsonOf(await server.Client.GetAsync("/api/timeline?story=s000000000000"));
        Assert.Equal(HttpStatusCode.NotFound, status);
        (status, _) = await JsonOf(await server.Client.GetAsync("/api/timeline"));
        Assert.Equal(HttpStatusCode.BadRequest, status);

        var id = (long)story["articles"]![0]!["id"]!;
        (status, json) = await JsonOf(await server.Client.GetAsync($"/api/articles/{id}"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(json["quotes"]!.AsArray());
        (status, _) = await JsonOf(await server.Client.GetAsync("/api/articles/999999"));
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task UnknownEndpointsAnswerWithJsonErrors()
    {
        var (status, json) = await JsonOf(await server.Client.GetAsync("/api/nothing-here"));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("no such API endpoint", (string)json["error"]!, StringComparison.Ordinal);
    }
}
