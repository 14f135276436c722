using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Lede.Extraction.Metadata;

namespace Lede.Extraction.Html;

/// <summary>Finds the article's main content in a parsed page.</summary>
internal static class ContentExtractor
{
    // Interim version (skeleton): paragraphs of <article>/<main>/<body>. Replaced by the scored extractor.
    public static ContentResult Extract(IHtmlDocument document, PageMetadata metadata, ExtractionOptions options)
    {
        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null) return new ContentResult("", "", [], []);
        var text = new StringBuilder();
        var html = new StringBuilder();
        foreach (var p in root.QuerySelectorAll("p, h1, h2, h3, h4, li, blockquote"))
        {
            var t = string.Join(' ', p.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (t.Length == 0) continue;
            if (text.Length > 0) text.Append("\n\n");
            text.Append(t);
            html.Append('<').Append(p.LocalName).Append('>').Append(WebUtility.HtmlEncode(t)).Append("</").Append(p.LocalName).Append(">\n");
        }
        return new ContentResult(text.ToString(), html.ToString(), [], []);
    }
}
