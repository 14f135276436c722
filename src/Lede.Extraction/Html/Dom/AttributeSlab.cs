namespace Lede.Extraction.Html.Dom;

/// <summary>
/// A page's attributes, stored side by side in a few large arrays instead of one small array per element, and
/// kept per thread from one page to the next (a document takes a slab when parsed and gives it back when released;
/// a document never released keeps its slab, which is then simply collected). Bounded: at most
/// <see cref="MaxKeptChunks"/> arrays are kept.
/// </summary>
internal sealed class AttributeSlab
{
    // 1,024 attributes of 32 bytes: an array stays below the large-object heap's threshold.
    private const int ChunkSize = 1024;
    private const int MaxKeptChunks = 64;

    [ThreadStatic] private static AttributeSlab? _spare;

    private readonly List<HtmlAttribute[]> _chunks = [];
    private int _chunk;   // index of the chunk being filled
    private int _used;    // slots used in it

    /// <summary>The thread's spare slab, or a new one when a document still holds it.</summary>
    public static AttributeSlab Rent()
    {
        var slab = _spare ?? new AttributeSlab();
        _spare = null;
        return slab;
    }

    /// <summary>Takes back a released document's slab, forgetting every attribute in it.</summary>
    public static void Return(AttributeSlab slab)
    {
        slab.Clear();
        _spare = slab;
    }

    /// <summary>Copies <paramref name="attributes"/> into the slab; the slice stays valid until the slab is returned.</summary>
    public ArraySegment<HtmlAttribute> Store(List<HtmlAttribute> attributes)
    {
        var count = attributes.Count;
        // A tag with more attributes than a chunk holds (only hostile pages) gets an array of its own.
        if (count > ChunkSize) return new ArraySegment<HtmlAttribute>(attributes.ToArray());
        if (_chunks.Count == 0 || _used + count > ChunkSize)
        {
            if (_chunks.Count > 0) _chunk++;
            if (_chunk == _chunks.Count) _chunks.Add(new HtmlAttribute[ChunkSize]);
            _used = 0;
        }
        var chunk = _chunks[_chunk];
        attributes.CopyTo(chunk, _used);
        var slice = new ArraySegment<HtmlAttribute>(chunk, _used, count);
        _used += count;
        return slice;
    }

    private void Clear()
    {
        for (var i = 0; i <= _chunk && i < _chunks.Count; i++)
            Array.Clear(_chunks[i], 0, i == _chunk ? _used : ChunkSize);
        if (_chunks.Count > MaxKeptChunks) _chunks.RemoveRange(MaxKeptChunks, _chunks.Count - MaxKeptChunks);
        _chunk = 0;
        _used = 0;
    }
}
