using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lede.Analysis.Entities;

/// <summary>
/// Both passes' weights laid out for tagging: each feature is one 32-byte row (half a cache line, aligned), its 16
/// first-pass then its 16 second-pass weights as 8-bit integers, so a feature costs one memory read for both passes
/// and is added with one load, one widening and two 16-bit vector additions. Sixteen weights suffice for seventeen
/// tags because a token's best path does not change when one constant is added to all its tags' scores: each
/// feature's O weight is subtracted from its other weights, and O always scores 0. Each pass has one scale (its
/// largest weight is 127); on conll2003-dev this costs 0.0006 F1 against 16-bit weights, and halves the memory read.
/// A token's sums stay in 16 bits: it has at most ~160 features (a few dozen templates, and name features for at
/// most 21 gazetteer matches covering it), 160 × 127 &lt; 32767. Rows are found through an open-addressing table of
/// 8-byte slots (a 32-bit fingerprint of the key, whose low bits choose the bucket, and the row number), the eight
/// slots of a cache-line bucket compared at once, so the lookup has no branch on whether the feature is known (a mispredicted one cost more
/// than the slot read: NER −15 % on English pages, 2026-11-27); row 0 is
/// all zeros and stands for features the model has no weight for.
/// </summary>
internal sealed unsafe class CombinedWeights
{
    private const int T = EntityTagSet.Count;

    /// <summary>Tags with a weight of their own: all but O (tag 0).</summary>
    public const int Width = T - 1;

    private const int RowBytes = 2 * Width;

    // Pinned like the rows: fingerprint << 32 | row, 0 = empty, in cache-line buckets of eight from an aligned pointer.
    private readonly ulong[] _slotStorage;
    private readonly ulong* _slots;
    private readonly int _mask;
    // Pinned, so the rows can be addressed from a cache-line-aligned pointer into the array for the object's lifetime.
    private readonly sbyte[] _rowStorage;
    private readonly sbyte* _rows;
    private readonly float _firstScale, _secondScale;

    public CombinedWeights(TaggerWeights first, TaggerWeights second)
    {
        // Two walks over the merged rows, without a float copy of the table: the first finds each pass's largest
        // weight (the scales), the second writes the 8-bit rows (row 0 is the zero row).
        Span<float> row = stackalloc float[RowBytes];
        float firstMax = 0, secondMax = 0;
        var merged = new MergedRows(first, second);
        var count = 0;
        while (merged.Next(row, out _))
        {
            count++;
            for (var k = 0; k < Width; k++)
            {
                firstMax = Math.Max(firstMax, Math.Abs(row[k]));
                secondMax = Math.Max(secondMax, Math.Abs(row[Width + k]));
            }
        }

        // One scale per pass: the largest weight maps to the largest 8-bit integer.
        _firstScale = firstMax > 0 ? firstMax / sbyte.MaxValue : 1;
        _secondScale = secondMax > 0 ? secondMax / sbyte.MaxValue : 1;
        RowCount = count;
        _rowStorage = GC.AllocateArray<sbyte>((count + 2) * RowBytes, pinned: true);
        _rows = (sbyte*)AlignUp((nint)Unsafe.AsPointer(ref _rowStorage[0]), RowBytes);
        float inverseFirst = 1 / _firstScale, inverseSecond = 1 / _secondScale;
        var keys = new ulong[count];
        merged = new MergedRows(first, second);
        for (var r = 0; r < count && merged.Next(row, out keys[r]); r++)
        {
            var target = _rows + (r + 1) * RowBytes;
            for (var k = 0; k < Width; k++)
            {
                target[k] = Quantize(row[k] * inverseFirst);
                target[Width + k] = Quantize(row[Width + k] * inverseSecond);
            }
        }

        var capacity = 16;
        while (capacity < count * 2) capacity <<= 1;
        _slotStorage = GC.AllocateArray<ulong>(capacity + BucketSlots, pinned: true);
        _slots = (ulong*)AlignUp((nint)Unsafe.AsPointer(ref _slotStorage[0]), BucketBytes);
        _mask = capacity - 1;
        for (var r = 0; r < count; r++)
        {
            var i = Home(keys[r]);
            while (_slots[i] != 0) i = (i + 1) & _mask;
            _slots[i] = (ulong)Fingerprint(keys[r]) << 32 | (uint)(r + 1);
        }
    }

