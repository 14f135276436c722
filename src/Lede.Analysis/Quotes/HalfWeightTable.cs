using System.Runtime.CompilerServices;
using Lede.Analysis.Entities;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Feature weights that are all halves (a quote model read from its file) in a <see cref="PackedSlotTable"/> of 8-byte
/// slots: the weight's 16 bits under 48 bits of the key, a quarter of the memory of <see cref="HashedTable{TValue}"/>'s
/// (key, float) buckets: the table is read at random, a likely cache miss per feature. A feature the model does not
/// know matches a stored one only when those 48 bits agree (odds of 2^-48 per slot compared); no stored key meets another
/// with the same 48 bits on its probe (<see cref="TryCreate"/> refuses weights whose keys would).
/// </summary>
internal sealed class HalfWeightTable
{
    private const int ValueBits = 16;

    private readonly PackedSlotTable _slots;
    // A fingerprint of 0 marks an empty slot: a key whose low 48 bits are 0 is kept aside.
    private readonly ulong _zeroFingerprintKey;
    private readonly float _zeroFingerprintValue;

    private HalfWeightTable(PackedSlotTable slots, ulong zeroFingerprintKey, float zeroFingerprintValue) =>
        (_slots, _zeroFingerprintKey, _zeroFingerprintValue) = (slots, zeroFingerprintKey, zeroFingerprintValue);

    /// <summary>
    /// The table for <paramref name="weights"/>, or null when they do not fit it: a weight that is not a finite half (a
    /// model just trained, before it is written), two keys with the same low 48 bits on one probe, or more than one key
    /// with none set.
    /// </summary>
    public static HalfWeightTable? TryCreate(IReadOnlyDictionary<ulong, float> weights)
    {
        const ulong fingerprintMask = (1UL << (64 - ValueBits)) - 1;
        var slotted = new List<(ulong Key, ulong Value)>(weights.Count);
        (ulong Key, float Value)? aside = null;
        foreach (var (key, weight) in weights)
        {
            if (!float.IsFinite(weight) || BitConverter.SingleToUInt32Bits((float)(Half)weight) != BitConverter.SingleToUInt32Bits(weight)) return null;
            if ((key & fingerprintMask) == 0)
            {
                if (aside is not null) return null;
                aside = (key, weight);
                continue;
            }
            slotted.Add((key, BitConverter.HalfToUInt16Bits((Half)weight)));
        }
        // Without a key whose fingerprint is 0, key 0 (never a stored one then) reads the aside value 0, as any unknown key does.
        return PackedSlotTable.TryCreate(slotted, slotted.Count, ValueBits) is { } slots
            ? new HalfWeightTable(slots, aside?.Key ?? 0, aside?.Value ?? 0f)
            : null;
    }

    /// <summary>The weight stored for <paramref name="key"/>, or +0, found without a branch on which.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float GetValueOrDefault(ulong key)
    {
        if (_slots.Fingerprint(key) == 0) return key == _zeroFingerprintKey ? _zeroFingerprintValue : 0f;
        return HalfToSingle((uint)_slots.GetValueOrDefault(key));
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
    public void Prefetch(ReadOnlySpan<ulong> keys) => _slots.Prefetch(keys);
}
