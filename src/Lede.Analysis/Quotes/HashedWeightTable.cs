using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Hashed-feature weights laid out for scoring: one open-addressing array of (key, weight) pairs, so a lookup
/// is one probe into one cache line (a dictionary reads its bucket array, then its entry array). A score's
/// slots are all prefetched before they are read, and weights are added in feature order, so sums are
/// bit-for-bit those of adding the same weights one by one.
/// </summary>
internal sealed class HashedWeightTable
{
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Slot(ulong key, float weight)
    {
        public readonly ulong Key = key;
        public readonly float Weight = weight;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    // Key 0 marks an empty slot; a feature whose hash is 0 is kept aside.
    private readonly bool _hasZeroKey;
    private readonly float _zeroKeyWeight;

    public HashedWeightTable(IReadOnlyDictionary<ulong, float> weights)
    {
        var capacity = 16;
        while (capacity < weights.Count * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var (key, weight) in weights)
        {
            if (key == 0)
            {
                (_hasZeroKey, _zeroKeyWeight) = (true, weight);
                continue;
            }
            var i = (int)(key & (ulong)_mask);
            while (_slots[i].Key != 0) i = (i + 1) & _mask;
            _slots[i] = new Slot(key, weight);
        }
    }

    /// <summary>The sum of the weights of <paramref name="features"/> the table holds (others count 0).</summary>
    public unsafe float Sum(ReadOnlySpan<ulong> features)
    {
        fixed (Slot* slots = _slots)
        {
            if (Sse.IsSupported)
                foreach (var f in features) Sse.Prefetch0(slots + (int)(f & (ulong)_mask));
            var sum = 0f;
            foreach (var f in features)
                if (TryGet(slots, f, out var w)) sum += w;
            return sum;
        }
    }

    private unsafe bool TryGet(Slot* slots, ulong key, out float weight)
    {
        if (key == 0)
        {
            weight = _zeroKeyWeight;
            return _hasZeroKey;
        }
        var i = (int)(key & (ulong)_mask);
        while (true)
        {
            var slot = slots[i];
            if (slot.Key == key) { weight = slot.Weight; return true; }
            if (slot.Key == 0) { weight = 0; return false; }
            i = (i + 1) & _mask;
        }
    }
}
