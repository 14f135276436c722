using System.Text;

namespace Lede.Extraction.Html.Dom;

/// <summary>An element: lower-case local name, attributes in source order, child nodes, document-order position.</summary>
internal sealed class HtmlElement : HtmlNode
{
    // Children are linked through their sibling pointers: no list per element, O(1) insertion anywhere.
    private HtmlNode? _firstChild, _lastChild;
    // A slice of the document's attribute slab (see AttributeSlab), or of an array of its own.
    private ArraySegment<HtmlAttribute> _attributes;

    public HtmlElement(string localName, ArraySegment<HtmlAttribute> attributes, ElementNamespace ns = ElementNamespace.Html)
    {
        LocalName = localName;
        _attributes = attributes;
        Namespace = ns;
    }

    public string LocalName { get; private set; }
    public ElementNamespace Namespace { get; private set; }
    /// <summary>An SVG or MathML element (its content is markup even inside &lt;title&gt; or &lt;style&gt;).</summary>
    public bool IsForeign => Namespace != ElementNamespace.Html;
    /// <summary>An HTML element named <paramref name="name"/>.</summary>
    public bool IsHtml(string name) => Namespace == ElementNamespace.Html && LocalName == name;
    public ReadOnlySpan<HtmlAttribute> Attributes => _attributes;
    public bool HasChildNodes => _firstChild is not null;
    public HtmlNode? FirstChild => _firstChild;
    public HtmlNode? LastChild => _lastChild;

    /// <summary>Position in document order (numbered once the tree is complete).</summary>
    public int Order { get; internal set; }

    /// <summary>The inert content of a &lt;template&gt; (not part of the tree, as in a browser).</summary>
    internal HtmlElement? TemplateContent { get; set; }

    /// <summary>Set while the element is on the tree builder's stack of open elements.</summary>
    internal bool IsOpen { get; set; }

    public string? ClassName => GetAttribute("class");
    public string? Id => GetAttribute("id");

    public string? GetAttribute(string name)
    {
        // Read in place: the value's string is made once and kept (shared with clones of this element).
        foreach (ref var a in _attributes.AsSpan())
            if (a.LocalName == name) return a.CachedValue();
        return null;
    }

    /// <summary>The attribute's value without making a string; empty when the element lacks it.</summary>
    public ReadOnlySpan<char> AttributeSpan(string name)
    {
        foreach (ref readonly var a in _attributes.AsSpan())
            if (a.LocalName == name) return a.ValueSpan;
        return default;
    }

    public bool HasAttribute(string name)
    {
        foreach (ref readonly var a in _attributes.AsSpan())
            if (a.LocalName == name) return true;
        return false;
    }

    public HtmlElement? FirstElementChild
    {
        get
        {
            for (var n = _firstChild; n is not null; n = n.NextSibling) if (n is HtmlElement e) return e;
            return null;
        }
    }

    public HtmlElement? PreviousElementSibling
    {
        get
        {
            for (var n = PreviousSibling; n is not null; n = n.PreviousSibling) if (n is HtmlElement e) return e;
            return null;
        }
    }

    public HtmlElement? NextElementSibling
    {
        get
        {
            for (var n = NextSibling; n is not null; n = n.NextSibling) if (n is HtmlElement e) return e;
            return null;
        }
    }

    /// <summary>The element children, in order.</summary>
    public IEnumerable<HtmlElement> Children
    {
        get
        {
            for (var n = _firstChild; n is not null; n = n.NextSibling) if (n is HtmlElement e) yield return e;
        }
    }

    public int ChildElementCount
    {
        get
        {
            var count = 0;
            for (var n = _firstChild; n is not null; n = n.NextSibling) if (n is HtmlElement) count++;
            return count;
        }
    }

    /// <summary>The next element in document order inside <paramref name="root"/>, without recursion.</summary>
    public HtmlElement? NextElementInDocument(HtmlElement? root)
    {
        if (FirstElementChild is { } child) return child;
        for (HtmlElement? p = this; p is not null && p != root; p = p.Parent)
            if (p.NextElementSibling is { } sibling) return sibling;
        return null;
    }

    /// <summary>True when <paramref name="other"/> comes after this element in document order.</summary>
    public bool Precedes(HtmlElement other) => Order < other.Order;

