using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lede.Extraction.Addresses;
using Lede.Extraction.Model;

namespace Lede.Extraction.Output;

/// <summary>Writes an article as Markdown, keeping headings, lists, quotes, tables, links and emphasis.</summary>
public static class MarkdownWriter
{
    // The sanitised fragment is shallow; the guard only protects against a pathological one.
    private const int MaxDepth = 256;

    public static string Write(NewsArticle article)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(article.Headline)) sb.Append("# ").Append(Escape(article.Headline)).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(article.AlternativeHeadline)) sb.Append('*').Append(Escape(article.AlternativeHeadline)).Append("*\n\n");
        var byline = ArticleText.BylineLine(article);
        if (byline.Length > 0) sb.Append(Escape(byline)).Append("\n\n");
        var html = HtmlWriter.Sanitize(article.ArticleHtml ?? ArticleText.ParagraphsAsHtml(article.ArticleBody));
        var fragment = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        var body = new StringBuilder();
        WriteBlocks(fragment, body, listDepth: 0, depth: 0);
        sb.Append(CollapseBlankLines(body.ToString()).Trim()).Append('\n');
        // As in the HTML writer: a viewer fetches every picture it renders, so only public web addresses are listed.
        foreach (var image in article.Images.Where(i => WebAddress.IsWebAddress(i.Url) && !HtmlWriter.PointsInside(i.Url)))
        {
            sb.Append("\n![").Append(Escape(image.Caption ?? "")).Append("](").Append(Destination(image.Url!)).Append(')');
            if (image.Caption is not null || image.Credit is not null)
                sb.Append("\n*").Append(Escape(image.Caption ?? "")).Append(image.Credit is null ? "" : $" ({Escape(image.Credit)})").Append('*');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void WriteBlocks(INode parent, StringBuilder sb, int listDepth, int depth)
    {
        foreach (var node in parent.ChildNodes)
        {
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data)) sb.Append(Escape(Squash(text.Data)));
                continue;
            }
            if (node is not IElement el) continue;
            switch (el.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    sb.Append("\n\n").Append(new string('#', Math.Min(6, el.LocalName[1] - '0' + 1))).Append(' ').Append(Inline(el, depth).Trim()).Append("\n\n");
                    break;
                case "p" or "figcaption":
                    sb.Append("\n\n").Append(Inline(el, depth).Trim()).Append("\n\n");
                    break;
                case "ul" or "ol":
                    sb.Append("\n\n");
                    var n = 1;
                    foreach (var li in el.Children.Where(c => c.LocalName == "li"))
                    {
                        sb.Append(new string(' ', listDepth * 2)).Append(el.LocalName == "ol" ? $"{n++}. " : "- ");
                        var nested = li.Children.Where(c => c.LocalName is "ul" or "ol").ToList();
                        sb.Append(Inline(li, depth, skip: nested).Trim()).Append('\n');
                        foreach (var list in nested)
                            if (depth < MaxDepth) WriteBlocks(WrapSingle(list), sb, listDepth + 1, depth + 1);
                    }
                    sb.Append('\n');
                    break;
                case "blockquote":
                    var inner = new StringBuilder();
                    if (depth < MaxDepth) WriteBlocks(el, inner, listDepth, depth + 1);
                    sb.Append("\n\n");
                    foreach (var line in CollapseBlankLines(inner.ToString()).Trim().Split('\n')) sb.Append("> ").Append(line).Append('\n');
                    sb.Append('\n');
                    break;
                case "table":
                    WriteTable(el, sb, depth);
                    break;
                case "pre":
                    var code = el.TextContent.TrimEnd();
                    // A fence longer than any run of backticks in the code: the code's own "```" cannot close it.
                    var fence = new string('`', Math.Max(3, LongestBacktickRun(code) + 1));
                    sb.Append("\n\n").Append(fence).Append('\n').Append(code).Append('\n').Append(fence).Append("\n\n");
                    break;
                case "hr":
                    sb.Append("\n\n---\n\n");
                    break;
                case "br":
                    sb.Append("  \n");
                    break;
                case "img" or "figure":
                    break; // images are listed after the body with their captions
                default:
                    if (el.Children.Any(c => c.LocalName is "p" or "ul" or "ol" or "table" or "blockquote" or "h2" or "h3" or "div"))
                    {
                        if (depth < MaxDepth) WriteBlocks(el, sb, listDepth, depth + 1);
                    }
                    else sb.Append(Inline(el, depth));
                    break;
            }
        }
    }

    private static INode WrapSingle(IElement list)
    {
        var holder = list.Owner!.CreateElement("div");
        holder.AppendChild(list.Clone(deep: true));
        return holder;
    }

    private static void WriteTable(IElement table, StringBuilder sb, int depth)
    {
        var rows = table.QuerySelectorAll("tr").ToList();
        if (rows.Count == 0) return;
        sb.Append("\n\n");
        var columns = rows.Max(r => r.Children.Count(c => c.LocalName is "td" or "th"));
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Children.Where(c => c.LocalName is "td" or "th").Select(c => Inline(c, depth).Trim().Replace("|", "\\|")).ToList();
            while (cells.Count < columns) cells.Add("");
            sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            if (i == 0) sb.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
        }
        sb.Append('\n');
    }

    private static string Inline(IElement element, int depth, IReadOnlyCollection<IElement>? skip = null)
    {
        var sb = new StringBuilder();
        AppendInline(element, sb, depth, skip);
        return sb.ToString();
    }

    private static void AppendInline(INode parent, StringBuilder sb, int depth, IReadOnlyCollection<IElement>? skip)
    {
        foreach (var node in parent.ChildNodes)
        {
            if (node is IText text) { sb.Append(Escape(Squash(text.Data))); continue; }
            if (node is not IElement el || (skip?.Contains(el) ?? false)) continue;
            if (depth >= MaxDepth) { sb.Append(Escape(Squash(el.TextContent))); continue; }
            switch (el.LocalName)
            {
                case "a" when el.GetAttribute("href") is { } href && Uri.TryCreate(href, UriKind.Absolute, out _):
                    sb.Append('[').Append(Inline(el, depth + 1).Trim()).Append("](").Append(Destination(href)).Append(')');
                    break;
                case "em" or "i":
                    Wrap(sb, Inline(el, depth + 1), "*");
                    break;
                case "strong" or "b":
                    Wrap(sb, Inline(el, depth + 1), "**");
                    break;
                case "code":
                    AppendCodeSpan(sb, el.TextContent);
                    break;
                case "br":
                    sb.Append("  \n");
                    break;
                case "img":
                    break;
                default:
                    AppendInline(el, sb, depth + 1, skip);
                    break;
            }
        }
    }

    private static void Wrap(StringBuilder sb, string inner, string marker)
    {
        var trimmed = inner.Trim();
        if (trimmed.Length == 0) { sb.Append(inner); return; }
        if (inner.StartsWith(' ')) sb.Append(' ');
        sb.Append(marker).Append(trimmed).Append(marker);
        if (inner.EndsWith(' ')) sb.Append(' ');
    }

    private static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { if (!space) sb.Append(' '); space = true; }
            else { sb.Append(c); space = false; }
        }
        return sb.ToString();
    }

    /// <summary>
    /// An address as a link or picture destination: brackets, parentheses, spaces, angle brackets and controls are
    /// percent-encoded (the same address to a browser), so an address cannot end its destination early and write
    /// Markdown of its own after it ("a.png)[x](javascript:…").
    /// </summary>
    internal static string Destination(string address)
    {
        var sb = new StringBuilder(address.Length + 8);
        foreach (var c in address)
        {
            if (c is '(' or ')' or '[' or ']' or '<' or '>' or ' ' or '\\' || char.IsControl(c)) sb.Append('%').Append(((int)c).ToString("X2"));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Inline code as one code span whatever it holds: delimiters longer than its longest run of backticks (padded with a
    /// space then, so a backtick at either end stays the code's), and its line breaks as spaces, since a line of its own starting "&lt;script"
    /// would open an HTML block before the span is read.
    /// </summary>
    private static void AppendCodeSpan(StringBuilder sb, string code)
    {
        code = code.Replace('\r', ' ').Replace('\n', ' ');
        var delimiter = new string('`', LongestBacktickRun(code) + 1);
        var pad = delimiter.Length > 1 ? " " : "";
        sb.Append(delimiter).Append(pad).Append(code).Append(pad).Append(delimiter);
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>Escapes the characters that would turn text into Markdown syntax.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string CollapseBlankLines(string text)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder();
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd(' ') + (raw.EndsWith("  ") ? "  " : "");
            if (line.Trim().Length == 0) { if (++blank == 1 && sb.Length > 0) sb.Append('\n'); continue; }
            blank = 0;
            sb.Append(line.TrimStart().StartsWith("- ") || char.IsDigit(line.TrimStart().FirstOrDefault()) ? line : line.TrimStart()).Append('\n');
        }
        return sb.ToString();
    }
}
