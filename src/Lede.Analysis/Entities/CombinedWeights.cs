using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Entities;

/// <summary>
/// Both passes' weights in one open-addressing table for tagging: one probe per feature finds the slot, and
/// the slot's entries (first pass, then second pass) lie side by side. Tagging is bound by these memory
/// reads, so the layout keeps them to about two cache misses per feature, once for both passes: slots are
/// 8 bytes (a 32-bit fingerprint of the key, whose low bits are the slot index, and the packed entry range)
/// and entries 8 bytes (weight, tag).
/// </summary>
internal sealed class CombinedWeights
{
    private const int T = EntityTagSet.Count;

    private const int CountBits = 5; // up to 31 entries per pass: there are 17 tags
    private const int MaxStart = (1 << (32 - 2 * CountBits)) - 1;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Fingerprint; // 0 = empty
        public uint Packed;      // start << 10 | firstCount << 5 | secondCount
    }

    // The weight is stored in the model as a half; converted once here, since Half→float is a call per read.
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Entry(float weight, int tag)
    {
        public readonly float Weight = (float)(Half)weight;
        public readonly int Tag = tag;
    }

    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    public CombinedWeights(TaggerWeights first, TaggerWeights second)
    {
        var firstKeys = first.Keys;
        var secondKeys = second.Keys;
        var capacity = 16;
        while (capacity < (firstKeys.Length + secondKeys.Length) * 3 / 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _entries = new Entry[first.EntryCount + second.EntryCount];
        var count = 0;
        // Both key lists are sorted: merge them, so a key in both passes gets one slot.
        int a = 0, b = 0;
        while (a < firstKeys.Length || b < secondKeys.Length)
        {
            var key = b >= secondKeys.Length || (a < firstKeys.Length && firstKeys[a] <= secondKeys[b]) ? firstKeys[a] : secondKeys[b];
            var start = count;
            if (start > MaxStart) throw new InvalidDataException("Entity model is too large for the weight table.");
            var firstCount = a < firstKeys.Length && firstKeys[a] == key ? Append(first, a++, ref count) : 0;
            var secondCount = b < secondKeys.Length && secondKeys[b] == key ? Append(second, b++, ref count) : 0;
            var i = (int)(key & (ulong)_mask);
            while (_slots[i].Fingerprint != 0) i = (i + 1) & _mask;
            _slots[i] = new Slot { Fingerprint = Fingerprint(key), Packed = (uint)start << (2 * CountBits) | (uint)firstCount << CountBits | (uint)secondCount };
        }
    }

    private int Append(TaggerWeights weights, int row, ref int count)
    {
        var (start, end) = weights.RowRange(row);
        for (var k = start; k < end; k++)
        {
            var (tag, weight) = weights.Entry(k);
            _entries[count++] = new Entry(weight, tag);
        }
        return end - start;
    }

    private static uint Fingerprint(ulong key) => Math.Max(1u, (uint)(key >> 32));

    /// <summary>The packed entry range of a feature, or 0 when the model has no weight for it.</summary>
    private uint Find(ulong key)
    {
        var fingerprint = Fingerprint(key);
        var i = (int)(key & (ulong)_mask);
        while (true)
        {
            var slot = _slots[i];
            if (slot.Fingerprint == fingerprint) return slot.Packed;
            if (slot.Fingerprint == 0) return 0;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds token features' first-pass weights to <paramref name="first"/> and second-pass weights to <paramref name="second"/> (n×T each).</summary>
    public void AddBoth(List<ulong> features, int[] starts, int n, Span<float> first, Span<float> second) =>
        Add(CollectionsMarshal.AsSpan(features), starts, n, first, second, bothPasses: true);

    /// <summary>Adds token features' second-pass weights to <paramref name="second"/> (n×T).</summary>
    public void AddSecond(List<ulong> features, int[] starts, int n, Span<float> second) =>
        Add(CollectionsMarshal.AsSpan(features), starts, n, default, second, bothPasses: false);

    // Each feature costs two cache misses (slot, then entries) in tables far larger than the caches, so the
    // lookups run ahead of the additions: slots are prefetched PrefetchDistance features ahead and resolved,
    // then entries are prefetched as many features ahead of their addition. Rows get the same additions in
    // the same order as a plain loop, so scores are bit-for-bit those of the plain loop.
    private const int PrefetchDistance = 12;

    private unsafe void Add(ReadOnlySpan<ulong> all, int[] starts, int n, Span<float> first, Span<float> second, bool bothPasses)
    {
        var count = starts[n];
        var rented = count > 1024 ? ArrayPool<uint>.Shared.Rent(count) : null;
        var packed = rented is null ? stackalloc uint[count] : rented.AsSpan(0, count);
        fixed (Slot* slots = _slots)
        fixed (Entry* entries = _entries)
        {
            for (var j = 0; j < count; j++)
            {
                if (j + PrefetchDistance < count) Prefetch(slots + (int)(all[j + PrefetchDistance] & (ulong)_mask));
                packed[j] = Find(all[j]);
            }
            for (var j = 0; j < PrefetchDistance && j < count; j++) PrefetchEntries(entries, packed[j], bothPasses);
            var j2 = 0;
            for (var i = 0; i < n; i++)
            {
                var row1 = bothPasses ? first.Slice(i * T, T) : default;
                var row2 = second.Slice(i * T, T);
                for (var end = starts[i + 1]; j2 < end; j2++)
                {
                    if (j2 + PrefetchDistance < count) PrefetchEntries(entries, packed[j2 + PrefetchDistance], bothPasses);
                    var p = packed[j2];
                    if (p == 0) continue;
                    var k = (int)(p >> (2 * CountBits));
                    var firstEnd = k + (int)(p >> CountBits & 31);
                    if (bothPasses)
                        for (; k < firstEnd; k++) row1[entries[k].Tag] += entries[k].Weight;
                    else k = firstEnd;
                    for (var secondEnd = k + (int)(p & 31); k < secondEnd; k++) row2[entries[k].Tag] += entries[k].Weight;
                }
            }
        }
        if (rented is not null) ArrayPool<uint>.Shared.Return(rented);
    }

    private static unsafe void PrefetchEntries(Entry* entries, uint packed, bool bothPasses)
    {
        if (packed == 0) return;
        var k = (int)(packed >> (2 * CountBits));
        if (!bothPasses) k += (int)(packed >> CountBits & 31);
        Prefetch(entries + k);
    }

    private static unsafe void Prefetch(void* address)
    {
        if (Sse.IsSupported) Sse.Prefetch0(address);
    }
}
