namespace Lede.Crawl.Feeds;

/// <summary>A parsed feed or sitemap: its entries in document order (for a sitemap index, the sitemaps it lists).</summary>
public sealed record Feed(FeedKind Kind, string? Title, IReadOnlyList<FeedEntry> Entries)
{
    /// <summary>Entries without a usable http(s) address, left out of <see cref="Entries"/>.</summary>
    public int Skipped { get; init; }
}
