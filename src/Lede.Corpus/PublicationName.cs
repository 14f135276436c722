using Lede.Corpus.Storage;
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
        return ArticleRowCodec.SiteOf(article.Url) ?? ArticleRowCodec.SiteOf(article.Source) ?? FileName(article.Source);
    }

    // Sources are input paths (or "-" for standard input, "archive.warc.gz#record-3" for archive records).
    private static string? FileName(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        var name = Path.GetFileName(source.TrimEnd('/', '\\'));
        return name.Length > 0 ? name : source;
    }
}
