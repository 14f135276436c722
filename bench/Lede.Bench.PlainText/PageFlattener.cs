using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Bench.PlainText;

/// <summary>
/// Flattens an HTML page to its visible text the way a crawler does: scripts, styles and hidden
/// elements dropped, block elements on lines of their own, whitespace collapsed. The bench's
/// stand-in for "text somebody already scraped"; the library never sees the HTML.
/// </summary>
internal static class PageFlattener
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "embed", "canvas", "video", "audio", "map", "select",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
        "button", "option", "legend", "menu", "center",
    };

    private static readonly HtmlParser Parser = new();

    public static string Flatten(string html)
    {
        var document = Parser.ParseDocument(html);
        var sb = new StringBuilder();
        if (document.Body is null) return "";
        // Iterative walk: pages nest deeply enough to overflow a recursive one.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((document.Body, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (closing) { if (block) sb.Append('\n'); continue; }
                if (Invisible.Contains(element.LocalName) || IsHidden(element)) continue;
                if (block) sb.Append('\n');
                stack.Push((node, true));
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
            }
            else if (node is IText text && !closing)
            {
                sb.Append(text.Data);
            }
        }
        return NormaliseWhitespace(sb.ToString());
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    // Spaces collapsed within lines, lines trimmed, empty lines dropped.
    private static string NormaliseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0) continue;
            sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }
}
