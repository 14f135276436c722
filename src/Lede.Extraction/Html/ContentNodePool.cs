namespace Lede.Extraction.Html;

/// <summary>
/// Light-tree nodes and their child slab, kept per thread from one page to the next. A page's light tree is about a
/// quarter of everything extraction allocates, and it lives through every garbage collection the page triggers, so
/// building it from released nodes spares both the allocation and the copying. Bounded: at most
/// <see cref="MaxPooledNodes"/> nodes and <see cref="MaxKeptChunks"/> slab chunks are kept per thread; a larger tree
/// allocates the rest.
/// </summary>
/// <remarks>
/// Nodes are handed out in list order and a tree notes where it started and ended (<see cref="ContentPoolMark"/>):
/// giving back the thread's latest tree is one pass over its range (no walk of the tree), and the next page takes the
/// same nodes in the same order. Each node's children are laid side by side in the slab when the node is complete
/// (<see cref="ContentChildren"/>). A tree given back out of order (or on another thread) is cleared node by node and
/// its range stays taken: correct, only less pooled.
/// </remarks>
internal sealed class ContentNodePool
{
    private const int MaxPooledNodes = 1 << 16;
    private const int MaxKeptListCapacity = 1 << 16;
    private const int ChunkSize = 8192;
    private const int MaxKeptChunks = 16;

    [ThreadStatic] private static ContentNodePool? _current;

    private readonly List<ContentNode> _nodes = [];
    private int _used;
    private List<ContentNode>? _spareElements;

    // Children of the nodes still open in the builder's walk, waiting for their parent to be complete.
    private ContentNode[] _pending = new ContentNode[256];
    private int _pendingCount;

    // The child slab: chunks filled one after the other; _chunk == _chunks.Count means a chunk beyond those kept.
    private readonly List<ContentNode[]> _chunks = [];
    private ContentNode[]? _filling;
    private int _chunk = -1;
    private int _chunkUsed;

    public static ContentNodePool Current => _current ??= new ContentNodePool();

    /// <summary>Where the next node and the next children will go.</summary>
    public ContentPoolMark Mark => new(_used, _chunk, _chunkUsed);

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

    /// <summary>How many children wait on the pending stack (a node opened now has its children from here).</summary>
    public int PendingCount => _pendingCount;

    /// <summary>Adds a child of the node being built.</summary>
    public void Push(ContentNode child)
    {
        if (_pendingCount == _pending.Length) Array.Resize(ref _pending, _pending.Length * 2);
        _pending[_pendingCount++] = child;
    }

    /// <summary>Lays the children pushed since <paramref name="from"/> side by side in the slab; null when there are none.</summary>
    public ContentChildren? TakeChildren(int from)
    {
        var count = _pendingCount - from;
        if (count <= 0) return null;
        ContentNode[] target;
        int at;
        if (count > ChunkSize)
        {
            // More children than a chunk holds (only hostile pages): an array of their own.
            target = new ContentNode[count];
            at = 0;
        }
        else
        {
            if (_filling is null || _chunkUsed + count > ChunkSize) NextChunk();
            target = _filling!;
            at = _chunkUsed;
            _chunkUsed += count;
        }
        Array.Copy(_pending, from, target, at, count);
        _pendingCount = from;
        return new ContentChildren(target, at, count);
    }

    private void NextChunk()
    {
        if (_chunk + 1 < _chunks.Count) _filling = _chunks[++_chunk];
        else if (_chunks.Count < MaxKeptChunks)
        {
            _chunks.Add(_filling = new ContentNode[ChunkSize]);
            _chunk = _chunks.Count - 1;
        }
        else
        {
            _filling = new ContentNode[ChunkSize];
            _chunk = _chunks.Count;
        }
        _chunkUsed = 0;
    }

    /// <summary>Takes back every node of a tree nobody reads any more (elements and the text under them).</summary>
    public void Return(ContentTree tree)
    {
        if (tree.Released || tree.Elements is not List<ContentNode> elements) return;
        tree.Released = true;
        if (tree.Pool == this && tree.End == Mark) Rewind(tree.Start);
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

    /// <summary>Clears every node handed out since <paramref name="mark"/> and hands nodes and slab out again from there.</summary>
    public void Rewind(ContentPoolMark mark)
    {
        for (var i = mark.Node; i < _used; i++) _nodes[i].Clear();
        _used = mark.Node;
        _chunk = mark.Chunk;
        _chunkUsed = mark.ChunkUsed;
        // A mark inside a chunk beyond those kept cannot be filled again: the next children start a new chunk.
        _filling = mark.Chunk >= 0 && mark.Chunk < _chunks.Count ? _chunks[mark.Chunk] : null;
        _pendingCount = 0;
    }
}
