namespace Lede.Extraction.Html.Dom;

/// <summary>
/// A node of Lede's own HTML tree: an element or a run of text. Built once by <see cref="Parsing.HtmlTreeBuilder"/>
/// and only read afterwards; siblings are linked both ways so no walk has to search its parent's list.
/// </summary>
internal abstract class HtmlNode
{
    /// <summary>The parent element; null for the root and for nodes inside a &lt;template&gt;'s inert content.</summary>
    public HtmlElement? Parent { get; internal set; }
    public HtmlElement? ParentElement => Parent;
    public HtmlNode? NextSibling { get; internal set; }
    public HtmlNode? PreviousSibling { get; internal set; }

    /// <summary>The text of the node and everything under it, in document order.</summary>
    public abstract string TextContent { get; }
}
