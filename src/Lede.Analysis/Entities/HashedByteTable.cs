using System.Runtime.InteropServices;

namespace Lede.Analysis.Entities;

/// <summary>
/// A read-only map from 64-bit hashes to bytes, laid out for lookups per token: one open-addressing array of
/// (key, value) pairs, so a lookup is one probe into one cache line with no hashing of the (already hashed)
/// key. Absent keys read as 0.
/// </summary>
internal sealed class HashedByteTable
{
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Slot(ulong key, byte value)
    {
        public readonly ulong Key = key;
        public readonly byte Value = value;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    // Key 0 marks an empty slot; an entry whose hash is 0 is kept aside.
    private readonly byte _zeroKeyValue;

    public HashedByteTable(IReadOnlyDictionary<ulong, byte> entries)
    {
        var capacity = 16;
        while (capacity < entries.Count * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                _zeroKeyValue = value;
                continue;
            }
            var i = (int)(key & (ulong)_mask);
            while (_slots[i].Key != 0) i = (i + 1) & _mask;
            _slots[i] = new Slot(key, value);
        }
    }

    /// <summary>The value stored for <paramref name="key"/>, or 0.</summary>
    public byte Get(ulong key)
    {
        if (key == 0) return _zeroKeyValue;
        var slots = _slots;
        var i = (int)(key & (ulong)_mask);
        while (true)
        {
            var slot = slots[i];
            if (slot.Key == key) return slot.Value;
            if (slot.Key == 0) return 0;
            i = (i + 1) & _mask;
        }
    }
}
