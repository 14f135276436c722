using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Bench.PlainText;

/// <summary>How a crawler lays out the text it keeps.</summary>
internal enum FlatteningStyle
{
    /// <summary>Every block on a line of its own, no blank lines (Common Crawl's WET files look like this).</summary>
    Lines,

    /// <summary>
    /// A browser's <c>innerText</c>: a blank line around each paragraph, one line break around other blocks, so
    /// menus and bylines sit on single lines and the story's paragraphs are set apart.
    /// </summary>
    InnerText,

    /// <summary>A text browser's dump (lynx, w3m): blocks as in <see cref="Lines"/>, each wrapped at 76 columns.</summary>
    Wrapped,

    /// <summary>Every text node on a line of its own, as BeautifulSoup's <c>get_text("\n")</c> writes: links split paragraphs.</summary>
    TextNodes,
}

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

    public static string Flatten(string html) => Flatten(html, FlatteningStyle.Lines);

    public static string Flatten(string html, FlatteningStyle style)
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
                // innerText's "required line break count" of 2 for paragraphs; a blank line is written as a lone marker.
                var breakText = style == FlatteningStyle.InnerText && element.LocalName == "p" ? "\n\u0001\n" : "\n";
                if (closing) { if (block) sb.Append(breakText); continue; }
                if (Invisible.Contains(element.LocalName) || IsHidden(element)) continue;
                if (block) sb.Append(breakText);
                stack.Push((node, true));
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
            }
            else if (node is IText text && !closing)
            {
                sb.Append(text.Data);
                if (style == FlatteningStyle.TextNodes) sb.Append('\n');
            }
        }
        return NormaliseWhitespace(sb.ToString(), style);
    }

    private const int WrapColumns = 76;

    private static void AppendWrapped(StringBuilder sb, string line, int width)
    {
        var column = 0;
        foreach (var word in line.Split(' '))
        {
            if (column > 0 && column + 1 + word.Length > width) { sb.Append('\n'); column = 0; }
            if (column > 0) { sb.Append(' '); column++; }
            sb.Append(word);
            column += word.Length;
        }
        sb.Append('\n');
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    // Spaces collapsed within lines, lines trimmed, empty lines dropped; with innerText, paragraph breaks kept as one
    // blank line (never two in a row, none at the start).
    private static string NormaliseWhitespace(string text, FlatteningStyle style)
    {
        var sb = new StringBuilder(text.Length);
        var blankPending = false;
        foreach (var raw in text.Split('\n'))
        {
            if (raw == "\u0001") { blankPending = sb.Length > 0; continue; }
            var line = string.Join(' ', raw.Replace("\u0001", "", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0) continue;
            if (blankPending && style == FlatteningStyle.InnerText) sb.Append('\n');
            blankPending = false;
            if (style == FlatteningStyle.Wrapped) AppendWrapped(sb, line, WrapColumns);
            else sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }
}
