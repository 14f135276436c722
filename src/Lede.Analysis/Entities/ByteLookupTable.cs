using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Lede.Analysis.Entities;

/// <summary>
/// A read-only map from 64-bit hashes to bytes (the tagger's casing lexicon and name gazetteer), in 8-byte slots: the
/// value under 56 bits of the key, eight slots to a cache-line bucket, a quarter of the memory of a
/// <see cref="HashedTable{TValue}"/>'s (key, value) buckets, so more of it stays in cache for the per-token lookups. A
/// bucket's eight slots are compared at once and an empty slot reads 0, so a lookup has no branch on whether the key
/// is known. A key the table does not hold matches a stored one only when those 56 bits agree (odds of 2^-56 per slot
/// compared); when a stored key's probe meets another with the same 56 bits (or a key has none set), the entries are
/// kept in a <see cref="HashedTable{TValue}"/>.
/// </summary>
internal sealed unsafe class ByteLookupTable
{
    private const int SlotsPerBucket = 8;
    private const int BucketBytes = 64;
    private const int ValueBits = 8;
    private const ulong FingerprintMask = (1UL << 56) - 1;

    // Pinned, so the buckets can be addressed from a cache-line-aligned pointer into the array for the object's lifetime.
    private readonly byte[] _storage;
    private readonly ulong* _slots;
    private readonly int _mask;
    // A key's bucket is read from its top bits, its fingerprint from its low 56.
    private readonly int _shift;
    // Entries whose fingerprints are not all distinct and non-zero.
    private readonly HashedTable<byte>? _fallback;

    public ByteLookupTable(IReadOnlyDictionary<ulong, byte> entries)
    {
        var buckets = 4;
        // At most half the slots used, as in HashedTable.
        while (buckets * SlotsPerBucket < entries.Count * 2) buckets <<= 1;
        _storage = GC.AllocateArray<byte>(buckets * BucketBytes + BucketBytes, pinned: true);
        var address = (nint)Unsafe.AsPointer(ref _storage[0]);
        _slots = (ulong*)(address + ((BucketBytes - (int)(address & (BucketBytes - 1))) & (BucketBytes - 1)));
        _mask = buckets * SlotsPerBucket - 1;
        _shift = 64 - BitOperations.Log2((uint)buckets);
        foreach (var (key, value) in entries)
        {
            var fingerprint = Fingerprint(key);
            var i = Home(key);
            // A lookup of this key reads the slots its insertion probe passes: one of them holding the same fingerprint
            // (or a key with none) would be read as its own, so such entries go to a HashedTable instead.
            while (_slots[i] != 0 && _slots[i] >> ValueBits != fingerprint) i = (i + 1) & _mask;
            if (fingerprint == 0 || _slots[i] != 0)
            {
                _fallback = new HashedTable<byte>(entries);
                _storage = [];
                _slots = null;
                return;
            }
            _slots[i] = fingerprint << ValueBits | value;
        }
    }

    /// <summary>Whether the entries are kept in 8-byte slots (no fingerprint 0, none met on another's probe).</summary>
    public bool IsCompact => _fallback is null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fingerprint(ulong key) => key & FingerprintMask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key >> _shift) * SlotsPerBucket;

    /// <summary>The value stored for <paramref name="key"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte GetValueOrDefault(ulong key)
    {
        if (_fallback is not null) return _fallback.GetValueOrDefault(key);
        var fingerprint = Fingerprint(key);
        // No stored key has a fingerprint of 0 (an empty slot's): such a key is unknown.
        if (fingerprint == 0) return 0;
        var i = Home(key);
        var bucket = _slots + i;
        var wanted = Vector256.Create(fingerprint);
        var low = Vector256.ShiftRightLogical(Vector256.Load(bucket), ValueBits);
        var high = Vector256.ShiftRightLogical(Vector256.Load(bucket + 4), ValueBits);
        // An empty slot (0) ends the probe: its value is 0.
        var found = (Vector256.Equals(low, wanted) | Vector256.Equals(low, Vector256<ulong>.Zero)).ExtractMostSignificantBits()
            | (Vector256.Equals(high, wanted) | Vector256.Equals(high, Vector256<ulong>.Zero)).ExtractMostSignificantBits() << 4;
        return (byte)(found != 0 ? bucket[BitOperations.TrailingZeroCount(found)] : SlotPast(fingerprint, (i + SlotsPerBucket) & _mask));
    }

    // A probe sequence longer than a bucket (its bucket full), one slot at a time.
    private ulong SlotPast(ulong fingerprint, int i)
    {
        while (_slots[i] >> ValueBits is var f && f != fingerprint && f != 0) i = (i + 1) & _mask;
        return _slots[i];
    }
}