    /// <summary>True when <paramref name="other"/> is this element or one of its descendants.</summary>
    public bool Contains(HtmlNode other)
    {
        for (HtmlNode? n = other; n is not null; n = n.Parent)
            if (n == this) return true;
        return false;
    }

    /// <summary>The nearest ancestor-or-self with the given local name.</summary>
    public HtmlElement? Closest(string localName)
    {
        for (var e = this; e is not null; e = e.Parent)
            if (e.LocalName == localName) return e;
        return null;
    }

    public override string TextContent
    {
        get
        {
            if (_firstChild is null) return "";
            if (_firstChild == _lastChild && _firstChild is HtmlText only) return only.Data;
            var sb = new StringBuilder();
            AppendText(sb);
            return sb.ToString();
        }
    }

    /// <summary>Appends the subtree's text in document order, without recursion (sibling and parent links lead the way).</summary>
    public void AppendText(StringBuilder sb)
    {
        var node = _firstChild;
        while (node is not null)
        {
            if (node is HtmlText t) sb.Append(t.DataSpan);
            else if (((HtmlElement)node)._firstChild is { } down) { node = down; continue; }
            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                if (node == this) return;
            }
            node = node?.NextSibling;
        }
    }

    internal void AppendChild(HtmlNode node)
    {
        node.Parent = this;
        node.NextSibling = null;
        node.PreviousSibling = _lastChild;
        if (_lastChild is null) _firstChild = node; else _lastChild.NextSibling = node;
        _lastChild = node;
    }

    /// <summary>Inserts <paramref name="node"/> just before <paramref name="reference"/>, a child of this element.</summary>
    internal void InsertBefore(HtmlNode node, HtmlNode reference)
    {
        var previous = reference.PreviousSibling;
        node.Parent = this;
        node.PreviousSibling = previous;
        node.NextSibling = reference;
        if (previous is null) _firstChild = node; else previous.NextSibling = node;
        reference.PreviousSibling = node;
    }

    internal void RemoveChild(HtmlNode node)
    {
        if (node.PreviousSibling is { } p) p.NextSibling = node.NextSibling; else _firstChild = node.NextSibling;
        if (node.NextSibling is { } n) n.PreviousSibling = node.PreviousSibling; else _lastChild = node.PreviousSibling;
        node.PreviousSibling = node.NextSibling = null;
        node.Parent = null;
    }

    internal void RemoveAllChildren()
    {
        for (var n = _firstChild; n is not null;)
        {
            var next = n.NextSibling;
            n.Parent = null;
            n.PreviousSibling = n.NextSibling = null;
            n = next;
        }
        _firstChild = _lastChild = null;
    }

    /// <summary>Adds attributes this element lacks (a second &lt;body&gt; or &lt;html&gt; tag adds to the first).</summary>
    internal void MergeAttributes(ReadOnlySpan<HtmlAttribute> attributes)
    {
        List<HtmlAttribute>? added = null;
        foreach (var a in attributes)
            if (!HasAttribute(a.LocalName)) (added ??= [.. _attributes.AsSpan()]).Add(a);
        if (added is not null) _attributes = added.ToArray();
    }

    /// <summary>The attributes as stored (clones made by the tree builder share them).</summary>
    internal ArraySegment<HtmlAttribute> AttributeArray => _attributes;

    /// <summary>Sets a released element up as a new one (see <see cref="DomNodePool"/>).</summary>
    internal HtmlElement Reuse(string localName, ArraySegment<HtmlAttribute> attributes, ElementNamespace ns)
    {
        LocalName = localName;
        _attributes = attributes;
        Namespace = ns;
        return this;
    }

    /// <summary>Drops every reference the element holds (links, attributes, template content), ready for reuse.</summary>
    internal void Forget()
    {
        Parent = null;
        NextSibling = PreviousSibling = null;
        _firstChild = _lastChild = null;
        _attributes = default;
        LocalName = "";
        Namespace = ElementNamespace.Html;
        TemplateContent = null;
        Order = 0;
        IsOpen = false;
    }

    /// <summary>Moves every child of this element, in order, to the end of <paramref name="target"/>.</summary>
    internal void MoveChildrenTo(HtmlElement target)
    {
        for (var n = _firstChild; n is not null;)
        {
            var next = n.NextSibling;
            target.AppendChild(n);
            n = next;
        }
        _firstChild = _lastChild = null;
    }
}
