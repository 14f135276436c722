namespace Lede.Crawl.Feeds;

/// <summary>One address a feed or sitemap lists, with the title and date it gives for it when it gives them.</summary>
public sealed record FeedEntry(Uri Url, string? Title = null, DateTimeOffset? Published = null);
