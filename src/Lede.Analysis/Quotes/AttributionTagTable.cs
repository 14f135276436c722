using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Quotes;

/// <summary>
/// The <see cref="AttributionTagger"/>'s weight rows by feature, laid out for its per-token lookups: open addressing
/// over cache-line-aligned buckets, the slot chosen without a branch on whether the feature is known (an empty slot's
/// weights are 0), and the five weights read as one vector.
/// <para>
/// A model read from its file stores its weights as halves, so they are kept as halves: 16-byte slots (five halves, then
/// 48 bits of the key), four to a bucket, half the memory of float rows (the table is read at random, a cache miss per
/// feature), widened to floats exactly when read. A feature the model does not know matches a stored one only when
/// those 48 bits agree (odds of 2^-48 per slot compared); no stored key meets another with the same bits on its probe
/// (float rows are kept if one would). Weights that are not all halves (a model just trained) keep
/// float rows: 32-byte slots (five floats, then the key), two to a bucket.
/// </para>
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
    private const int HalfSlotsPerBucket = 4;
    private const int HalfSlotBytes = 16;
    private const int FingerprintShift = 16;
    private const ulong FingerprintMask = (1UL << 48) - 1;

    // Pinned, so the slots can be addressed from a cache-line-aligned pointer into the array for the object's lifetime.
    private readonly byte[] _storage;
    private readonly Slot* _slots;
    private readonly byte* _halfSlots;
    private readonly bool _halves;
    private readonly int _mask;
    // A key's bucket is read from its top bits: its low bits hold a tag (AttributionTagFeatures.TagBits).
    private readonly int _shift;
    // Key 0 (or, for halves, a fingerprint of 0) marks an empty slot; a row whose feature hashes to 0 is kept aside, in the slot past the last.
    private readonly Slot* _zeroKey;

    public AttributionTagTable(IReadOnlyDictionary<ulong, AttributionTagWeights> rows)
    {
        // Halves when the weights allow it; float rows when not, or when two keys' fingerprints meet on a probe.
        for (var halves = FitsHalves(rows); ; halves = false)
        {
            _halves = halves;
            var buckets = 8;
            var slotsPerBucket = _halves ? HalfSlotsPerBucket : SlotsPerBucket;
            // At most half the slots used, as with float rows.
            while (buckets * slotsPerBucket < rows.Count * 2) buckets <<= 1;
            var capacity = buckets * slotsPerBucket;
            var slotBytes = _halves ? HalfSlotBytes : sizeof(Slot);
            _storage = GC.AllocateArray<byte>(capacity * slotBytes + sizeof(Slot) + 64, pinned: true);
            var address = (nint)Unsafe.AsPointer(ref _storage[0]);
            var aligned = (byte*)(address + ((64 - (int)(address & 63)) & 63));
            _slots = (Slot*)aligned;
            _halfSlots = aligned;
            _mask = capacity - 1;
            _shift = 64 - BitOperations.Log2((uint)buckets);
            _zeroKey = (Slot*)(aligned + capacity * slotBytes);
            if (Insert(rows)) return;
        }
    }

    // Fills the slots; false when a half slot's probe meets a stored key with the same fingerprint (a lookup would read it as its own).
    private bool Insert(IReadOnlyDictionary<ulong, AttributionTagWeights> rows)
    {
        foreach (var (key, weights) in rows)
        {
            if (key == 0)
            {
                _zeroKey->Weights = weights;
                continue;
            }
            var i = Home(key);
            if (_halves)
            {
                var fingerprint = Fingerprint(key);
                while (*HalfKey(i) != 0 && *HalfKey(i) >> FingerprintShift != fingerprint) i = (i + 1) & _mask;
                if (*HalfKey(i) != 0) return false;
                var slot = (ushort*)(_halfSlots + i * HalfSlotBytes);
                for (var t = 0; t < AttributionTagger.TagCount; t++) slot[t] = BitConverter.HalfToUInt16Bits((Half)weights[t]);
                *HalfKey(i) |= fingerprint << FingerprintShift;
                continue;
            }
            while (_slots[i].Key != 0) i = (i + 1) & _mask;
            _slots[i].Key = key;
            _slots[i].Weights = weights;
        }
        return true;
    }

    // Every weight a finite half and every key but 0 with a fingerprint that is not 0 (the empty slot's); two keys whose
    // fingerprints meet on a probe are found as they are inserted.
    private static bool FitsHalves(IReadOnlyDictionary<ulong, AttributionTagWeights> rows)
    {
        foreach (var (key, weights) in rows)
            if (key != 0 && (Fingerprint(key) == 0 || !AllHalves(weights))) return false;
        return true;
    }

    /// <summary>Whether the weights are kept as halves.</summary>
    public bool KeepsHalves => _halves;

    private static bool AllHalves(AttributionTagWeights weights)
    {
        for (var t = 0; t < AttributionTagger.TagCount; t++)
        {
            var w = weights[t];
            if (!float.IsFinite(w) || BitConverter.SingleToUInt32Bits((float)(Half)w) != BitConverter.SingleToUInt32Bits(w)) return false;
        }
        return true;
    }

    // Bits 3–50 of the key: its low three bits are the tag (always 0 here), its top bits choose the bucket.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fingerprint(ulong key) => (key >> 3) & FingerprintMask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key >> _shift) * (_halves ? HalfSlotsPerBucket : SlotsPerBucket);

    // The second 8 bytes of a half slot: the fifth weight, then the fingerprint.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong* HalfKey(int slot) => (ulong*)(_halfSlots + slot * HalfSlotBytes + 8);

    /// <summary>The weights of <paramref name="key"/> as the first five lanes of a vector (the others 0); zeros for an unknown key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Weights(ulong key)
    {
        if (key == 0) return Vector256.Load((float*)_zeroKey) & WeightLanes;
        if (!_halves) return Vector256.Load((float*)Find(key)) & WeightLanes;
        return Widen(FindHalf(key));
    }

    // The slot's other bytes (its key) would be arbitrary floats, some of them slow to add (subnormals): masked to 0.
    private static readonly Vector256<float> WeightLanes = Vector256.Create(-1, -1, -1, -1, -1, 0, 0, 0).AsSingle();
    private static readonly Vector256<uint> HalfLanes = Vector256.Create(0xFFFFu, 0xFFFFu, 0xFFFFu, 0xFFFFu, 0xFFFFu, 0u, 0u, 0u);

    /// <summary>
    /// A slot's five halves as floats, exactly: a half's magnitude bits moved into a float's place read as a float
    /// 2^112 times too small (subnormal halves included), so one multiplication by 2^112 (exact) gives its value, and
    /// the sign is put back. The weights are finite (checked when built).
    /// </summary>
    private static readonly Vector256<float> TwoTo112 = Vector256.Create(MathF.ScaleB(1f, 112));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Widen(byte* slot)
    {
        var bits = Vector256.WidenLower(Vector128.Load(slot).ToVector256Unsafe().AsUInt16()) & HalfLanes;
        var magnitude = Vector256.ShiftLeft(bits & Vector256.Create(0x7FFFu), 13).AsSingle() * TwoTo112;
        return (magnitude.AsUInt32() | Vector256.ShiftLeft(bits & Vector256.Create(0x8000u), 16)).AsSingle();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Slot* Find(ulong key)
    {
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

    /// <summary>The half slot holding <paramref name="key"/>'s fingerprint, or the empty one that ends its probe: the bucket's four compared at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte* FindHalf(ulong key)
    {
        var i = Home(key);
        var bucket = (ulong*)(_halfSlots + i * HalfSlotBytes);
        // Lanes 1 and 3 of each half of the bucket hold the slots' fingerprints (above their fifth weight).
        var fingerprint = Vector256.Create(Fingerprint(key));
        var low = Vector256.ShiftRightLogical(Vector256.Load(bucket), FingerprintShift);
        var high = Vector256.ShiftRightLogical(Vector256.Load(bucket + 4), FingerprintShift);
        var found = ((Vector256.Equals(low, fingerprint) | Vector256.Equals(low, Vector256<ulong>.Zero)).ExtractMostSignificantBits() & 0b1010)
            | ((Vector256.Equals(high, fingerprint) | Vector256.Equals(high, Vector256<ulong>.Zero)).ExtractMostSignificantBits() & 0b1010) << 4;
        // Bit 1 + 2k marks slot k.
        return found != 0 ? (byte*)bucket + (BitOperations.TrailingZeroCount(found) >> 1) * HalfSlotBytes : FindHalfPast(key, (i + HalfSlotsPerBucket) & _mask);
    }

    // A probe sequence longer than the bucket, one slot at a time.
    private byte* FindHalfPast(ulong key, int i)
    {
        var fingerprint = Fingerprint(key);
        while (*HalfKey(i) >> FingerprintShift is var f && f != fingerprint && f != 0) i = (i + 1) & _mask;
        return _halfSlots + i * HalfSlotBytes;
    }

    /// <summary>Asks the processor for the buckets of <paramref name="keys"/> before they are read, so their cache misses overlap.</summary>
    public void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        if (_halves)
            foreach (var key in keys) Sse.Prefetch0(_halfSlots + Home(key) * HalfSlotBytes);
        else
            foreach (var key in keys) Sse.Prefetch0(_slots + Home(key));
    }
}
