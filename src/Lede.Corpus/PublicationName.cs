using Lede.Extraction.Model;

namespace Lede.Corpus;

/// <summary>
/// The publication an article came from, as readers know it, for story lists and timelines: its site name, else its
/// publisher, else its address's host without "www.", else the name of the file it was read from (a reader wants
/// "example.org" or "story-17.txt", not "/data/pages/2016/story-17.txt").
/// </summary>
internal static class PublicationName
{
    public static string? Of(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!string.IsNullOrWhiteSpace(article.SiteName)) return article.SiteName;
        if (!string.IsNullOrWhiteSpace(article.Publisher)) return article.Publisher;
        return Host(article.Url) ?? Host(article.Source) ?? FileName(article.Source);
    }

    /// <summary>The host of a web address without "www."; null for anything else.</summary>
    public static string? Host(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0) return null;
        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }

    // Sources are input paths (or "-" for standard input, "archive.warc.gz#record-3" for archive records).
    private static string? FileName(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        var name = Path.GetFileName(source.TrimEnd('/', '\\'));
        return name.Length > 0 ? name : source;
    }
}
