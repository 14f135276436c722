using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Entities;

/// <summary>
/// A read-only map from 64-bit feature hashes to small values, laid out for per-token lookups: one
/// open-addressing array of (key, value) pairs, so a lookup is one probe into one cache line (a dictionary
/// reads its bucket array, then its entry array) and the already-hashed key is not hashed again. Holds the
/// tagger's word lexicons (byte classes) and the quote models' weights (floats).
/// </summary>
internal sealed class HashedTable<TValue> where TValue : unmanaged
{
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Slot(ulong key, TValue value)
    {
        public readonly ulong Key = key;
        public readonly TValue Value = value;
    }

    private readonly Slot[] _slots;
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
        _slots = new Slot[capacity];
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
            while (_slots[i].Key != 0) i = (i + 1) & _mask;
            _slots[i] = new Slot(key, value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key >> _shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ulong key, out TValue value)
    {
        if (key == 0)
        {
            value = _zeroKeyValue;
            return _hasZeroKey;
        }
        // The index is masked, so the slot reads need no bounds checks.
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var i = Home(key);
        while (true)
        {
            ref readonly var slot = ref Unsafe.Add(ref slots, i);
            if (slot.Key == key)
            {
                value = slot.Value;
                return true;
            }
            if (slot.Key == 0)
            {
                value = default;
                return false;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>The value stored for <paramref name="key"/>, or the default (0).</summary>
    public TValue GetValueOrDefault(ulong key) => TryGet(key, out var value) ? value : default;

    /// <summary>Asks the processor for the slots of <paramref name="keys"/> before they are read, so their cache misses overlap.</summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        fixed (Slot* slots = _slots)
            foreach (var key in keys) Sse.Prefetch0(slots + Home(key));
    }
}
