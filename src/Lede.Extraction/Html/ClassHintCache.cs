namespace Lede.Extraction.Html;

/// <summary>
/// What each class value read so far on this thread says (<see cref="ClassHintReader"/>), looked up by the value's
/// characters. Pages repeat their class strings hundreds of times, and most of them are the site's own, seen on no
/// other site's pages: keys are copied into one character arena, so a class read for the first time costs no string.
/// Bounded: when the table or the arena is full, both are emptied.
/// </summary>
internal sealed class ClassHintCache
{
    private const int MaxEntries = 16_384;
    // At most half full: a key is found in one or two probes.
    private const int SlotCount = MaxEntries * 2;
    private const int ArenaChars = 512 * 1024;
    /// <summary>Longer values are read each time, not kept.</summary>
    public const int MaxKeyChars = 4096;

    // Entry index + 1 per slot; 0 is an empty slot.
    private readonly int[] _slots = new int[SlotCount];
    private readonly Entry[] _entries = new Entry[MaxEntries];
    private readonly char[] _arena = new char[ArenaChars];
    private int _count;
    private int _arenaUsed;

    private readonly record struct Entry(int Hash, int Start, int Length, ClassHintCache.Reading Value);

    /// <summary>What one class value says: its hint flags, and whether it names a maybe-candidate or the story's body.</summary>
    public readonly record struct Reading(ClassHint Hint, bool Maybe, bool Body);

    public bool TryGet(ReadOnlySpan<char> key, out Reading value)
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
    public void Add(ReadOnlySpan<char> key, Reading value)
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
