namespace Lede.Crawl;

/// <summary>How politely pages found in feeds and sitemaps are fetched; every default is named here.</summary>
public sealed record CrawlOptions
{
    /// <summary>Requests in flight at once, over all sites (one site never gets more than one at a time).</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>The least pause between two requests to one site; a longer robots.txt Crawl-delay wins.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>The longest robots.txt Crawl-delay honoured: longer ones would stall a crawl for hours.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The most pages fetched for one feed or sitemap input (sitemap indexes included).</summary>
    public int MaxPages { get; init; } = 50_000;

    /// <summary>How deep sitemap indexes may nest (an index of indexes of sitemaps is depth 2).</summary>
    public int MaxSitemapDepth { get; init; } = 3;

    /// <summary>The product token looked for in robots.txt.</summary>
    public string RobotsName { get; init; } = "lede";
}
