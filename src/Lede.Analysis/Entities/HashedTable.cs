using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Entities;

/// <summary>
/// A read-only map from 64-bit feature hashes to small values, laid out for per-token lookups: open addressing
/// over an array of keys with the values in a parallel array, so the already-hashed key is not hashed again and a
/// lookup reads one line of keys and one of values (a dictionary reads its bucket array, then its entry array).
/// The first four slots of a key's probe sequence are compared at once, and an empty slot holds the default value,
/// so <see cref="GetValueOrDefault"/> has no branch on whether the key is known: the quote models' lookups hit and
/// miss unpredictably, and a mispredicted branch cost more than the slot read. Holds the tagger's word lexicons
/// (byte classes) and the quote models' weights (floats).
/// </summary>
internal sealed class HashedTable<TValue> where TValue : unmanaged
{
    private const int ProbeWidth = 4;

    // Both arrays repeat their first ProbeWidth slots past the end, so a probe read there sees what wrapping around reads.
    private readonly ulong[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    // A key's home slot is read from its top bits: the quote tagger's keys keep a tag in their low bits, so low bits
    // would crowd its rows into one slot in eight and make lookups probe several cache lines.
    private readonly int _shift;
    // Key 0 marks an empty slot; an entry whose hash is 0 is kept aside.
    private readonly bool _hasZeroKey;
    private readonly TValue _zeroKeyValue;

    public HashedTable(IReadOnlyDictionary<ulong, TValue> entries)
    {
        var capacity = 16;
        while (capacity < entries.Count * 2) capacity <<= 1;
        _keys = new ulong[capacity + ProbeWidth];
        _values = new TValue[capacity + ProbeWidth];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                (_hasZeroKey, _zeroKeyValue) = (true, value);
                continue;
            }
            var i = Home(key);
            while (_keys[i] != 0) i = (i + 1) & _mask;
            _keys[i] = key;
            _values[i] = value;
        }
        Array.Copy(_keys, 0, _keys, capacity, ProbeWidth);
        Array.Copy(_values, 0, _values, capacity, ProbeWidth);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key >> _shift);

    /// <summary>
    /// The slot holding <paramref name="key"/>, or the empty slot that ends its probe sequence (whose value is the default).
    /// Key 0 is the caller's to handle.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key)
    {
        var i = Home(key);
        // The index is at most the capacity − 1, and ProbeWidth slots follow it: the read needs no bounds check.
        var probe = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_keys), (nuint)i);
        var found = (Vector256.Equals(probe, Vector256.Create(key)) | Vector256.Equals(probe, Vector256<ulong>.Zero)).ExtractMostSignificantBits();
        return found != 0 ? i + BitOperations.TrailingZeroCount(found) : SlotPast(key, (i + ProbeWidth) & _mask);
    }

    // A probe sequence longer than ProbeWidth, one slot at a time (rare at a load factor of at most one half).
    private int SlotPast(ulong key, int i)
    {
        while (_keys[i] != key && _keys[i] != 0) i = (i + 1) & _mask;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ulong key, out TValue value)
    {
        if (key == 0)
        {
            value = _zeroKeyValue;
            return _hasZeroKey;
        }
        var slot = Slot(key);
        value = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), slot);
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_keys), slot) == key;
    }

    /// <summary>The value stored for <paramref name="key"/>, or the default (0), found without a branch on which.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue GetValueOrDefault(ulong key) =>
        key == 0 ? _zeroKeyValue : Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), Slot(key));

    /// <summary>Asks the processor for the slots of <paramref name="keys"/> before they are read, so their cache misses overlap.</summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        fixed (ulong* slots = _keys)
        fixed (TValue* values = _values)
            foreach (var key in keys)
            {
                var i = Home(key);
                Sse.Prefetch0(slots + i);
                Sse.Prefetch0(values + i);
            }
    }
}
