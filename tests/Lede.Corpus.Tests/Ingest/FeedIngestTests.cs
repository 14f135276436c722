using Lede.Corpus.Tests.Storage;
using Lede.Crawl;
using Lede.Crawl.Tests;

namespace Lede.Corpus.Tests.Ingest;

public sealed class FeedIngestTests : IDisposable
{
    private static readonly CrawlOptions NoPause = new() { Delay = TimeSpan.Zero };
    private readonly LocalWebServer _server = new();

    public void Dispose() => _server.Dispose();

    private string Rss(params string[] paths) =>
        "<rss version=\"2.0\"><channel><title>Desk</title>" +
        string.Concat(paths.Select(p => $"<item><title>{p}</title><link>{_server.At(p)}</link></item>")) +
        "</channel></rss>";

    private void Pages(params int[] seeds)
    {
        foreach (var seed in seeds) _server.Answer($"/story-{seed}", InventedCorpus.Page(seed, url: _server.At($"/story-{seed}").ToString()));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void A_feed_url_ingests_its_pages_and_a_rerun_fetches_only_what_failed(string kind)
    {
        using var test = new TestCorpus(kind);
        Pages(1, 2);
        _server.Answer("/feed.xml", Rss("/story-1", "/gone", "/story-2"), "application/rss+xml");
        var problems = new List<string>();
        using var corpus = test.Open();

        var report = corpus.Ingest([_server.At("/feed.xml").ToString()], problem: (where, message) => problems.Add($"{where}: {message}"), crawl: NoPause);

        Assert.Equal(2, report.Stored);
        Assert.Equal(1, report.Failed);
        var gone = Assert.Single(problems);
        Assert.Contains("/gone: ", gone);
        // The report names the page once, not again at the start of the fetch's own message.
        Assert.Equal(1, gone.Split(_server.At("/gone").ToString()).Length - 1);
        Assert.Equal([_server.At("/story-1").ToString(), _server.At("/story-2").ToString()], corpus.Articles().Select(a => a.Article.Source));

        // The next run asks only for the feed and the page that failed.
        _server.Answer("/gone", InventedCorpus.Page(3, url: _server.At("/gone").ToString()));
        var again = corpus.Ingest([_server.At("/feed.xml").ToString()], crawl: NoPause);
        Assert.Equal(1, again.Stored);
        Assert.Equal(2, again.KnownEntries);
        Assert.Equal(1, _server.Count("/story-1"));
        Assert.Equal(2, _server.Count("/gone"));
        Assert.Equal(3, corpus.Count);

        // --refetch asks again; unchanged pages are recognised by their bytes and not stored twice.
        var refetched = corpus.Ingest([_server.At("/feed.xml").ToString()], crawl: NoPause, refetch: true);
        Assert.Equal(0, refetched.Stored);
        Assert.Equal(3, refetched.Unchanged);
        Assert.Equal(2, _server.Count("/story-1"));
    }

    [Fact]
    public void A_named_url_that_fails_is_named_once()
    {
        using var test = new TestCorpus("sqlite");
        var problems = new List<string>();
        using var corpus = test.Open();
        var url = _server.At("/missing").ToString();
        Assert.Equal(1, corpus.Ingest([url], problem: (where, message) => problems.Add($"{where}: {message}"), crawl: NoPause).Failed);
        var problem = Assert.Single(problems);
        Assert.StartsWith(url + ": ", problem, StringComparison.Ordinal);
        Assert.Equal(1, problem.Split(url).Length - 1);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Sitemap_indexes_are_followed_robots_txt_is_obeyed_and_the_page_limit_holds(string kind)
    {
        using var test = new TestCorpus(kind);
        Pages(1, 2, 3, 4);
        _server.Answer("/robots.txt", "User-agent: *\nDisallow: /story-2\n", "text/plain");
        _server.Answer("/sitemap-index.xml", $"<sitemapindex><sitemap><loc>{_server.At("/sitemap-a.xml")}</loc></sitemap><sitemap><loc>/sitemap-b.xml</loc></sitemap></sitemapindex>", "application/xml");
        _server.Answer("/sitemap-a.xml", $"<urlset><url><loc>{_server.At("/story-1")}</loc></url><url><loc>{_server.At("/story-2")}</loc></url></urlset>", "application/xml");
        _server.Answer("/sitemap-b.xml", $"<urlset><url><loc>{_server.At("/story-1")}</loc></url><url><loc>{_server.At("/story-3")}</loc></url><url><loc>{_server.At("/story-4")}</loc></url></urlset>", "application/xml");
        var problems = new List<string>();
        using var corpus = test.Open();

        var report = corpus.Ingest([_server.At("/sitemap-index.xml").ToString()], problem: (where, message) => problems.Add($"{where}: {message}"),
            crawl: NoPause with { MaxPages = 2 });

        // story-1 once (listed twice), story-2 refused by robots.txt, story-3 fetched, story-4 over the limit.
        Assert.Equal([_server.At("/story-1").ToString(), _server.At("/story-3").ToString()], corpus.Articles().Select(a => a.Article.Source));
        Assert.Contains("robots.txt disallows", Assert.Single(problems));
        Assert.Equal(0, _server.Count("/story-2"));
        Assert.Equal(0, _server.Count("/story-4"));
        Assert.Equal(1, report.EntriesOverLimit);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void A_saved_feed_file_fetches_its_absolute_entries_and_a_broken_feed_is_reported(string kind)
    {
        using var test = new TestCorpus(kind);
        Pages(5);
        var feed = Path.Combine(test.Folder, "desk.rss");
        File.WriteAllText(feed, Rss("/story-5"));
        var broken = Path.Combine(test.Folder, "broken.xml");
        File.WriteAllText(broken, "<rss><channel><item>");
        var problems = new List<string>();
        using var corpus = test.Open();

        var report = corpus.Ingest([feed, broken], problem: (where, message) => problems.Add($"{where}: {message}"), crawl: NoPause);

        Assert.Equal(1, report.Stored);
        Assert.Equal(_server.At("/story-5").ToString(), Assert.Single(corpus.Articles()).Article.Url);
        Assert.StartsWith($"{broken}: broken XML", Assert.Single(problems));
    }
}
