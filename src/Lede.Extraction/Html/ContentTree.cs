namespace Lede.Extraction.Html;

/// <summary>The light tree of a page: its root (body) and every element in document order.</summary>
internal sealed record ContentTree(ContentNode Root, IReadOnlyList<ContentNode> Elements)
{
    /// <summary>The pool whose nodes [FirstNode, NodeEnd) the tree took; null for a tree built otherwise.</summary>
    internal ContentNodePool? Pool { get; init; }
    internal int FirstNode { get; init; }
    internal int NodeEnd { get; init; }
    /// <summary>Set once the nodes are given back: a second release must not take back another page's nodes.</summary>
    internal bool Released { get; set; }
}
