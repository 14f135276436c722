namespace Lede.Extraction.Html;

/// <summary>
/// Light-tree nodes kept per thread from one page to the next. A page's light tree is about a quarter of
/// everything extraction allocates, and it lives through every garbage collection the page triggers, so
/// building it from released nodes spares both the allocation and the copying. Bounded: at most
/// <see cref="MaxPooledNodes"/> nodes are kept per thread; a larger tree allocates the rest.
/// </summary>
internal sealed class ContentNodePool
{
    private const int MaxPooledNodes = 1 << 16;
    private const int MaxKeptListCapacity = 1 << 16;

    [ThreadStatic] private static ContentNodePool? _current;

    private readonly Stack<ContentNode> _free = new();
    private List<ContentNode>? _spareElements;

    public static ContentNodePool Current => _current ??= new ContentNodePool();

    public ContentNode Rent() => _free.TryPop(out var node) ? node : new ContentNode();

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
        if (tree.Elements is not List<ContentNode> elements) return;
        foreach (var element in elements)
        {
            if (element.Children is { } children)
                foreach (var child in children)
                    if (child.IsText) Keep(child);
            Keep(element);
        }
        elements.Clear();
        if (elements.Capacity <= MaxKeptListCapacity) _spareElements = elements;
    }

    private void Keep(ContentNode node)
    {
        node.Clear();
        if (_free.Count < MaxPooledNodes) _free.Push(node);
    }
}
