using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Extraction.Html;

/// <summary>Parses HTML with AngleSharp and bounds the tree's depth so no later walk can overflow the stack.</summary>
internal static class HtmlDocumentLoader
{
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,          // <noscript> content is parsed as markup, as readers see it
        IsKeepingSourceReferences = false,
        DisableElementPositionTracking = true,
        SkipComments = true,          // nothing reads comments; each would be a node to build and walk past
    };

    // HtmlParser is not documented as thread-safe: one per thread, reused for every page.
    [ThreadStatic] private static HtmlParser? _parser;

    /// <summary>
    /// Markup beyond this many characters is not parsed: no real article page comes near it, and a
    /// parsed DOM costs tens of bytes per character, so a 50 MB page would cost gigabytes and seconds.
    /// </summary>
    internal const int MaxParsedChars = 3 * 1024 * 1024;

    // Notes about how a document was loaded (truncated, nesting cut), read by the content extractor.
    private static readonly ConditionalWeakTable<IDocument, List<string>> Notes = new();

    public static IHtmlDocument Parse(string html, string? url, ExtractionOptions options)
    {
        List<string>? notes = null;
        var length = Truncate(html, ref notes);
        if (length < html.Length) html = html[..length];
        // Bound nesting before the parser sees it (its scope checks are linear in depth); drop script/style bodies.
        html = MarkupPrescanner.Prepare(html, options.MaxTreeDepth * 2, out var cutNesting);
        return Parse(html, cutNesting, notes, options);
    }

    /// <summary>Parses markup held in a scratch buffer, which the prescan shortens in place before the one copy into a string.</summary>
    public static IHtmlDocument Parse(char[] buffer, int length, string? url, ExtractionOptions options)
    {
        List<string>? notes = null;
        length = Truncate(buffer.AsSpan(0, length), ref notes);
        length = MarkupPrescanner.Prepare(buffer.AsSpan(0, length), options.MaxTreeDepth * 2, out var cutNesting);
        return Parse(new string(buffer, 0, length), cutNesting, notes, options);
    }

    private static int Truncate(ReadOnlySpan<char> html, ref List<string>? notes)
    {
        if (html.Length <= MaxParsedChars) return html.Length;
        var cut = html[..MaxParsedChars].LastIndexOf('>');
        (notes ??= []).Add($"page truncated: only the first {MaxParsedChars / (1024 * 1024)} million characters of markup were read");
        return cut > 0 ? cut + 1 : MaxParsedChars;
    }

    private static IHtmlDocument Parse(string html, bool cutNesting, List<string>? notes, ExtractionOptions options)
    {
        if (cutNesting) (notes ??= []).Add($"markup nested deeper than {options.MaxTreeDepth * 2} levels was flattened");
        var document = (_parser ??= CreateParser()).ParseDocument(html);
        FlattenDeepNesting(document, options.MaxTreeDepth);
        if (notes is not null) Notes.AddOrUpdate(document, notes);
        return document;
    }

    private static HtmlParser CreateParser()
    {
        var configuration = Configuration.Default.Without<ILinkRelationFactory>().With(new InertLinkRelationFactory());
        return new HtmlParser(ParserOptions, BrowsingContext.New(configuration));
    }

    /// <summary>What happened while loading the document (truncation, flattening); empty for ordinary pages.</summary>
    public static IReadOnlyList<string> NotesFor(IDocument document) => Notes.TryGetValue(document, out var notes) ? notes : [];

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
            var children = node.ChildNodes; // indexed: sibling pointers are searches in AngleSharp
            for (var i = 0; i < children.Length; i++)
                if (children[i] is IElement) stack.Push((children[i], depth + 1));
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
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return sb.ToString();
    }
}
