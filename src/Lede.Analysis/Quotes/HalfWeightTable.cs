using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Feature weights that are all halves (a quote model read from its file), in 8-byte slots: the weight's 16 bits under
/// 48 bits of the key, eight slots to a cache-line bucket, a quarter of the memory of <see cref="Entities.HashedTable{TValue}"/>'s
/// (key, float) buckets: the table is read at random, a likely cache miss per feature. A bucket's eight slots are
/// compared at once and an empty slot reads as +0, so a lookup has no branch on whether the key is known. A feature the
/// model does not know matches a stored one only when those 48 bits agree (odds of 2^-48 per slot compared); no stored
/// key meets another with the same 48 bits on its probe (<see cref="TryCreate"/> refuses weights whose keys would).
/// </summary>
internal sealed unsafe class HalfWeightTable
{
    private const int SlotsPerBucket = 8;
    private const int BucketBytes = 64;
    private const int ValueBits = 16;
    private const ulong FingerprintMask = (1UL << 48) - 1;

    // Pinned, so the buckets can be addressed from a cache-line-aligned pointer into the array for the object's lifetime.
    private readonly byte[] _storage;
    private readonly ulong* _slots;
    private readonly int _mask;
    // A key's bucket is read from its top bits, its fingerprint from its low 48.
    private readonly int _shift;
    // A fingerprint of 0 marks an empty slot: a key whose low 48 bits are 0 is kept aside.
    private ulong _zeroFingerprintKey;
    private float _zeroFingerprintValue;

    private HalfWeightTable(int count)
    {
        var buckets = 4;
        // At most half the slots used, as in HashedTable.
        while (buckets * SlotsPerBucket < count * 2) buckets <<= 1;
        _storage = GC.AllocateArray<byte>(buckets * BucketBytes + BucketBytes, pinned: true);
        var address = (nint)Unsafe.AsPointer(ref _storage[0]);
        _slots = (ulong*)(address + ((BucketBytes - (int)(address & (BucketBytes - 1))) & (BucketBytes - 1)));
        _mask = buckets * SlotsPerBucket - 1;
        _shift = 64 - BitOperations.Log2((uint)buckets);
    }

    /// <summary>
    /// The table for <paramref name="weights"/>, or null when they do not fit it: a weight that is not a finite half (a
    /// model just trained, before it is written), two keys with the same low 48 bits on one probe, or more than one key
    /// with none set.
    /// </summary>
    public static HalfWeightTable? TryCreate(IReadOnlyDictionary<ulong, float> weights)
    {
        var table = new HalfWeightTable(weights.Count);
        var zeroSeen = false;
        foreach (var (key, weight) in weights)
        {
            if (!float.IsFinite(weight) || BitConverter.SingleToUInt32Bits((float)(Half)weight) != BitConverter.SingleToUInt32Bits(weight)) return null;
            var fingerprint = Fingerprint(key);
            if (fingerprint == 0)
            {
                if (zeroSeen) return null;
                (zeroSeen, table._zeroFingerprintKey, table._zeroFingerprintValue) = (true, key, weight);
                continue;
            }
            // A lookup of this key reads the slots its insertion probe passes: one holding the same fingerprint would be
            // read as its own.
            var i = table.Home(key);
            while (table._slots[i] != 0 && table._slots[i] >> ValueBits != fingerprint) i = (i + 1) & table._mask;
            if (table._slots[i] != 0) return null;
            table._slots[i] = fingerprint << ValueBits | BitConverter.HalfToUInt16Bits((Half)weight);
        }
        // Without a key whose fingerprint is 0, key 0 (never a stored one then) reads the aside value 0, as any unknown key does.
        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fingerprint(ulong key) => key & FingerprintMask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key >> _shift) * SlotsPerBucket;

    /// <summary>The weight stored for <paramref name="key"/>, or +0, found without a branch on which.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float GetValueOrDefault(ulong key)
    {
        var fingerprint = Fingerprint(key);
        if (fingerprint == 0) return key == _zeroFingerprintKey ? _zeroFingerprintValue : 0f;
        var i = Home(key);
        var bucket = _slots + i;
        var wanted = Vector256.Create(fingerprint);
        var low = Vector256.ShiftRightLogical(Vector256.Load(bucket), ValueBits);
        var high = Vector256.ShiftRightLogical(Vector256.Load(bucket + 4), ValueBits);
        // An empty slot (0) ends the probe: its value is +0.
        var found = (Vector256.Equals(low, wanted) | Vector256.Equals(low, Vector256<ulong>.Zero)).ExtractMostSignificantBits()
            | (Vector256.Equals(high, wanted) | Vector256.Equals(high, Vector256<ulong>.Zero)).ExtractMostSignificantBits() << 4;
        var slot = found != 0 ? bucket[BitOperations.TrailingZeroCount(found)] : SlotPast(fingerprint, (i + SlotsPerBucket) & _mask);
        return HalfToSingle((uint)slot & 0xFFFF);
    }

    // A probe sequence longer than a bucket (its bucket full), one slot at a time.
    private ulong SlotPast(ulong fingerprint, int i)
    {
        while (_slots[i] >> ValueBits is var f && f != fingerprint && f != 0) i = (i + 1) & _mask;
        return _slots[i];
    }

    /// <summary>
    /// A half's value as a float, exactly: its magnitude bits moved into a float's place read as a float 2^112 times
    /// too small (subnormal halves included), so one multiplication by 2^112 (exact) gives the value; then the sign.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float HalfToSingle(uint half)
    {
        var magnitude = BitConverter.UInt32BitsToSingle((half & 0x7FFF) << 13) * TwoTo112;
        return BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(magnitude) | (half & 0x8000) << 16);
    }

    private static readonly float TwoTo112 = MathF.ScaleB(1f, 112);

    /// <summary>Asks the processor for the buckets of <paramref name="keys"/> before they are read, so their cache misses overlap.</summary>
    public void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        foreach (var key in keys) Sse.Prefetch0(_slots + Home(key));
    }
}
