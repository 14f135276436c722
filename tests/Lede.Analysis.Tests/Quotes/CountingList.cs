using System.Collections;

namespace Lede.Analysis.Tests.Quotes;

/// <summary>A list that counts how many of its items were read, by index or by enumeration.</summary>
internal sealed class CountingList<T>(List<T> items) : IReadOnlyList<T>
{
    public long Reads { get; private set; }

    public T this[int index]
    {
        get { Reads++; return items[index]; }
    }

    public int Count => items.Count;

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in items)
        {
            Reads++;
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
