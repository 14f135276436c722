using System.Net;
using System.Text;
using Ganss.Xss;
using Lede.Extraction.Addresses;
using Lede.Extraction.Model;

namespace Lede.Extraction.Output;

/// <summary>
/// Writes an article as a standalone, sanitised HTML page: structure, links and emphasis kept;
/// scripts, event handlers, iframes, forms and styles removed, whatever the source page held.
/// </summary>
public static class HtmlWriter
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var s = new HtmlSanitizer();
        s.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "a", "em", "i", "strong", "b", "br",
                     "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "img", "pre", "code", "sub", "sup", "q", "cite", "hr", "dl", "dt", "dd" })
            s.AllowedTags.Add(tag);
        s.AllowedAttributes.Clear();
        foreach (var attribute in new[] { "href", "src", "alt", "title", "colspan", "rowspan" }) s.AllowedAttributes.Add(attribute);
        s.AllowedSchemes.Clear();
        s.AllowedSchemes.Add("http");
        s.AllowedSchemes.Add("https");
        s.AllowedCssProperties.Clear();
        s.AllowedAtRules.Clear();
        s.AllowDataAttributes = false;
        s.KeepChildNodes = true; // an unknown wrapper loses its tag, not its text
        return s;
    }

    /// <summary>Sanitises an HTML fragment with the article whitelist.</summary>
    public static string Sanitize(string html)
    {
        // The sanitiser's own serialiser looks up each node's next sibling by index, quadratic in an element's child
        // count: a page of 80,000 <br> in one <pre> took 12 s. The sanitised tree is written here, in one pass.
        var document = Sanitizer.SanitizeDom(html);
        var output = new StringBuilder(html.Length);
        foreach (var node in document.Body!.ChildNodes) WriteNode(output, node);
        return output.ToString();
    }

    /// <summary>Elements without an end tag (HTML serialisation algorithm).</summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    private static void WriteNode(StringBuilder output, AngleSharp.Dom.INode node)
    {
        switch (node)
        {
            case AngleSharp.Dom.IText text:
                Escape(output, text.Data, inAttribute: false);
                break;
            case AngleSharp.Dom.IComment comment:
                output.Append("<!--").Append(comment.Data).Append("-->");
                break;
            // A picture inside someone's network ("http://192.168.1.1/…", "http://intranet/…") would make the reader's
            // browser send a request there: it is left out.
            case AngleSharp.Dom.IElement { LocalName: "img" } image when PointsInside(image.GetAttribute("src")):
                break;
            case AngleSharp.Dom.IElement element:
                output.Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes)
                {
                    // A link into someone's network ("http://127.0.0.1/admin") keeps its text and loses its target: one
                    // click would send the reader's browser there with the reader's cookies.
                    if (attribute.Name == "href" && element.LocalName == "a" && PointsInside(attribute.Value)) continue;
                    output.Append(' ').Append(attribute.Name).Append("=\"");
                    Escape(output, attribute.Value, inAttribute: true);
                    output.Append('"');
                }
                output.Append('>');
                if (VoidElements.Contains(element.LocalName)) break;
                // A leading newline in <pre>/<textarea>/<listing> is dropped by parsers: write one more to keep it.
                if (element.LocalName is "pre" or "textarea" or "listing" && element.FirstChild is AngleSharp.Dom.IText { Data: ['\n', ..] }) output.Append('\n');
                foreach (var child in element.ChildNodes) WriteNode(output, child);
                output.Append("</").Append(element.LocalName).Append('>');
                break;
        }
    }

    /// <summary>Whether an image address points inside a network (or is no absolute address at all).</summary>
    public static bool PointsInside(string? src) =>
        src is null || !Uri.TryCreate(src, UriKind.Absolute, out var uri) || Addresses.InternalAddress.PointsInside(uri);

    /// <summary>Escapes as the sanitiser's serialiser did: &amp;, no-break space, &lt; and &gt;, and " in attributes.</summary>
    private static void Escape(StringBuilder output, string value, bool inAttribute)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '\u00A0': output.Append("&nbsp;"); break;
                case '"' when inAttribute: output.Append("&quot;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                default: output.Append(c); break;
            }
        }
    }

    public static string Write(NewsArticle article)
    {
        var e = (string? s) => WebUtility.HtmlEncode(s ?? "");
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html");
        if (article.InLanguage is { } lang) sb.Append(" lang=\"").Append(e(lang)).Append('"');
        sb.Append(">\n<head>\n<meta charset=\"utf-8\">\n");
        // No script may run even if something slipped through: the page forbids it itself.
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src https: http:; style-src 'unsafe-inline'\">\n");
        sb.Append("<title>").Append(e(article.Headline)).Append("</title>\n</head>\n<body>\n<article>\n");
        if (!string.IsNullOrWhiteSpace(article.Headline)) sb.Append("<h1>").Append(e(article.Headline)).Append("</h1>\n");
        if (article.AlternativeHeadline is not null) sb.Append("<p><em>").Append(e(article.AlternativeHeadline)).Append("</em></p>\n");
        var byline = ArticleText.BylineLine(article);
        if (byline.Length > 0) sb.Append("<p><small>").Append(e(byline)).Append("</small></p>\n");
        var body = article.ArticleHtml ?? ArticleText.ParagraphsAsHtml(article.ArticleBody);
        sb.Append(Sanitize(body)).Append('\n');
        foreach (var image in article.Images)
        {
            if (!WebAddress.IsWebAddress(image.Url) || PointsInside(image.Url)) continue;
            sb.Append("<figure><img src=\"").Append(e(image.Url)).Append("\" alt=\"").Append(e(image.Caption)).Append("\">");
            if (image.Caption is not null || image.Credit is not null)
                sb.Append("<figcaption>").Append(e(image.Caption)).Append(image.Credit is null ? "" : " (" + e(image.Credit) + ")").Append("</figcaption>");
            sb.Append("</figure>\n");
        }
        sb.Append("</article>\n</body>\n</html>\n");
        return sb.ToString();
    }
}
