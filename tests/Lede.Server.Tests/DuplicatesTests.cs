using System.Net;
using System.Text.Json.Nodes;
using Lede.Corpus;
using Microsoft.AspNetCore.Builder;

namespace Lede.Server.Tests;

/// <summary>The API's and the web UI's duplicate groups, over a corpus holding a wire story, an edited copy of it and an unrelated story.</summary>
public sealed class DuplicatesTests : IAsyncLifetime
{
    private const string Story =
        "The regional council voted on Tuesday to rebuild the old stone bridge over the Amberly river, ending two years of argument "
        + "about whether the crossing should be replaced with a modern span. Engineers had warned that the bridge could carry only "
        + "light traffic after the spring floods weakened its western pier. Work will begin in March and is expected to take "
        + "eighteen months, during which a ferry will carry foot passengers between the two banks. Shopkeepers on the eastern "
        + "side said they feared losing trade while the bridge is closed, and the council promised a fund to help them.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lede-server-dups-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var jsonl = Path.Combine(_folder, "articles.jsonl");
        await File.WriteAllLinesAsync(jsonl, new[]
        {
            ("https://wire.example/bridge", "2026-03-02T06:00:00Z", "Wire Service", "Council votes to rebuild Amberly bridge", Story),
            // A site's copy three hours later: re-headlined (hostile markup included), last sentence trimmed.
            ("https://town-paper.example/news/bridge", "2026-03-02T09:00:00Z", "Town Paper", "<script>alert(1)</script> Bridge to be rebuilt",
                Story[..Story.LastIndexOf(" Shopkeepers", StringComparison.Ordinal)]),
            ("https://town-paper.example/news/choir", "2026-03-03T10:00:00Z", "Town Paper", "Choir wins county prize",
                "The town choir won the county prize on Wednesday with a programme of folk songs arranged by its conductor, who said the singers had rehearsed every evening for a month."),
        }.Select(a => new JsonObject
        {
            ["url"] = a.Item1, ["datePublished"] = a.Item2, ["siteName"] = a.Item3, ["headline"] = a.Item4, ["articleBody"] = a.Item5, ["inLanguage"] = "en",
        }.ToJsonString()));
        var corpus = new CorpusOptions { DatabasePath = Path.Combine(_folder, "corpus.db") };
        using (var c = NewsCorpus.Open(corpus)) c.Ingest([jsonl]);
        (_app, _client, _) = await ServerFixture.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"], Corpus = corpus });
    }

    [Fact]
    public async Task TheApiGivesTheCliGroupsWithTheEarliestVersion()
    {
        var response = await _client.GetAsync("/api/duplicates");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var group = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray())!;
        var members = group["articles"]!.AsArray();
        Assert.Equal(["https://wire.example/bridge", "https://town-paper.example/news/bridge"], members.Select(m => (string)m!["url"]!).Order(StringComparer.Ordinal).Reverse());
        var earliest = Assert.Single(members, m => (bool)m!["earliest"]!)!;
        Assert.Equal("https://wire.example/bridge", (string)earliest["url"]!);
        Assert.Equal((long)group["earliestId"]!, (long)earliest["id"]!);
        var copy = Assert.Single(members, m => !(bool)m!["earliest"]!)!;
        Assert.Equal("near", (string)copy["kind"]!);
        Assert.Equal((long)earliest["id"]!, (long)copy["matchedId"]!);
        Assert.InRange((double)copy["containment"]!, 0.8, 1.0);
    }

    [Fact]
    public async Task ThePageListsEachCopyEncodedAndLinkedToItsArticlePage()
    {
        var response = await _client.GetAsync("/duplicates");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("1 group holding 2 articles", html, StringComparison.Ordinal);
        Assert.Contains("Council votes to rebuild Amberly bridge", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Bridge to be rebuilt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Choir wins", html, StringComparison.Ordinal);
        Assert.Contains("<strong>earliest</strong>", html, StringComparison.Ordinal);
        Assert.Contains(">3 h<", html, StringComparison.Ordinal); // the copy came three hours after the wire story
        var link = html.IndexOf("href=\"/articles/", StringComparison.Ordinal);
        Assert.True(link > 0, html);
        var article = await _client.GetAsync(html[(link + 6)..html.IndexOf('"', link + 6)]);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("href=\"/duplicates\"", html, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner.
        }
    }
}
