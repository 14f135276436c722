using System.Runtime.CompilerServices;

namespace Lede.Analysis.Entities;

/// <summary>
/// A read-only map from 64-bit hashes to bytes (the tagger's casing lexicon and name gazetteer) in a
/// <see cref="PackedSlotTable"/> of 8-byte slots (the byte under 56 bits of the key): a quarter of the memory of a
/// <see cref="HashedTable{TValue}"/>'s (key, value) buckets, so more of it stays in cache for the per-token lookups. A
/// key the table does not hold matches a stored one only when those 56 bits agree (odds of 2^-56 per slot compared);
/// when the entries do not fit the slots (a fingerprint of 0, or two alike on one probe) they are kept in a
/// <see cref="HashedTable{TValue}"/>.
/// </summary>
internal sealed class ByteLookupTable
{
    private const int ValueBits = 8;

    private readonly PackedSlotTable? _slots;
    private readonly HashedTable<byte>? _fallback;

    public ByteLookupTable(IReadOnlyDictionary<ulong, byte> entries)
    {
        _slots = PackedSlotTable.TryCreate(entries.Select(e => (e.Key, (ulong)e.Value)), entries.Count, ValueBits);
        if (_slots is null) _fallback = new HashedTable<byte>(entries);
    }

    /// <summary>Whether the entries are kept in 8-byte slots (no fingerprint 0, none met on another's probe).</summary>
    public bool IsCompact => _slots is not null;

    /// <summary>Asks for the memory a lookup of <paramref name="key"/> reads, ahead of the lookup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key) => _slots?.Prefetch(key);

    /// <summary>The value stored for <paramref name="key"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte GetValueOrDefault(ulong key)
    {
        if (_slots is null) return _fallback!.GetValueOrDefault(key);
        // No stored key has a fingerprint of 0 (an empty slot's): such a key is unknown.
        return _slots.Fingerprint(key) == 0 ? (byte)0 : (byte)_slots.GetValueOrDefault(key);
    }
}
