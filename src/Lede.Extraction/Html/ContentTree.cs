namespace Lede.Extraction.Html;

/// <summary>The light tree of a page: its root (body) and every element in document order.</summary>
internal sealed record ContentTree(ContentNode Root, IReadOnlyList<ContentNode> Elements)
{
    /// <summary>The pool the tree's nodes and children came from, between <see cref="Start"/> and <see cref="End"/>; null for a tree built otherwise.</summary>
    internal ContentNodePool? Pool { get; init; }
    internal ContentPoolMark Start { get; init; }
    internal ContentPoolMark End { get; init; }
    /// <summary>Set once the nodes are given back: a second release must not take back another page's nodes.</summary>
    internal bool Released { get; set; }
}
