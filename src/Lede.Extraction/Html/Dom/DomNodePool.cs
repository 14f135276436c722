namespace Lede.Extraction.Html.Dom;

/// <summary>
/// Elements and text nodes kept per thread from one page to the next. A parsed page is thousands of small
/// objects that live through every garbage collection its extraction triggers; reusing them spares both the
/// allocation and the copying. Bounded: at most <see cref="MaxPooledNodes"/> of each kind are kept per thread.
/// Only the tree builder takes nodes, and only a caller that knows a document is no longer read gives it back.
/// </summary>
/// <remarks>
/// Nodes are handed out in list order and a document notes the range it took (<see cref="DomNodeRange"/>): giving
/// back the thread's latest document is one pass over that range, not a walk along the tree's links, and the next
/// page takes the same nodes in the same order. A document given back out of order (or on another thread) is
/// cleared by a walk of its tree and its range stays taken: correct, only less pooled.
/// </remarks>
internal sealed class DomNodePool
{
    private const int MaxPooledNodes = 1 << 16;

    [ThreadStatic] private static DomNodePool? _current;

    private readonly List<HtmlElement> _elements = [];
    private readonly List<HtmlText> _texts = [];
    private int _elementsUsed, _textsUsed;

    public static DomNodePool Current => _current ??= new DomNodePool();

    /// <summary>Where the next document's nodes start.</summary>
    public DomNodeRange Mark() => new(this, _elementsUsed, _elementsUsed, _textsUsed, _textsUsed);

    /// <summary>The nodes taken since <paramref name="start"/>.</summary>
    public DomNodeRange Since(DomNodeRange start) => start with { ElementEnd = _elementsUsed, TextEnd = _textsUsed };

    public HtmlElement Element(string localName, ArraySegment<HtmlAttribute> attributes, ElementNamespace ns = ElementNamespace.Html)
    {
        if (_elementsUsed < _elements.Count) return _elements[_elementsUsed++].Reuse(localName, attributes, ns);
        var e = new HtmlElement(localName, attributes, ns);
        if (_elements.Count < MaxPooledNodes)
        {
            _elements.Add(e);
            _elementsUsed++;
        }
        return e;
    }

    public HtmlText Text(ReadOnlyMemory<char> chars)
    {
        if (_textsUsed < _texts.Count)
        {
            var t = _texts[_textsUsed++];
            t.SetChars(chars);
            return t;
        }
        var text = new HtmlText(chars);
        if (_texts.Count < MaxPooledNodes)
        {
            _texts.Add(text);
            _textsUsed++;
        }
        return text;
    }

    /// <summary>Takes back the nodes of a document nobody reads any more.</summary>
    public void Return(HtmlElement root, DomNodeRange range)
    {
        if (range.Pool == this && range.ElementEnd == _elementsUsed && range.TextEnd == _textsUsed)
            Rewind(range);
        else
            Clear(root);
    }

    /// <summary>Forgets every node taken since <paramref name="range"/> began and hands them out again from there.</summary>
    public void Rewind(DomNodeRange range)
    {
        for (var i = range.FirstElement; i < _elementsUsed; i++) _elements[i].Forget();
        for (var i = range.FirstText; i < _textsUsed; i++) Forget(_texts[i]);
        _elementsUsed = range.FirstElement;
        _textsUsed = range.FirstText;
    }

    /// <summary>Clears every node under <paramref name="root"/> (inclusive), walking without recursion.</summary>
    private static void Clear(HtmlElement root)
    {
        HtmlNode node = root;
        while (true)
        {
            while (node is HtmlElement { FirstChild: { } child }) node = child;
            // A leaf, or an element whose children were all cleared: clear it, then go on to its next sibling or up.
            while (true)
            {
                var next = node.NextSibling;
                var parent = node.Parent;
                var done = node == root;
                if (node is HtmlElement e) e.Forget();
                else if (node is HtmlText t) Forget(t);
                if (done) return;
                if (next is not null) { node = next; break; }
                if (parent is null) return;
                node = parent;
            }
        }
    }

    private static void Forget(HtmlText t)
    {
        t.Parent = null;
        t.NextSibling = t.PreviousSibling = null;
        t.SetChars(default);
    }
}
