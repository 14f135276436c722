using System.Collections.Concurrent;
using Lede.Crawl.Robots;

namespace Lede.Crawl;

/// <summary>
/// Fetches pages the way a well-behaved crawler does: each site's robots.txt is read once and obeyed,
/// a site gets one request at a time with a pause between them (its Crawl-delay when longer), and
/// different sites are fetched side by side. Results come back in the order asked for.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly PageFetcher _fetcher;
    private readonly bool _ownsFetcher;
    private readonly ConcurrentDictionary<string, Site> _sites = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(CrawlOptions? options = null, PageFetcher? fetcher = null)
    {
        Options = options ?? new CrawlOptions();
        if (Options.Concurrency < 1) throw new ArgumentOutOfRangeException(nameof(options), "Concurrency must be at least 1.");
        _ownsFetcher = fetcher is null;
        _fetcher = fetcher ?? new PageFetcher();
    }

    public CrawlOptions Options { get; }

    /// <summary>Fetches an address a person named: no robots.txt check (a person, not a crawler, asked), but the site's pause applies.</summary>
    public Task<FetchedPage> FetchNamedAsync(Uri url, CancellationToken cancellation = default) =>
        FetchAsync(url, obeyRobots: false, cancellation);

    /// <summary>Fetches an address a crawl found (a feed entry, a sitemap): robots.txt decides first.</summary>
    /// <exception cref="FetchException">The page could not be fetched, or robots.txt disallows it.</exception>
    public Task<FetchedPage> FetchFoundAsync(Uri url, CancellationToken cancellation = default) =>
        FetchAsync(url, obeyRobots: true, cancellation);

    /// <summary>
    /// Fetches found addresses, up to <see cref="CrawlOptions.Concurrency"/> at once, yielding each
    /// result in the order of <paramref name="urls"/> (so a rerun sees the same sequence).
    /// </summary>
    public IEnumerable<CrawlResult> FetchAllFound(IEnumerable<Uri> urls, CancellationToken cancellation = default)
    {
        var window = new Queue<(Uri Url, Task<FetchedPage> Fetch)>();
        using var next = urls.GetEnumerator();
        var more = true;
        while (true)
        {
            while (more && window.Count < Options.Concurrency && !cancellation.IsCancellationRequested)
            {
                more = next.MoveNext();
                if (more) window.Enqueue((next.Current, FetchFoundAsync(next.Current, cancellation)));
            }
            if (window.Count == 0) yield break;
            var (url, fetch) = window.Dequeue();
            CrawlResult result;
            try
            {
                result = new CrawlResult(url, fetch.GetAwaiter().GetResult(), null);
            }
            catch (FetchException e)
            {
                result = new CrawlResult(url, null, e.Message);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                yield break;
            }
            yield return result;
        }
    }

    /// <summary>The robots.txt rules of the site of <paramref name="url"/>, read once per site.</summary>
    public Task<RobotsRules> RobotsFor(Uri url, CancellationToken cancellation = default) =>
        SiteOf(url).Robots(() => ReadRobotsAsync(url, cancellation));

    private async Task<FetchedPage> FetchAsync(Uri url, bool obeyRobots, CancellationToken cancellation)
    {
        var site = SiteOf(url);
        var delay = Options.Delay;
        if (obeyRobots)
        {
            var robots = await RobotsFor(url, cancellation).ConfigureAwait(false);
            if (!robots.IsAllowed(url)) throw new FetchException($"{url}: {robots.Refusal}");
            if (robots.CrawlDelay is { } asked && asked > delay) delay = asked < Options.MaxCrawlDelay ? asked : Options.MaxCrawlDelay;
        }
        await site.Gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var wait = site.NextRequest - DateTime.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancellation).ConfigureAwait(false);
            try
            {
                return await _fetcher.FetchAsync(url, cancellation).ConfigureAwait(false);
            }
            finally
            {
                site.NextRequest = DateTime.UtcNow + delay;
            }
        }
        finally
        {
            site.Gate.Release();
        }
    }

    private async Task<RobotsRules> ReadRobotsAsync(Uri url, CancellationToken cancellation)
    {
        var robots = new Uri(url, "/robots.txt");
        try
        {
            var page = await FetchAsync(robots, obeyRobots: false, cancellation).ConfigureAwait(false);
            var text = System.Text.Encoding.UTF8.GetString(page.Content, 0, Math.Min(page.Content.Length, RobotsRules.MaxBytes));
            return RobotsRules.Parse(text, Options.RobotsName);
        }
        catch (FetchException e) when (e.Status is { } status && (int)status is >= 400 and < 500)
        {
            // No robots.txt (or not for us to read): RFC 9309 says everything is allowed.
            return RobotsRules.AllowAll;
        }
        catch (FetchException e)
        {
            // Unreachable (server error, timeout, refused): RFC 9309 says assume nothing is allowed.
            return RobotsRules.Unreachable(e.Message);
        }
    }

    private Site SiteOf(Uri url) => _sites.GetOrAdd(url.GetLeftPart(UriPartial.Authority), _ => new Site());

    public void Dispose()
    {
        if (_ownsFetcher) _fetcher.Dispose();
        foreach (var site in _sites.Values) site.Gate.Dispose();
    }

    /// <summary>One site's state: its request gate, when it may next be asked, its robots.txt.</summary>
    private sealed class Site
    {
        private readonly Lock _lock = new();
        private Task<RobotsRules>? _robots;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTime NextRequest { get; set; }

        public Task<RobotsRules> Robots(Func<Task<RobotsRules>> read)
        {
            // One read per site even when several fetches ask at once.
            lock (_lock) return _robots ??= read();
        }
    }
}
