using System.Text.Json.Nodes;
using Lede.Analysis;
using Lede.Corpus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lede.Server.Tests;

/// <summary>
/// A real server on a free loopback port over a small corpus of invented articles (ingested with analysis),
/// shared by the tests of one class.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lede-server-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    // Invented reports of a harbour fire over two days, and one unrelated story.
    public static readonly (string Url, string Date, string Site, string Headline, string Body)[] Articles =
    [
        ("https://harbour-news.example/fire-1", "2026-06-01T08:00:00Z", "Harbour News", "Fire breaks out in Kestrel harbour warehouse",
            "KESTREL — A fire broke out in a warehouse at Kestrel harbour on Monday. \"The flames reached the roof within minutes,\" said Fire Chief Mara Quell. Officials said about 40 workers were evacuated from the docks."),
        ("https://coast-radio.example/fire-2", "2026-06-02T09:00:00Z", "Coast Radio", "Kestrel harbour fire contained after a day",
            "KESTREL — Firefighters contained the Kestrel harbour warehouse fire on Tuesday. \"We kept it away from the fuel depot,\" said Mara Quell, the fire chief. Officials say at least 60 workers were evacuated from the docks."),
        ("https://valley-times.example/kites", "2026-06-03T10:00:00Z", "Valley Times", "Kite festival fills the valley sky",
            "Thousands gathered for the valley kite festival on Wednesday. Organisers said 300 kites flew over the meadow."),
    ];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var jsonl = Path.Combine(_folder, "articles.jsonl");
        await File.WriteAllLinesAsync(jsonl, Articles.Select(a => new JsonObject
        {
            ["url"] = a.Url, ["datePublished"] = a.Date, ["siteName"] = a.Site, ["headline"] = a.Headline, ["articleBody"] = a.Body, ["inLanguage"] = "en",
        }.ToJsonString()));
        var corpus = new CorpusOptions { DatabasePath = Path.Combine(_folder, "corpus.db") };
        var analyzer = new ArticleAnalyzer();
        using (var c = NewsCorpus.Open(corpus)) c.Ingest([jsonl], article => analyzer.Analyze(article.ArticleBody, article.InLanguage));
        (_app, Client, BaseAddress) = await StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"], Corpus = corpus, MaxRequestBytes = 64 * 1024 });
    }

    /// <summary>Starts a server and returns it with a client for its address.</summary>
    public static async Task<(WebApplication App, HttpClient Client, Uri Address)> StartAsync(ServerOptions options)
    {
        var app = LedeServer.Build(options);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return (app, new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) }, address);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
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
