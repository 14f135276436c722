using Lede.Extraction.Addresses;
using System.Net;

namespace Lede.Crawl.Tests;

public sealed class PageFetcherTests : IDisposable
{
    private readonly LocalWebServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_page_over_the_size_cap_is_refused_with_the_limit_named()
    {
        _server.Answer("/big", new byte[200_000], "text/html");
        using var fetcher = new PageFetcher(new FetchOptions { MaxBytes = 100_000 });

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.At("/big")));

        Assert.Contains("100,000-byte limit", error.Message);
    }

    [Fact]
    public async Task Error_statuses_carry_the_status_and_other_schemes_are_refused()
    {
        using var fetcher = new PageFetcher();

        var missing = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.At("/nothing-here")));
        var scheme = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri("file:///etc/passwd")));

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Contains("only http and https", scheme.Message);
    }

    [Fact]
    public async Task A_redirect_is_followed_to_the_page_it_names()
    {
        _server.Answer("/story", "<p>ferry</p>");
        _server.Redirect("/old", "/story", 301);
        using var fetcher = new PageFetcher();

        var page = await fetcher.FetchAsync(_server.At("/old"));

        Assert.Equal(_server.At("/story"), page.Url);
        Assert.Equal("<p>ferry</p>", System.Text.Encoding.UTF8.GetString(page.Content));
    }

    [Fact]
    public async Task A_redirect_loop_is_said_as_one_not_as_the_servers_last_answer()
    {
        _server.Redirect("/loop", "/loop");
        using var fetcher = new PageFetcher(new FetchOptions { MaxRedirects = 3 });

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.At("/loop")));

        Assert.Contains("more than 3 redirects", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, _server.Count("/loop"));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/story")]
    [InlineData("javascript:alert(1)")]
    public async Task A_redirect_to_another_scheme_is_refused_in_words(string location)
    {
        // .NET's own redirect handling tried to open "file:///etc/passwd" as a web host and threw a UriFormatException,
        // which no caller handles (the server answered 500).
        _server.Redirect("/elsewhere", location);
        using var fetcher = new PageFetcher();

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.At("/elsewhere")));

        Assert.Contains("redirected to " + location.Split(':')[0] + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an http(s) address", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // the server's fetcher resolves names itself
    public async Task A_name_that_does_not_resolve_and_a_closed_port_are_said_in_words(bool blockInternal)
    {
        using var fetcher = new PageFetcher(new FetchOptions { BlockInternalAddresses = blockInternal });
        // .invalid never resolves (RFC 6761).
        var unknown = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri("https://no-such-host.invalid/story")));
        Assert.StartsWith("https://no-such-host.invalid/story: the host name could not be found (", unknown.Message, StringComparison.Ordinal);
        if (blockInternal) return;

        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var refused = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/")));
        Assert.Contains(": the server refused the connection (", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_trickles_in_is_cut_off_at_the_request_timeout()
    {
        // The headers come at once, then one byte every 100 ms of a 100,000-byte page: without a limit on the body
        // as well as the headers, this holds the fetch for hours.
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            var stream = client.GetStream();
            var request = new byte[4096];
            await stream.ReadAtLeastAsync(request, 1, throwOnEndOfStream: false, stop.Token);
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>"u8.ToArray(), stop.Token);
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(100, stop.Token);
                await stream.WriteAsync("x"u8.ToArray(), stop.Token);
            }
        });
        using var fetcher = new PageFetcher(new FetchOptions { RequestTimeout = TimeSpan.FromSeconds(1) });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/slow")));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains("within 1 s", error.Message);
        stop.Cancel();
        await Assert.ThrowsAnyAsync<Exception>(() => serving);
    }

    [Fact]
    public async Task With_internal_addresses_blocked_a_loopback_server_is_never_asked()
    {
        _server.Answer("/secret", "<p>internal</p>");
        using var fetcher = new PageFetcher(new FetchOptions { BlockInternalAddresses = true });

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.At("/secret")));

        Assert.Contains("internal addresses", error.Message);
        Assert.Equal(0, _server.Count("/secret"));
    }

    [Fact]
    public async Task With_internal_addresses_blocked_a_proxy_is_never_asked_for_an_internal_target()
    {
        // Through a proxy the socket goes to the proxy, so the check on the connected address would judge the proxy,
        // not the target. Here the loopback proxy counts as public and only 10/8 as internal, as for a proxy on the internet.
        using var proxy = new LocalProxy();
        static bool OnlyTenIsInternal(IPAddress a) => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && a.GetAddressBytes()[0] == 10;
        var options = new FetchOptions { ConnectTimeout = TimeSpan.FromSeconds(2), RequestTimeout = TimeSpan.FromSeconds(5) };
        using var open = new PageFetcher(options, new WebProxy(proxy.Address), OnlyTenIsInternal);
        using var blocking = new PageFetcher(options with { BlockInternalAddresses = true }, new WebProxy(proxy.Address), OnlyTenIsInternal);

        var viaProxy = await open.FetchAsync(new Uri("http://10.1.2.3/admin"));
        var error = await Assert.ThrowsAsync<FetchException>(() => blocking.FetchAsync(new Uri("http://10.1.2.3/secret")));

        Assert.Equal(LocalProxy.Page, System.Text.Encoding.UTF8.GetString(viaProxy.Content)); // the stand-in works as a proxy
        Assert.Contains("internal addresses", error.Message);
        Assert.Equal(["GET http://10.1.2.3/admin HTTP/1.1"], proxy.RequestLines);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("64:ff9b::7f00:1", true)]         // NAT64 of 127.0.0.1
    [InlineData("64:ff9b::a9fe:a9fe", true)]      // NAT64 of 169.254.169.254
    [InlineData("2002:0a00:0001::1", true)]       // 6to4 of 10.0.0.1
    [InlineData("::7f00:1", true)]                // IPv4-compatible 127.0.0.1
    [InlineData("::", true)]
    [InlineData("::ffff:0:7f00:1", true)]         // IPv4-translated (SIIT) 127.0.0.1
    [InlineData("::ffff:0:a9fe:a9fe", true)]      // IPv4-translated 169.254.169.254
    [InlineData("64:ff9b:1::7f00:1", true)]       // local-use NAT64 (RFC 8215): a network's own translator
    [InlineData("64:ff9b:1:a9fe:a9:fe00::", true)] // the same prefix with the /48 layout of 169.254.169.254
    [InlineData("100::1", true)]                  // discard-only
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", true)] // Teredo: a tunnel to a client's address, no news site's
    [InlineData("2001:0:a00:1::f5ff:fffe", true)]  // Teredo whose client is 10.0.0.1
    [InlineData("2001:4860:4860::8888", false)]    // a public address just outside Teredo's 2001::/32
    [InlineData("::ffff:0:5db8:d822", false)]     // IPv4-translated public address
    [InlineData("64:ff9b::5db8:d822", false)]     // NAT64 of a public address
    [InlineData("2002:5db8:d822::1", false)]      // 6to4 of a public address
    [InlineData("93.184.216.34", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2606:2800:220:1::1", false)]
    public void Internal_addresses_are_told_from_public_ones(string address, bool isInternal) =>
        Assert.Equal(isInternal, InternalAddress.IsInternal(IPAddress.Parse(address)));
}
