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
        return Parse(html.AsMemory(0, length), notes, options);
    }

    /// <summary>
    /// Parses markup held in a scratch buffer. The tree keeps slices of the buffer for text and attribute values that
    /// need no decoding (see <see cref="HtmlText"/>, <see cref="HtmlAttribute"/>): the buffer must not be reused before
    /// the document is released.
    /// </summary>
    public static HtmlDocument Parse(char[] buffer, int length, string? url, ExtractionOptions options)
    {
        List<string>? notes = null;
        length = Truncate(buffer.AsSpan(0, length), ref notes);
        return Parse(buffer.AsMemory(0, length), notes, options);
    }

    private static int Truncate(ReadOnlySpan<char> html, ref List<string>? notes)
    {
        if (html.Length <= MaxParsedChars) return html.Length;
        (notes ??= []).Add($"page truncated: only the first {MaxParsedChars / (1024 * 1024)} million characters of markup were read");
        return CutPoint(html[..MaxParsedChars]);
    }

    /// <summary>
    /// Where to end markup cut at the limit: before a tag the cut would leave unfinished, else at the limit itself.
    /// Going back to the last '>' instead would drop a text node that runs past the limit whole (a one-paragraph
    /// article of 4 MB lost every word).
    /// </summary>
    internal static int CutPoint(ReadOnlySpan<char> window)
    {
        var lastClose = window.LastIndexOf('>');
        for (var at = window.Length - 1; at > lastClose; at--)
            if (window[at] == '<' && at + 1 < window.Length && StartsTag(window[at + 1])) return at;
        var cut = window.Length;
        // Half a surrogate pair would become a replacement character.
        return char.IsHighSurrogate(window[cut - 1]) ? cut - 1 : cut;
    }

    // What may follow '<' to open a tag, an end tag, a comment or a declaration; any other '<' is text.
    private static bool StartsTag(char next) => char.IsAsciiLetter(next) || next is '/' or '!' or '?';

    private static HtmlDocument Parse(ReadOnlyMemory<char> html, List<string>? notes, ExtractionOptions options)
    {
        // The tree builder's scope checks are linear in depth: it drops start tags past twice the tree limit.
        var document = HtmlTreeBuilder.Parse(html, options.MaxTreeDepth * 2);
        // The tree builder noted the deepest element: most pages need no flattening walk.
        if (document.MaxElementDepth >= options.MaxTreeDepth) FlattenDeepNesting(document, options.MaxTreeDepth);
        if (notes is not null) document.Notes = [.. notes, .. document.Notes];
        return document;
    }

    /// <summary>
    /// Gives a document's nodes back for the next page parsed on this thread. The document must not be read
    /// afterwards; a document never released is simply collected.
    /// </summary>
    public static void Release(HtmlDocument document)
    {
        if (document.Released) return;
        document.Released = true;
        DomNodePool.Current.Return(document.DocumentElement, document.Nodes);
        if (document.AttributeSlab is { } slab) AttributeSlab.Return(slab);
    }

    /// <summary>What happened while loading the document (truncation, flattening); empty for ordinary pages.</summary>
    public static IReadOnlyList<string> NotesFor(HtmlDocument document) => document.Notes;

    /// <summary>
    /// Replaces every subtree that starts at the depth limit by its text, walking iteratively.
    /// Browsers cap depth too (Chromium at 512); no real article nests that deep.
    /// </summary>
    internal static void FlattenDeepNesting(HtmlDocument document, int maxDepth)
    {
        // One stack per thread, emptied by the walk itself: a page's walk would otherwise grow a new one.
        var stack = _flattenStack ??= new Stack<(HtmlElement Node, int Depth)>();
        stack.Clear();
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
        // A huge page's stack is not kept for the next one.
        if (document.ElementCount > MaxKeptStackElements) _flattenStack = null;
    }

    private const int MaxKeptStackElements = 1 << 16;

    [ThreadStatic] private static Stack<(HtmlElement Node, int Depth)>? _flattenStack;

    /// <summary>Text of a subtree without recursion.</summary>
    internal static string CollectText(HtmlElement root)
    {
        var sb = new StringBuilder();
        root.AppendText(sb);
        return sb.ToString();
    }
}
