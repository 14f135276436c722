using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Html;

/// <summary>
/// Builds the <see cref="ContentTree"/> in one iterative walk over the DOM (never recursive, so any depth
/// is safe), leaving out scripts, styles, form controls and hidden elements, and counts each element as the
/// walk leaves it (its children are all counted by then).
/// </summary>
internal static class ContentTreeBuilder
{
    private static readonly ReadOnlyMemory<char> Space = " ".AsMemory();

    public static ContentTree? Build(HtmlDocument document)
    {
        var body = (HtmlElement?)document.Body ?? document.DocumentElement;
        if (body is null) return null;
        var pool = ContentNodePool.Current;
        var start = pool.Mark;
        try { return Build(body, document.ElementCount, pool, start); }
        catch
        {
            // Nothing holds the half-built tree: its nodes serve the next page.
            pool.Rewind(start);
            throw;
        }
    }

    private static ContentTree Build(HtmlElement body, int elementCount, ContentNodePool pool, ContentPoolMark start)
    {
        var root = pool.Rent().AsElement(body, body.LocalName, KindOf(body.LocalName), ClassHint.None, null);
        root.PendingFrom = pool.PendingCount;
        // Sized from the parse: growing a list of thousands copies it several times over.
        var elements = pool.RentElementList(Math.Max(16, elementCount));
        elements.Add(root);
        // Pre-order walk along the sibling and parent links (no stack of pending nodes): `parent` is the light node
        // of the element whose children are being read, so climbing back up follows the light tree's parents.
        // Children wait on the pool's pending stack until their parent is complete, then sit side by side in its slab.
        var parent = root;
        var node = body.FirstChild;
        while (node is not null)
        {
            if (node is HtmlText text)
            {
                var data = text.DataMemory;
                // Measured here, once: the counts below read the node's own figures.
                var (chars, commas) = Measure(data.Span);
                var light = pool.Rent().AsText(chars == 0 && data.Span.IsWhiteSpace() ? Space : data, parent);
                light.TextChars = chars;
                light.Commas = commas;
                pool.Push(light);
            }
            else if (node is HtmlElement element && Admits(element, parent, out var kind, out var hint))
            {
                var child = pool.Rent().AsElement(element, element.LocalName, kind, hint, parent);
                pool.Push(child);
                elements.Add(child);
                if (element.FirstChild is { } first)
                {
                    child.PendingFrom = pool.PendingCount;
                    parent = child;
                    node = first;
                    continue;
                }
                ComputeCounts(child);
            }
            // Climbing out of an element: all its children are counted, so it is counted now, while they are in the cache.
            while (node.NextSibling is null && parent != root)
            {
                Complete(parent, pool);
                node = parent.Element!;
                parent = parent.Parent!;
            }
            node = node.NextSibling;
        }
        Complete(root, pool);
        return new ContentTree(root, elements) { Pool = pool, Start = start, End = pool.Mark };
    }

    // The node's children are all on the pending stack and counted: lay them out and count the node.
    private static void Complete(ContentNode node, ContentNodePool pool)
    {
        node.SetChildren(pool.TakeChildren(node.PendingFrom));
        ComputeCounts(node);
    }

    /// <summary>
    /// Hands a tree's nodes back for the next page built on this thread. The tree must not be read afterwards;
    /// a tree never released is simply collected.
    /// </summary>
    public static void Release(ContentTree tree) => ContentNodePool.Current.Return(tree);

    /// <summary>
    /// A &lt;noscript&gt; usually holds a tracking pixel or a "turn on JavaScript" notice, but some pages
    /// ship their whole story there and build the visible copy from a script template.
    /// </summary>
    private static bool HoldsParagraphs(HtmlElement element)
    {
        for (var e = element.NextElementInDocument(element); e is not null; e = e.NextElementInDocument(element))
            if (e.LocalName == "p" && e.TextContent.Length >= BoilerplateRules.MinParagraphChars) return true;
        return false;
    }

    /// <summary>
    /// Whether the light tree keeps <paramref name="element"/>, with its kind and hint; false for one it leaves out
    /// with its subtree (scripts, styles, form controls, hidden elements).
    /// </summary>
    private static bool Admits(HtmlElement element, ContentNode parent, out TagKind kind, out ClassHint hint)
    {
        var tag = element.LocalName;
        kind = KindOf(tag);
        hint = ClassHint.None;
        if ((kind & TagKind.Dropped) != 0 && !(tag == "noscript" && HoldsParagraphs(element)))
        {
            if (tag is "input" or "select" or "textarea" or "button") parent.FormControls++;
            return false;
        }
        if (element.Attributes.Length > 0) hint = ClassHintReader.Read(element);
        return (hint & ClassHint.Hidden) == 0;
    }

