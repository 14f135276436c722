namespace Lede.Crawl.Feeds;

/// <summary>The formats that list article addresses: syndication feeds and sitemaps.</summary>
public enum FeedKind
{
    /// <summary>RSS 2.0 (and the 0.9x versions it grew from).</summary>
    Rss,

    /// <summary>RSS 1.0, an RDF document.</summary>
    RssRdf,

    /// <summary>Atom 1.0.</summary>
    Atom,

    /// <summary>JSON Feed 1.x.</summary>
    JsonFeed,

    /// <summary>A sitemap listing pages (with Google News extensions when present).</summary>
    Sitemap,

    /// <summary>A sitemap index: its entries are further sitemaps, not pages.</summary>
    SitemapIndex,
}
