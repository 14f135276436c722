namespace Lede.Extraction.Html;

/// <summary>
/// Light-tree nodes kept per thread from one page to the next. A page's light tree is about a quarter of
/// everything extraction allocates, and it lives through every garbage collection the page triggers, so
/// building it from released nodes spares both the allocation and the copying. Bounded: at most
/// <see cref="MaxPooledNodes"/> nodes are kept per thread; a larger tree allocates the rest.
/// </summary>
/// <remarks>
/// Nodes are handed out in list order and a tree notes where its nodes start and end: giving back the thread's
/// latest tree is one pass over that range (no walk of the tree's child lists), and the next page takes the same
/// nodes in the same order. A tree given back out of order (or on another thread) is cleared node by node and its
/// range stays taken: correct, only less pooled.
/// </remarks>
internal sealed class ContentNodePool
{
    private const int MaxPooledNodes = 1 << 16;
    private const int MaxKeptListCapacity = 1 << 16;

    [ThreadStatic] private static ContentNodePool? _current;

    private readonly List<ContentNode> _nodes = [];
    private int _used;
    private List<ContentNode>? _spareElements;

    public static ContentNodePool Current => _current ??= new ContentNodePool();

    /// <summary>Where the next node will come from.</summary>
    public int Mark => _used;

    public ContentNode Rent()
    {
        if (_used < _nodes.Count) return _nodes[_used++];
        var node = new ContentNode();
        if (_nodes.Count < MaxPooledNodes)
        {
            _nodes.Add(node);
            _used++;
        }
        return node;
    }

    /// <summary>A cleared element list of at least <paramref name="capacity"/>.</summary>
    public List<ContentNode> RentElementList(int capacity)
    {
        var list = _spareElements ?? new List<ContentNode>(capacity);
        _spareElements = null;
        list.EnsureCapacity(capacity);
        return list;
    }

    /// <summary>Takes back every node of a tree nobody reads any more (elements and the text under them).</summary>
    public void Return(ContentTree tree)
    {
        if (tree.Released || tree.Elements is not List<ContentNode> elements) return;
        tree.Released = true;
        if (tree.Pool == this && tree.NodeEnd == _used) Rewind(tree.FirstNode);
        else
        {
            foreach (var element in elements)
            {
                if (element.Children is { } children)
                    foreach (var child in children)
                        if (child.IsText) child.Clear();
                element.Clear();
            }
        }
        elements.Clear();
        if (elements.Capacity <= MaxKeptListCapacity) _spareElements = elements;
    }

    /// <summary>Clears every node handed out since <paramref name="mark"/> and hands them out again from there.</summary>
    public void Rewind(int mark)
    {
        for (var i = mark; i < _used; i++) _nodes[i].Clear();
        _used = mark;
    }
}
