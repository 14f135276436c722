using System.Collections;

namespace Lede.Extraction.Html;

/// <summary>
/// A light-tree node's children: a slice of the thread's child slab (see <see cref="ContentNodePool"/>), where each
/// node's children sit side by side, so walking them reads one run of memory instead of a list object and its array.
/// </summary>
internal readonly struct ContentChildren : IReadOnlyList<ContentNode>
{
    private readonly ContentNode[] _nodes;
    private readonly int _start;

    public ContentChildren(ContentNode[] nodes, int start, int count)
    {
        _nodes = nodes;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public ContentNode this[int index] =>
        (uint)index < (uint)Count ? _nodes[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The child's position, or -1 when <paramref name="node"/> is not a child.</summary>
    public int IndexOf(ContentNode node)
    {
        var at = Array.IndexOf(_nodes, node, _start, Count);
        return at < 0 ? -1 : at - _start;
    }

    public ReadOnlySpan<ContentNode> AsSpan() => new(_nodes, _start, Count);

    public ReadOnlySpan<ContentNode>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<ContentNode> IEnumerable<ContentNode>.GetEnumerator() => new ArraySegment<ContentNode>(_nodes, _start, Count).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<ContentNode>)this).GetEnumerator();
}
