namespace Lede.Crawl.Feeds;

/// <summary>Raised when bytes that should be a feed or sitemap cannot be read as one; the message is for people.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : FormatException(message, inner);