    internal static TagKind KindOf(string tag)
    {
        if (BoilerplateRules.Tags.TryGetValue(tag, out var kind)) return kind;
        // Custom elements (amp-img, gallery-widget) wrap blocks more often than words.
        return tag.EndsWith("-img", StringComparison.Ordinal) ? TagKind.Inline | TagKind.Image : TagKind.Block;
    }

    // Reads only the node's children, which must all be counted already.
    private static void ComputeCounts(ContentNode node)
    {
        int text = 0, links = 0, commas = 0, inline = 0, inlineCommas = 0, paragraphChars = 0;
        var formControls = node.FormControls;
        int paragraphs = 0, items = 0, images = 0, headings = 0, rows = 0, tables = 0, blocks = 0;
        if (node.Children is { } children)
        {
            foreach (var child in children)
            {
                if (child.IsText)
                {
                    text += child.TextChars; inline += child.TextChars; commas += child.Commas; inlineCommas += child.Commas;
                    continue;
                }
                text += child.TextChars;
                links += (child.Kind & TagKind.Link) != 0 ? child.TextChars : child.LinkChars;
                commas += child.Commas;
                paragraphChars += child.ParagraphChars;
                paragraphs += child.Paragraphs + ((child.Kind & TagKind.Paragraph) != 0 ? 1 : 0);
                items += child.ListItems + ((child.Kind & TagKind.ListItem) != 0 ? 1 : 0);
                images += child.Images + ((child.Kind & TagKind.Image) != 0 ? 1 : 0);
                headings += child.Headings + ((child.Kind & TagKind.Heading) != 0 ? 1 : 0);
                rows += child.Rows + ((child.Kind & TagKind.TableRow) != 0 ? 1 : 0);
                tables += child.Tables + ((child.Kind & TagKind.Table) != 0 ? 1 : 0);
                formControls += child.FormControls;
                if ((child.Kind & TagKind.Block) != 0) blocks++;
                else { inline += child.InlineChars; inlineCommas += child.InlineCommas; }
            }
        }
        node.TextChars = text;
        node.LinkChars = links;
        node.Commas = commas;
        node.InlineChars = inline;
        node.InlineCommas = inlineCommas;
        node.Paragraphs = paragraphs;
        node.ListItems = items;
        node.Images = images;
        node.Headings = headings;
        node.Rows = rows;
        node.Tables = tables;
        node.FormControls = formControls;
        node.BlockChildren = blocks;
        // What a reader would call paragraph text: link text does not count.
        if ((node.Kind & TagKind.Paragraph) != 0)
            paragraphChars = text - links >= BoilerplateRules.MinParagraphChars ? text - links : 0;
        else if ((node.Kind & TagKind.Block) != 0 && inline >= BoilerplateRules.MinParagraphChars && (node.Kind & TagKind.Inline) == 0)
            paragraphChars += Math.Max(0, inline - InlineLinkChars(node));
        node.ParagraphChars = paragraphChars;
    }

    // Link text among a block's own inline content (direct <a> children and links inside inline children).
    private static int InlineLinkChars(ContentNode node)
    {
        var links = 0;
        foreach (var child in node.Children!.Value)
        {
            if (child.IsText || (child.Kind & TagKind.Block) != 0) continue;
            links += (child.Kind & TagKind.Link) != 0 ? child.TextChars : child.LinkChars;
        }
        return Math.Min(links, node.InlineChars);
    }

    /// <summary>Non-space characters and commas of a text run.</summary>
    internal static (int Chars, int Commas) Measure(ReadOnlySpan<char> text)
    {
        int chars = 0, commas = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time: in an all-ASCII block every one above the space counts and commas are ','.
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var space = Vector128.Create((ushort)' ');
            var comma = Vector128.Create((ushort)',');
            var nonAscii = Vector128.Create((ushort)0xff80);
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                if ((v & nonAscii) != Vector128<ushort>.Zero)
                {
                    MeasureEach(text.Slice(i, Vector128<ushort>.Count), ref chars, ref commas);
                    continue;
                }
                chars += BitOperations.PopCount(Vector128.GreaterThan(v, space).ExtractMostSignificantBits());
                commas += BitOperations.PopCount(Vector128.Equals(v, comma).ExtractMostSignificantBits());
            }
        }
        MeasureEach(text[i..], ref chars, ref commas);
        return (chars, commas);
    }

    private static void MeasureEach(ReadOnlySpan<char> text, ref int chars, ref int commas)
    {
        foreach (var c in text)
        {
            if (c <= ' ') continue;
            if (c == ',' || c == '，' || c == '、') commas++;
            if (c > 0x7f && (char.IsWhiteSpace(c) || c == '\u200b')) continue;
            chars++;
        }
    }
}
