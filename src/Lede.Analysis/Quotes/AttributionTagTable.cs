using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Quotes;

/// <summary>
/// The <see cref="AttributionTagger"/>'s weight rows by feature, laid out for its per-token lookups: open addressing
/// over 32-byte slots (a row's five weights, then its key), two to a cache-line-aligned bucket. A key starts its
/// probe at its bucket's first slot, so most lookups read one cache line; the slot is chosen without a branch on
/// whether the feature is known (an empty slot's weights are 0), and the five weights are read as one vector.
/// </summary>
internal sealed unsafe class AttributionTagTable
{
    [StructLayout(LayoutKind.Sequential, Size = 32)]
    private struct Slot
    {
        public AttributionTagWeights Weights;
        private readonly float _unused;
        public ulong Key;
    }

    private const int SlotsPerBucket = 2;

    // Pinned, so the slots can be addressed from a cache-line-aligned pointer into the array for the object's lifetime.
    private readonly byte[] _storage;
    private readonly Slot* _slots;
    private readonly int _mask;
    // A key's bucket is read from its top bits: its low bits hold a tag (AttributionTagFeatures.TagBits).
    private readonly int _shift;
    // Key 0 marks an empty slot; a row whose feature hashes to 0 is kept aside, in the slot past the last.
    private readonly Slot* _zeroKey;

    public AttributionTagTable(IReadOnlyDictionary<ulong, AttributionTagWeights> rows)
    {
        var buckets = 8;
        while (buckets < rows.Count) buckets <<= 1;
        var capacity = buckets * SlotsPerBucket;
        _storage = GC.AllocateArray<byte>((capacity + 1) * sizeof(Slot) + 64, pinned: true);
        var address = (nint)Unsafe.AsPointer(ref _storage[0]);
        _slots = (Slot*)(address + ((64 - (int)(address & 63)) & 63));
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)buckets);
        _zeroKey = _slots + capacity;
        foreach (var (key, weights) in rows)
        {
            if (key == 0)
            {
                _zeroKey->Weights = weights;
                continue;
            }
            var i = Home(key);
            while (_slots[i].Key != 0) i = (i + 1) & _mask;
            _slots[i].Key = key;
            _slots[i].Weights = weights;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key >> _shift) * SlotsPerBucket;

    /// <summary>The weights of <paramref name="key"/> as the first five lanes of a vector (the others 0); zeros for an unknown key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Weights(ulong key) => Vector256.Load((float*)Find(key)) & WeightLanes;

    // The slot's other bytes (its key) would be arbitrary floats, some of them slow to add (subnormals): masked to 0.
    private static readonly Vector256<float> WeightLanes = Vector256.Create(-1, -1, -1, -1, -1, 0, 0, 0).AsSingle();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Slot* Find(ulong key)
    {
        if (key == 0) return _zeroKey;
        var i = Home(key);
        var bucket = _slots + i;
        var first = bucket[0].Key;
        var second = bucket[1].Key;
        var inFirst = first == key | first == 0;
        if (!inFirst && second != key && second != 0) return FindPast(key, (i + SlotsPerBucket) & _mask);
        return inFirst ? bucket : bucket + 1;
    }

    // A probe sequence longer than the bucket, one slot at a time.
    private Slot* FindPast(ulong key, int i)
    {
        while (_slots[i].Key != key && _slots[i].Key != 0) i = (i + 1) & _mask;
        return _slots + i;
    }

    /// <summary>Asks the processor for the buckets of <paramref name="keys"/> before they are read, so their cache misses overlap.</summary>
    public void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        foreach (var key in keys) Sse.Prefetch0(_slots + Home(key));
    }
}
