using System.Text;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Html.Parsing;

namespace Lede.Extraction.Html;

/// <summary>Parses HTML into Lede's own tree and bounds the tree's depth so no later walk can overflow the stack.</summary>
internal static class HtmlDocumentLoader
{
    /// <summary>
    /// Markup beyond this many characters is not parsed: no real article page comes near it, and a
    /// parsed tree costs several bytes per character, so a 50 MB page would cost hundreds of megabytes.
    /// </summary>
    internal const int MaxParsedChars = 3 * 1024 * 1024;

    public static HtmlDocument Parse(string html, string? url, ExtractionOptions options)
    {
        List<string>? notes = null;
        var length = Truncate(html, ref notes);
        if (length < html.Length) html = html[..length];
        // Bound nesting before the tree builder sees it (its scope checks are linear in depth); drop script/style bodies.
        html = MarkupPrescanner.Prepare(html, options.MaxTreeDepth * 2, out var cutNesting);
        return Parse(html.AsMemory(), cutNesting, notes, options);
    }

    /// <summary>Parses markup held in a scratch buffer, which the prescan shortens in place; the tree copies what it keeps.</summary>
    public static HtmlDocument Parse(char[] buffer, int length, string? url, ExtractionOptions options)
    {
        List<string>? notes = null;
        length = Truncate(buffer.AsSpan(0, length), ref notes);
        length = MarkupPrescanner.Prepare(buffer.AsSpan(0, length), options.MaxTreeDepth * 2, out var cutNesting);
        return Parse(buffer.AsMemory(0, length), cutNesting, notes, options);
    }

    private static int Truncate(ReadOnlySpan<char> html, ref List<string>? notes)
    {
        if (html.Length <= MaxParsedChars) return html.Length;
        var cut = html[..MaxParsedChars].LastIndexOf('>');
        (notes ??= []).Add($"page truncated: only the first {MaxParsedChars / (1024 * 1024)} million characters of markup were read");
        return cut > 0 ? cut + 1 : MaxParsedChars;
    }

    private static HtmlDocument Parse(ReadOnlyMemory<char> html, bool cutNesting, List<string>? notes, ExtractionOptions options)
    {
        if (cutNesting) (notes ??= []).Add($"markup nested deeper than {options.MaxTreeDepth * 2} levels was flattened");
        var document = HtmlTreeBuilder.Parse(html);
        FlattenDeepNesting(document, options.MaxTreeDepth);
        if (notes is not null) document.Notes = notes;
        return document;
    }

    /// <summary>What happened while loading the document (truncation, flattening); empty for ordinary pages.</summary>
    public static IReadOnlyList<string> NotesFor(HtmlDocument document) => document.Notes;

    /// <summary>
    /// Replaces every subtree that starts at the depth limit by its text, walking iteratively.
    /// Browsers cap depth too (Chromium at 512); no real article nests that deep.
    /// </summary>
    internal static void FlattenDeepNesting(HtmlDocument document, int maxDepth)
    {
        var stack = new Stack<(HtmlElement Node, int Depth)>();
        stack.Push((document.DocumentElement, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth >= maxDepth && node.HasChildNodes)
            {
                var text = CollectText(node);
                node.RemoveAllChildren();
                node.AppendChild(new HtmlText(text));
                continue;
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                if (child is HtmlElement e) stack.Push((e, depth + 1));
        }
    }

    /// <summary>Text of a subtree without recursion.</summary>
    internal static string CollectText(HtmlElement root)
    {
        var sb = new StringBuilder();
        root.AppendText(sb);
        return sb.ToString();
    }
}
