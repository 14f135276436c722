using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Entities;

/// <summary>
/// A read-only map from 64-bit feature hashes to small values (at most 8 bytes), laid out for per-token lookups:
/// open addressing over cache-line buckets of four keys and their four values, so the already-hashed key is not
/// hashed again and a lookup reads one cache line (a dictionary reads its bucket array, then its entry array). A
/// bucket's four keys are compared at once and an empty slot holds the default value, so <see cref="GetValueOrDefault"/>
/// has no branch on whether the key is known: the quote models' lookups hit and miss unpredictably, and a mispredicted
/// branch cost more than the slot read. Holds the tagger's word lexicons (byte classes) and the quote models' weights (floats).
/// </summary>
internal sealed unsafe class HashedTable<TValue> where TValue : unmanaged
{
    private const int SlotsPerBucket = 4;
    private const int BucketBytes = 64;
    private const int ValuesOffset = SlotsPerBucket * sizeof(ulong);

    // Pinned, so the buckets can be addressed from a cache-line-aligned pointer into the array for the object's lifetime.
    private readonly byte[] _storage;
    private readonly byte* _buckets;
    // Slots are numbered across buckets; a probe runs on from its bucket's first slot.
    private readonly int _mask;
    // A key's bucket is read from its top bits: keys whose low bits are all alike would crowd into few buckets.
    private readonly int _shift;
    // Key 0 marks an empty slot; an entry whose hash is 0 is kept aside.
    private readonly bool _hasZeroKey;
    private readonly TValue _zeroKeyValue;

    public HashedTable(IReadOnlyDictionary<ulong, TValue> entries)
    {
        if (sizeof(TValue) > sizeof(ulong)) throw new NotSupportedException("Values of at most 8 bytes fit a bucket.");
        var buckets = 4;
        while (buckets * SlotsPerBucket < entries.Count * 2) buckets <<= 1;
        _storage = GC.AllocateArray<byte>(buckets * BucketBytes + BucketBytes, pinned: true);
        var address = (nint)Unsafe.AsPointer(ref _storage[0]);
        _buckets = (byte*)(address + ((BucketBytes - (int)(address & (BucketBytes - 1))) & (BucketBytes - 1)));
        _mask = buckets * SlotsPerBucket - 1;
        _shift = 64 - BitOperations.Log2((uint)buckets);
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                (_hasZeroKey, _zeroKeyValue) = (true, value);
                continue;
            }
            var i = Home(key);
            while (*Key(i) != 0) i = (i + 1) & _mask;
            *Key(i) = key;
            *Value(i) = value;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key >> _shift) * SlotsPerBucket;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong* Key(int slot) => (ulong*)(_buckets + (slot / SlotsPerBucket) * BucketBytes) + slot % SlotsPerBucket;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TValue* Value(int slot) => (TValue*)(_buckets + (slot / SlotsPerBucket) * BucketBytes + ValuesOffset) + slot % SlotsPerBucket;

    /// <summary>The value stored for <paramref name="key"/>, or the default (0), found without a branch on which.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue GetValueOrDefault(ulong key) => key == 0 ? _zeroKeyValue : *Value(Slot(key));

    /// <summary>The value stored for <paramref name="key"/>, or false when the table has none.</summary>
    public bool TryGet(ulong key, out TValue value)
    {
        if (key == 0)
        {
            value = _zeroKeyValue;
            return _hasZeroKey;
        }
        var slot = Slot(key);
        value = *Value(slot);
        return *Key(slot) == key;
    }

    /// <summary>The slot holding <paramref name="key"/> (not 0), or the empty slot that ends its probe sequence (whose value is the default).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key)
    {
        var i = Home(key);
        var keys = Vector256.Load((ulong*)(_buckets + (i / SlotsPerBucket) * BucketBytes));
        var found = (Vector256.Equals(keys, Vector256.Create(key)) | Vector256.Equals(keys, Vector256<ulong>.Zero)).ExtractMostSignificantBits();
        return found != 0 ? i + BitOperations.TrailingZeroCount(found) : SlotPast(key, (i + SlotsPerBucket) & _mask);
    }

    // A probe sequence longer than a bucket (its bucket full), one slot at a time: the key's slot or the empty one that ends it.
    private int SlotPast(ulong key, int i)
    {
        while (*Key(i) != key && *Key(i) != 0) i = (i + 1) & _mask;
        return i;
    }

    /// <summary>Asks the processor for the buckets of <paramref name="keys"/> before they are read, so their cache misses overlap.</summary>
    public void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        foreach (var key in keys) Sse.Prefetch0(_buckets + (Home(key) / SlotsPerBucket) * BucketBytes);
    }
}