    /// <summary>
    /// The union of both passes' sorted keys in order, each with its 16 + 16 weights relative to O (a key in both
    /// passes gives one row).
    /// </summary>
    private struct MergedRows(TaggerWeights first, TaggerWeights second)
    {
        private int _a, _b;

        public bool Next(Span<float> row, out ulong key)
        {
            var firstKeys = first.Keys;
            var secondKeys = second.Keys;
            if (_a >= firstKeys.Length && _b >= secondKeys.Length)
            {
                key = 0;
                return false;
            }
            key = _b >= secondKeys.Length || (_a < firstKeys.Length && firstKeys[_a] <= secondKeys[_b]) ? firstKeys[_a] : secondKeys[_b];
            Span<float> full = stackalloc float[2 * T];
            full.Clear();
            if (_a < firstKeys.Length && firstKeys[_a] == key) Fill(first, _a++, full[..T]);
            if (_b < secondKeys.Length && secondKeys[_b] == key) Fill(second, _b++, full[T..]);
            for (var t = 1; t < T; t++)
            {
                row[t - 1] = full[t] - full[0];
                row[Width + t - 1] = full[T + t] - full[T];
            }
            return true;
        }
    }

    // The first address at or after address that is a multiple of alignment (a power of two); the arrays hold one
    // row or bucket more than needed to leave room for the shift.
    private static nint AlignUp(nint address, int alignment) => address + ((alignment - (int)(address & (alignment - 1))) & (alignment - 1));

    private static sbyte Quantize(float value) => (sbyte)Math.Clamp(MathF.Round(value), -sbyte.MaxValue, sbyte.MaxValue);

    /// <summary>Features with a row (of either pass).</summary>
    public int RowCount { get; }

    /// <summary>Bytes read while tagging: slots and rows.</summary>
    public long TableBytes => _slotStorage.Length * 8L + _rowStorage.Length;

    // The model stores halves: the same rounding here, so a freshly trained model tags as it will once loaded.
    private static void Fill(TaggerWeights weights, int row, Span<float> output)
    {
        var (start, end) = weights.RowRange(row);
        for (var k = start; k < end; k++)
        {
            var (tag, weight) = weights.Entry(k);
            output[tag] = (float)(Half)weight;
        }
    }

    private static uint Fingerprint(ulong key) => Math.Max(1u, (uint)(key >> 32));

    /// <summary>
    /// The row of a feature, or 0 (the zero row) when the model has no weight for it, probing from slot
    /// <paramref name="i"/> of the key's probe sequence on (<see cref="Resolve"/> reads the first slots at once).
    /// </summary>
    private int Find(ulong key, int i)
    {
        var fingerprint = Fingerprint(key);
        while (true)
        {
            var slot = _slots[i];
            if ((uint)(slot >> 32) == fingerprint) return (int)(uint)slot;
            if (slot == 0) return 0;
            i = (i + 1) & _mask;
        }
    }

    // Each feature costs a slot read and a row read, both likely cache misses: slots are prefetched this many
    // features ahead of their lookup, and rows this many ahead of their addition, so the misses overlap. Twelve for
    // both left the loads waiting (perf: over half of the tagging's samples on the slot and row loads); in-process A/B
    // on English pages, analysis only: slots 32 ahead −5 %, rows 40 ahead another −5 %; 64 for either no better
    // (2026-11-27, thirteenth session).
    private const int RowPrefetchDistance = 40;
    private const int SlotPrefetchDistance = 32;

    /// <summary>
    /// Scores a sentence's local features (token i has features[starts[i]..starts[i+1])) under both passes:
    /// first-pass emissions into <paramref name="first"/> (n×T, overwritten) and the second pass's sums into
    /// <paramref name="second"/> (n×<see cref="Width"/>, overwritten), for <see cref="ScoreSecond"/> to complete.
    /// </summary>
    public void ScoreLocal(ReadOnlySpan<ulong> features, ReadOnlySpan<int> starts, int n, Span<float> first, Span<short> second, Span<int> rows)
    {
        if (first.Length < n * T || second.Length < n * Width || rows.Length < starts[n]) throw new ArgumentException("Buffers too small for the sentence.");
        Resolve(features[..starts[n]], rows);
        var scale = Vector256.Create(_firstScale);
        ref var secondRef = ref MemoryMarshal.GetReference(second);
        var count = starts[n];
        var j = 0;
        for (var i = 0; i < n; i++)
        {
            Vector256<short> a = default, b = default;
            for (var end = starts[i + 1]; j < end; j++)
            {
                if (j + RowPrefetchDistance < count) Prefetch(_rows + rows[j + RowPrefetchDistance] * RowBytes);
                var (firstPass, secondPass) = Vector256.Widen(Vector256.Load(_rows + rows[j] * RowBytes));
                a += firstPass;
                b += secondPass;
            }
            StoreEmissions(a, scale, first, i);
            b.StoreUnsafe(ref secondRef, (nuint)(i * Width));
        }
    }

