using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Extraction.Html;

/// <summary>Parses HTML with AngleSharp and bounds the tree's depth so no later walk can overflow the stack.</summary>
internal static class HtmlDocumentLoader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsScripting = false,          // <noscript> content is parsed as markup, as readers see it
        IsKeepingSourceReferences = false,
    });

    public static IHtmlDocument Parse(string html, string? url, ExtractionOptions options)
    {
        // HtmlParser is not documented as thread-safe; a parser per call costs little next to parsing.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        FlattenDeepNesting(document, options.MaxTreeDepth);
        return document;
    }

    /// <summary>
    /// Replaces every subtree that starts at the depth limit by its text, walking iteratively.
    /// Browsers cap depth too (Chromium at 512); no real article nests that deep.
    /// </summary>
    internal static void FlattenDeepNesting(IDocument document, int maxDepth)
    {
        if (document.DocumentElement is null) return;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document.DocumentElement, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth >= maxDepth && node is IElement deep && deep.HasChildNodes)
            {
                var text = CollectText(deep);
                while (deep.FirstChild is { } child) deep.RemoveChild(child);
                deep.AppendChild(document.CreateTextNode(text));
                continue;
            }
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
                if (child is IElement) stack.Push((child, depth + 1));
        }
    }

    /// <summary>Text of a subtree without recursion.</summary>
    internal static string CollectText(INode root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t) { sb.Append(t.Data); continue; }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
        }
        return sb.ToString();
    }
}
