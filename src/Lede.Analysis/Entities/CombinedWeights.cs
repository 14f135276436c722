using System.Runtime.InteropServices;

namespace Lede.Analysis.Entities;

/// <summary>
/// Both passes' weights in one open-addressing table for tagging: one probe per feature finds the slot, and
/// the slot's entries (first pass, then second pass) lie side by side. Tagging is bound by these memory
/// reads, so the layout keeps them to about two cache misses per feature, once for both passes: slots are
/// 8 bytes (a 32-bit fingerprint of the key, whose low bits are the slot index, and the packed entry range)
/// and entries 4 bytes (half-precision weight, tag).
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

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Entry(float weight, int tag)
    {
        public readonly Half Weight = (Half)weight;
        public readonly short Tag = (short)tag;
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
    public void AddBoth(List<ulong> features, int[] starts, int n, Span<float> first, Span<float> second)
    {
        var all = CollectionsMarshal.AsSpan(features);
        var entries = _entries.AsSpan();
        for (var i = 0; i < n; i++)
        {
            var row1 = first.Slice(i * T, T);
            var row2 = second.Slice(i * T, T);
            foreach (var f in all[starts[i]..starts[i + 1]])
            {
                var packed = Find(f);
                if (packed == 0) continue;
                var k = (int)(packed >> (2 * CountBits));
                for (var end = k + (int)(packed >> CountBits & 31); k < end; k++) row1[entries[k].Tag] += (float)entries[k].Weight;
                for (var end = k + (int)(packed & 31); k < end; k++) row2[entries[k].Tag] += (float)entries[k].Weight;
            }
        }
    }

    /// <summary>Adds token features' second-pass weights to <paramref name="second"/> (n×T).</summary>
    public void AddSecond(List<ulong> features, int[] starts, int n, Span<float> second)
    {
        var all = CollectionsMarshal.AsSpan(features);
        var entries = _entries.AsSpan();
        for (var i = 0; i < n; i++)
        {
            var row = second.Slice(i * T, T);
            foreach (var f in all[starts[i]..starts[i + 1]])
            {
                var packed = Find(f);
                if (packed == 0) continue;
                var k = (int)(packed >> (2 * CountBits)) + (int)(packed >> CountBits & 31);
                for (var end = k + (int)(packed & 31); k < end; k++) row[entries[k].Tag] += (float)entries[k].Weight;
            }
        }
    }
}
