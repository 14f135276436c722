namespace Lede.Extraction.Html.Dom;

/// <summary>
/// Elements and text nodes kept per thread from one page to the next. A parsed page is thousands of small
/// objects that live through every garbage collection its extraction triggers; reusing them spares both the
/// allocation and the copying. Bounded: at most <see cref="MaxPooledNodes"/> of each kind are kept per thread.
/// Only the tree builder takes nodes, and only a caller that knows a document is no longer read gives it back.
/// </summary>
internal sealed class DomNodePool
{
    private const int MaxPooledNodes = 1 << 16;

    [ThreadStatic] private static DomNodePool? _current;

    private readonly Stack<HtmlElement> _elements = new();
    private readonly Stack<HtmlText> _texts = new();

    public static DomNodePool Current => _current ??= new DomNodePool();

    public HtmlElement Element(string localName, ArraySegment<HtmlAttribute> attributes, ElementNamespace ns = ElementNamespace.Html) =>
        _elements.TryPop(out var e) ? e.Reuse(localName, attributes, ns) : new HtmlElement(localName, attributes, ns);

    public HtmlText Text(ReadOnlyMemory<char> chars)
    {
        if (!_texts.TryPop(out var t)) return new HtmlText(chars);
        t.SetChars(chars);
        return t;
    }

    /// <summary>Takes back every node under <paramref name="root"/> (inclusive), walking without recursion.</summary>
    public void Return(HtmlElement root)
    {
        HtmlNode node = root;
        while (true)
        {
            while (node is HtmlElement { FirstChild: { } child }) node = child;
            // A leaf, or an element whose children were all taken back: keep it, then go on to its next sibling or up.
            while (true)
            {
                var next = node.NextSibling;
                var parent = node.Parent;
                var done = node == root;
                Keep(node);
                if (done) return;
                if (next is not null) { node = next; break; }
                if (parent is null) return;
                node = parent;
            }
        }
    }

    private void Keep(HtmlNode node)
    {
        if (node is HtmlElement e)
        {
            e.Forget();
            if (_elements.Count < MaxPooledNodes) _elements.Push(e);
        }
        else if (node is HtmlText t)
        {
            t.Parent = null;
            t.NextSibling = t.PreviousSibling = null;
            t.SetChars(default);
            if (_texts.Count < MaxPooledNodes) _texts.Push(t);
        }
    }
}
