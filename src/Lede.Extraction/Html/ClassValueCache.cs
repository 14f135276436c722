namespace Lede.Extraction.Html;

/// <summary>
/// What each class value read lately says (its <see cref="ClassHint"/> reading), looked up by the value's characters;
/// one cache per thread. Pages repeat their class strings hundreds of times, and most of them are the site's own, seen
/// on no other site's pages: keys are copied into one character arena, so a class read for the first time costs no
/// string. Small enough to stay in the processor's cache (a larger table cost more in cache misses than it saved in
/// readings); bounded: when the table or the arena is full, both are emptied.
/// </summary>
internal sealed class ClassValueCache<TValue> where TValue : struct
{
    private const int MaxEntries = 4096;
    // At most half full: a key is found in one or two probes.
    private const int SlotCount = MaxEntries * 2;
    private const int ArenaChars = 64 * 1024;
    /// <summary>Longer values are read each time, not kept.</summary>
    private const int MaxKeyChars = 1024;

    // Entry index + 1 per slot; 0 is an empty slot.
    private readonly int[] _slots = new int[SlotCount];
    private readonly Entry[] _entries = new Entry[MaxEntries];
    private readonly char[] _arena = new char[ArenaChars];
    private int _count;
    private int _arenaUsed;

    private readonly record struct Entry(int Hash, int Start, int Length, TValue Value);

    public bool TryGet(ReadOnlySpan<char> key, out TValue value)
    {
        var hash = string.GetHashCode(key);
        for (var slot = hash & (SlotCount - 1); ; slot = (slot + 1) & (SlotCount - 1))
        {
            var index = _slots[slot] - 1;
            if (index < 0) break;
            ref readonly var entry = ref _entries[index];
            if (entry.Hash == hash && _arena.AsSpan(entry.Start, entry.Length).SequenceEqual(key))
            {
                value = entry.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> for a key <see cref="TryGet"/> did not find.</summary>
    public void Add(ReadOnlySpan<char> key, TValue value)
    {
        if (key.Length > MaxKeyChars) return;
        if (_count == MaxEntries || _arenaUsed + key.Length > ArenaChars)
        {
            Array.Clear(_slots);
            _count = 0;
            _arenaUsed = 0;
        }
        var hash = string.GetHashCode(key);
        var slot = hash & (SlotCount - 1);
        while (_slots[slot] != 0) slot = (slot + 1) & (SlotCount - 1);
        key.CopyTo(_arena.AsSpan(_arenaUsed));
        _entries[_count] = new Entry(hash, _arenaUsed, key.Length, value);
        _slots[slot] = ++_count;
        _arenaUsed += key.Length;
    }
}
