using System.Net;
using Lede.Extraction.Model;

namespace Lede.Extraction.Text;

/// <summary>Recovers an article's structure from text a crawler already flattened.</summary>
internal static class PlainTextArticleReader
{
    // Interim version (skeleton): first line is the headline, the rest are paragraphs.
    public static NewsArticle Read(string text, ExtractionRequest request, ExtractionOptions options)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var headline = lines.FirstOrDefault();
        var body = string.Join("\n\n", lines.Skip(1));
        return new NewsArticle
        {
            Url = request.Url,
            Headline = headline,
            ArticleBody = body,
            ArticleHtml = string.Concat(lines.Skip(1).Select(l => "<p>" + WebUtility.HtmlEncode(l) + "</p>\n")),
        };
    }
}