    /// <summary>
    /// Second-pass emissions (n×T, overwritten) from the local sums of <see cref="ScoreLocal"/> and the document
    /// features (token i has features[starts[i]..starts[i+1])).
    /// </summary>
    public void ScoreSecond(ReadOnlySpan<ulong> features, ReadOnlySpan<int> starts, int n, ReadOnlySpan<short> local, Span<float> emissions, Span<int> rows)
    {
        if (local.Length < n * Width || emissions.Length < n * T || rows.Length < starts[n]) throw new ArgumentException("Buffers too small for the sentence.");
        Resolve(features[..starts[n]], rows);
        var scale = Vector256.Create(_secondScale);
        ref var localRef = ref MemoryMarshal.GetReference(local);
        var count = starts[n];
        var j = 0;
        for (var i = 0; i < n; i++)
        {
            var b = Vector256.LoadUnsafe(ref localRef, (nuint)(i * Width));
            for (var end = starts[i + 1]; j < end; j++)
            {
                if (j + RowPrefetchDistance < count) Prefetch(_rows + rows[j + RowPrefetchDistance] * RowBytes);
                b += Vector256.Widen(Vector256.Load(_rows + rows[j] * RowBytes)).Upper;
            }
            StoreEmissions(b, scale, emissions, i);
        }
    }

    // Token i's emissions from its 16 summed weights: O scores 0, the other tags their sum times the pass's scale.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreEmissions(Vector256<short> sums, Vector256<float> scale, Span<float> emissions, int i)
    {
        var (lower, upper) = Vector256.Widen(sums);
        emissions[i * T] = 0;
        ref var target = ref MemoryMarshal.GetReference(emissions);
        (Vector256.ConvertToSingle(lower) * scale).StoreUnsafe(ref target, (nuint)(i * T + 1));
        (Vector256.ConvertToSingle(upper) * scale).StoreUnsafe(ref target, (nuint)(i * T + 1 + 8));
    }

    private void Resolve(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        var count = features.Length;
        var slots = _slots;
        for (var j = 0; j < count; j++)
        {
            if (j + SlotPrefetchDistance < count) Prefetch(slots + Home(features[j + SlotPrefetchDistance]));
            var key = features[j];
            var i = Home(key);
            // The first slot of the key's bucket that holds its fingerprint or is empty, found without a branch on the
            // outcome: its low half is the row, and an empty slot's is 0, the zero row.
            var wanted = Vector256.Create((ulong)Fingerprint(key));
            var low = Vector256.Load(slots + i);
            var high = Vector256.Load(slots + i + 4);
            var found = (Vector256.Equals(Vector256.ShiftRightLogical(low, 32), wanted) | Vector256.Equals(low, Vector256<ulong>.Zero)).ExtractMostSignificantBits()
                | (Vector256.Equals(Vector256.ShiftRightLogical(high, 32), wanted) | Vector256.Equals(high, Vector256<ulong>.Zero)).ExtractMostSignificantBits() << 4;
            rows[j] = found != 0 ? (int)(uint)slots[i + BitOperations.TrailingZeroCount(found)] : Find(key, (i + BucketSlots) & _mask);
        }
    }

    // A key's probe starts at the first slot of its bucket: one aligned cache line (a probe of four slots from any slot
    // crossed into a second line for three keys in eight).
    private const int BucketSlots = 8;
    private const int BucketBytes = BucketSlots * sizeof(ulong);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key & (ulong)_mask) & ~(BucketSlots - 1);

    private static void Prefetch(void* address)
    {
        if (Sse.IsSupported) Sse.Prefetch0(address);
    }
}
