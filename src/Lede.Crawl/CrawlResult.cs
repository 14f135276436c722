namespace Lede.Crawl;

/// <summary>The outcome of fetching one address: the page, or a message for people saying why there is none.</summary>
public sealed record CrawlResult(Uri Requested, FetchedPage? Page, string? Error);
