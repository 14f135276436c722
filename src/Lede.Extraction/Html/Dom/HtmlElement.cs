using System.Text;

namespace Lede.Extraction.Html.Dom;

/// <summary>An element: lower-case local name, attributes in source order, child nodes, document-order position.</summary>
internal sealed class HtmlElement : HtmlNode
{
    private static readonly HtmlAttribute[] NoAttributes = [];
    private static readonly List<HtmlNode> NoChildren = [];
    private List<HtmlNode>? _children;
    private HtmlAttribute[] _attributes;

    public HtmlElement(string localName, HtmlAttribute[]? attributes, ElementNamespace ns = ElementNamespace.Html)
    {
        LocalName = localName;
        _attributes = attributes is { Length: > 0 } ? attributes : NoAttributes;
        Namespace = ns;
    }

    public string LocalName { get; }
    public ElementNamespace Namespace { get; }
    /// <summary>An SVG or MathML element (its content is markup even inside &lt;title&gt; or &lt;style&gt;).</summary>
    public bool IsForeign => Namespace != ElementNamespace.Html;
    /// <summary>An HTML element named <paramref name="name"/>.</summary>
    public bool IsHtml(string name) => Namespace == ElementNamespace.Html && LocalName == name;
    public ReadOnlySpan<HtmlAttribute> Attributes => _attributes;
    public IReadOnlyList<HtmlNode> ChildNodes => _children ?? NoChildren;
    public bool HasChildNodes => _children is { Count: > 0 };
    public HtmlNode? FirstChild => _children is { Count: > 0 } c ? c[0] : null;
    public HtmlNode? LastChild => _children is { Count: > 0 } c ? c[^1] : null;

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
        foreach (ref readonly var a in _attributes.AsSpan())
            if (a.LocalName == name) return a.Value;
        return null;
    }

    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    public HtmlElement? FirstElementChild
    {
        get
        {
            if (_children is null) return null;
            foreach (var c in _children) if (c is HtmlElement e) return e;
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

    public HtmlElement? PreviousElementSibling
    {
        get
        {
            for (var n = PreviousSibling; n is not null; n = n.PreviousSibling) if (n is HtmlElement e) return e;
            return null;
        }
    }

    /// <summary>The element children, in order.</summary>
    public IEnumerable<HtmlElement> Children
    {
        get
        {
            if (_children is null) yield break;
            foreach (var c in _children) if (c is HtmlElement e) yield return e;
        }
    }

    public int ChildElementCount
    {
        get
        {
            var n = 0;
            if (_children is not null) foreach (var c in _children) if (c is HtmlElement) n++;
            return n;
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

    /// <summary>True when this element is <paramref name="other"/> or one of its ancestors.</summary>
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
            if (_children is null) return "";
            if (_children.Count == 1 && _children[0] is HtmlText only) return only.Data;
            var sb = new StringBuilder();
            AppendText(sb);
            return sb.ToString();
        }
    }

    /// <summary>Appends the subtree's text without recursion.</summary>
    public void AppendText(StringBuilder sb)
    {
        if (_children is null) return;
        var stack = new Stack<HtmlNode>();
        for (var i = _children.Count - 1; i >= 0; i--) stack.Push(_children[i]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is HtmlText t) { sb.Append(t.Data); continue; }
            var children = ((HtmlElement)node)._children;
            if (children is null) continue;
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    internal void AppendChild(HtmlNode node)
    {
        var children = _children ??= [];
        if (children.Count > 0)
        {
            var last = children[^1];
            last.NextSibling = node;
            node.PreviousSibling = last;
        }
        node.Parent = this;
        children.Add(node);
    }

    /// <summary>Inserts <paramref name="node"/> just before <paramref name="reference"/>, a child of this element.</summary>
    internal void InsertBefore(HtmlNode node, HtmlNode reference)
    {
        var children = _children!;
        var at = children.IndexOf(reference);
        var previous = reference.PreviousSibling;
        node.PreviousSibling = previous;
        node.NextSibling = reference;
        if (previous is not null) previous.NextSibling = node;
        reference.PreviousSibling = node;
        node.Parent = this;
        children.Insert(at, node);
    }

    internal void RemoveChild(HtmlNode node)
    {
        var children = _children!;
        children.Remove(node);
        if (node.PreviousSibling is { } p) p.NextSibling = node.NextSibling;
        if (node.NextSibling is { } n) n.PreviousSibling = node.PreviousSibling;
        node.PreviousSibling = node.NextSibling = null;
        node.Parent = null;
    }

    internal void RemoveAllChildren()
    {
        if (_children is null) return;
        foreach (var c in _children) { c.Parent = null; c.PreviousSibling = c.NextSibling = null; }
        _children.Clear();
    }

    /// <summary>Adds attributes this element lacks (a second &lt;body&gt; or &lt;html&gt; tag adds to the first).</summary>
    internal void MergeAttributes(ReadOnlySpan<HtmlAttribute> attributes)
    {
        List<HtmlAttribute>? added = null;
        foreach (var a in attributes)
            if (!HasAttribute(a.LocalName)) (added ??= [.. _attributes]).Add(a);
        if (added is not null) _attributes = [.. added];
    }

    internal HtmlAttribute[] AttributeArray => _attributes;

    /// <summary>Moves every child of this element, in order, to the end of <paramref name="target"/>.</summary>
    internal void MoveChildrenTo(HtmlElement target)
    {
        if (_children is null) return;
        var moved = _children;
        _children = null;
        foreach (var c in moved)
        {
            c.PreviousSibling = c.NextSibling = null;
            target.AppendChild(c);
        }
    }
}
