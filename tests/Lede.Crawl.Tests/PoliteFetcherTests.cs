namespace Lede.Crawl.Tests;

public sealed class PoliteFetcherTests : IDisposable
{
    private readonly LocalWebServer _server = new();

    public void Dispose() => _server.Dispose();

    private PoliteFetcher Fetcher(double delaySeconds = 0) => new(new CrawlOptions { Delay = TimeSpan.FromSeconds(delaySeconds) });

    [Fact]
    public async Task Robots_txt_stops_found_pages_but_not_pages_a_person_named()
    {
        _server.Answer("/robots.txt", "User-agent: *\nDisallow: /members/\n", "text/plain");
        _server.Answer("/members/story", "<p>members only</p>");
        _server.Answer("/open/story", "<p>open</p>");
        using var fetcher = Fetcher();

        var refused = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchFoundAsync(_server.At("/members/story")));
        Assert.Contains("robots.txt disallows", refused.Message);
        Assert.Equal(0, _server.Count("/members/story"));
        Assert.Equal("<p>open</p>", System.Text.Encoding.UTF8.GetString((await fetcher.FetchFoundAsync(_server.At("/open/story"))).Content));
        await fetcher.FetchNamedAsync(_server.At("/members/story"));
        Assert.Equal(1, _server.Count("/members/story"));
        Assert.Equal(1, _server.Count("/robots.txt"));
    }

    [Fact]
    public async Task A_missing_robots_txt_allows_everything_and_a_failing_one_nothing()
    {
        _server.Answer("/page", "<p>page</p>");
        using (var fetcher = Fetcher())
        {
            // No answer for /robots.txt: the server says 404.
            Assert.NotEmpty((await fetcher.FetchFoundAsync(_server.At("/page"))).Content);
        }
        _server.Answer("/robots.txt", "down for maintenance", "text/plain", status: 503);
        using (var fetcher = Fetcher())
        {
            var refused = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchFoundAsync(_server.At("/page")));
            // The site did not disallow anything: the message says robots.txt could not be read, and why.
            Assert.DoesNotContain("robots.txt disallows", refused.Message);
            Assert.Contains("robots.txt could not be read", refused.Message);
            Assert.Contains("503", refused.Message);
            Assert.Equal(1, _server.Count("/page")); // only the fetch of the first round
        }
    }

    [Fact]
    public async Task An_unreachable_site_is_named_as_such_not_as_disallowing()
    {
        // A port nothing listens on: robots.txt cannot be fetched at all.
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var fetcher = Fetcher();
        var refused = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchFoundAsync(new Uri($"http://127.0.0.1:{port}/story")));
        Assert.DoesNotContain("robots.txt disallows", refused.Message);
        Assert.Contains("robots.txt could not be read", refused.Message);
        Assert.True((await fetcher.RobotsFor(new Uri($"http://127.0.0.1:{port}/story"))).Unreadable is not null);
    }

    [Fact]
    public void Found_pages_come_back_in_order_with_failures_in_place_and_one_site_is_not_rushed()
    {
        for (var i = 0; i < 5; i++) _server.Answer($"/story/{i}", $"<p>story {i}</p>");
        using var fetcher = Fetcher(delaySeconds: 0.2);
        var urls = new[] { 0, 1, 404, 2, 3, 4 }.Select(i => _server.At($"/story/{i}")).ToList();

        var results = fetcher.FetchAllFound(urls).ToList();

        Assert.Equal(urls, results.Select(r => r.Requested));
        Assert.Contains("404", results[2].Error);
        Assert.Null(results[2].Page);
        Assert.Equal("<p>story 3</p>", System.Text.Encoding.UTF8.GetString(results[4].Page!.Content));
        var times = _server.Requests.Where(r => r.Path != "/robots.txt").Select(r => r.At).ToList();
        Assert.Equal(6, times.Count);
        // One site, one request at a time, at least the pause apart (a little slack for clock granularity).
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(180), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task A_longer_crawl_delay_wins_over_the_configured_pause()
    {
        _server.Answer("/robots.txt", "User-agent: *\nCrawl-delay: 0.4\n", "text/plain");
        _server.Answer("/a", "<p>a</p>");
        _server.Answer("/b", "<p>b</p>");
        using var fetcher = Fetcher(delaySeconds: 0);

        await fetcher.FetchFoundAsync(_server.At("/a"));
        await fetcher.FetchFoundAsync(_server.At("/b"));

        var a = _server.Requests.Single(r => r.Path == "/a").At;
        var b = _server.Requests.Single(r => r.Path == "/b").At;
        Assert.True(b - a >= TimeSpan.FromMilliseconds(380), $"{(b - a).TotalMilliseconds} ms apart");
    }
}
