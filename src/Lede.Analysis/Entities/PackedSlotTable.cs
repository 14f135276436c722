using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Entities;

/// <summary>
/// A read-only map from 64-bit hashes to small values in 8-byte slots: the value's bits under the key's low bits (its
/// fingerprint), eight slots to a cache-line bucket chosen by the key's top bits. A bucket's eight slots are compared at
/// once and an empty slot (0) ends the probe, so a lookup has no branch on whether the key is known; a key the table does
/// not hold matches a stored one only when their fingerprints agree. Shared by the tagger's byte tables
/// (<see cref="ByteLookupTable"/>) and the quote models' half-precision weights (<see cref="Quotes.HalfWeightTable"/>),
/// which decide what a value means and what to do with keys the layout cannot hold.
/// </summary>
internal sealed unsafe class PackedSlotTable
{
    private const int SlotsPerBucket = 8;
    private const int BucketBytes = 64;

    // Pinned, so the buckets can be addressed from a cache-line-aligned pointer into the array for the object's lifetime.
    private readonly byte[] _storage;
    private readonly ulong* _slots;
    private readonly int _mask;
    // A key's bucket is read from its top bits.
    private readonly int _shift;
    private readonly int _valueBits;
    private readonly ulong _fingerprintMask;

    private PackedSlotTable(int count, int valueBits)
    {
        var buckets = 4;
        // At most half the slots used, as in HashedTable.
        while (buckets * SlotsPerBucket < count * 2) buckets <<= 1;
        _storage = GC.AllocateArray<byte>(buckets * BucketBytes + BucketBytes, pinned: true);
        var address = (nint)Unsafe.AsPointer(ref _storage[0]);
        _slots = (ulong*)(address + ((BucketBytes - (int)(address & (BucketBytes - 1))) & (BucketBytes - 1)));
        _mask = buckets * SlotsPerBucket - 1;
        _shift = 64 - BitOperations.Log2((uint)buckets);
        _valueBits = valueBits;
        _fingerprintMask = (1UL << (64 - valueBits)) - 1;
    }

    /// <summary>
    /// The table of <paramref name="entries"/> (<paramref name="count"/> of them, each value under
    /// 2^<paramref name="valueBits"/>), or null when one does not fit: a key whose fingerprint is 0 (an empty slot's), or
    /// two keys with the same fingerprint on one probe (a lookup of one would read the other). With
    /// <paramref name="keepFirst"/> the second of two such keys is left out instead (for lists where a repeated key
    /// is a repeated entry and the first one wins); <see cref="Count"/> says how many entries were kept.
    /// </summary>
    public static PackedSlotTable? TryCreate(IEnumerable<(ulong Key, ulong Value)> entries, int count, int valueBits, bool keepFirst = false)
    {
        var table = new PackedSlotTable(count, valueBits);
        foreach (var (key, value) in entries)
        {
            var fingerprint = table.Fingerprint(key);
            if (fingerprint == 0) return null;
            var i = table.Home(key);
            while (table._slots[i] != 0 && table._slots[i] >> valueBits != fingerprint) i = (i + 1) & table._mask;
            if (table._slots[i] != 0)
            {
                if (keepFirst) continue;
                return null;
            }
            table._slots[i] = fingerprint << valueBits | value;
            table.Count++;
        }
        return table;
    }

    /// <summary>Entries stored.</summary>
    public int Count { get; private set; }

    /// <summary>The low bits of <paramref name="key"/> that a slot stores; 0 marks an empty slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Fingerprint(ulong key) => key & _fingerprintMask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key >> _shift) * SlotsPerBucket;

    /// <summary>
    /// The value stored for <paramref name="key"/>, or 0; the caller keeps keys whose <see cref="Fingerprint"/> is 0
    /// apart (no stored key has one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong GetValueOrDefault(ulong key)
    {
        var fingerprint = Fingerprint(key);
        var i = Home(key);
        var bucket = _slots + i;
        var wanted = Vector256.Create(fingerprint);
        var low = Vector256.ShiftRightLogical(Vector256.Load(bucket), _valueBits);
        var high = Vector256.ShiftRightLogical(Vector256.Load(bucket + 4), _valueBits);
        // An empty slot (0) ends the probe: its value is 0.
        var found = (Vector256.Equals(low, wanted) | Vector256.Equals(low, Vector256<ulong>.Zero)).ExtractMostSignificantBits()
            | (Vector256.Equals(high, wanted) | Vector256.Equals(high, Vector256<ulong>.Zero)).ExtractMostSignificantBits() << 4;
        var slot = found != 0 ? bucket[BitOperations.TrailingZeroCount(found)] : SlotPast(fingerprint, (i + SlotsPerBucket) & _mask);
        return slot & ~(_fingerprintMask << _valueBits);
    }

    // A probe sequence longer than a bucket (its bucket full), one slot at a time.
    private ulong SlotPast(ulong fingerprint, int i)
    {
        while (_slots[i] >> _valueBits is var f && f != fingerprint && f != 0) i = (i + 1) & _mask;
        return _slots[i];
    }

    /// <summary>Asks the processor for the bucket of <paramref name="key"/> before it is read, so its cache miss overlaps other work.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key)
    {
        if (Sse.IsSupported) Sse.Prefetch0(_slots + Home(key));
    }

    /// <summary>Asks the processor for the buckets of <paramref name="keys"/> before they are read, so their cache misses overlap.</summary>
    public void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        foreach (var key in keys) Sse.Prefetch0(_slots + Home(key));
    }
}
