using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Lede.Analysis.Entities;

/// <summary>Best tag sequence under emission and transition scores, restricted to well-formed BILOU.</summary>
internal static class ViterbiDecoder
{
    private const int T = EntityTagSet.Count;
    // A token's 17 tags in three vectors of eight lanes; lanes 17–23 are padding that never wins.
    private const int Lanes = 24;
    private static readonly bool[] AllowedTransitions = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(T + 1) * T];
        for (var p = -1; p < T; p++)
            for (var t = 0; t < T; t++)
                allowed[(p + 1) * T + t] = EntityTagSet.Allowed(p, t);
        return allowed;
    }

    /// <summary>The length of <see cref="Layout(ReadOnlySpan{float})"/>'s table.</summary>
    public const int LayoutLength = T * Lanes;

    /// <summary>
    /// Each previous tag's transitions to all tags, with −∞ where BILOU forbids the pair, as <see cref="Decode(ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, int, Span{int})"/>
    /// reads them: made once per model by a tagger, not once per sentence.
    /// </summary>
    public static float[] Layout(ReadOnlySpan<float> transitions)
    {
        var masked = new float[LayoutLength];
        Layout(transitions, masked);
        return masked;
    }

    private static void Layout(ReadOnlySpan<float> transitions, Span<float> masked)
    {
        masked.Fill(float.NegativeInfinity);
        for (var p = 0; p < T; p++)
            for (var t = 0; t < T; t++)
                if (AllowedTransitions[(p + 1) * T + t]) masked[p * Lanes + t] = transitions[(p + 1) * T + t];
    }

    /// <param name="emissions">n×T scores, row-major.</param>
    /// <param name="transitions">(T+1)×T scores; row 0 is the sentence start, row p+1 follows tag p.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> output)
    {
        if (n == 0) return;
        Span<float> masked = stackalloc float[LayoutLength];
        Layout(transitions, masked);
        Decode(emissions, transitions, masked, n, output);
    }

    /// <summary>The same decoding with the transitions' <see cref="Layout(ReadOnlySpan{float})"/> made already.</summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> masked, int n, Span<int> output)
    {
        if (n == 0) return;
        // A forbidden pair scores −∞ (Layout), which never beats the best so far (it starts at −∞), exactly as if it were
        // skipped. All tags' best previous tags are found at once, previous tags in ascending order with a strict
        // comparison, so ties go to the lowest as in a scan of the allowed pairs one by one, and every sum is the same
        // single addition.
        var scores = ArrayPool<float>.Shared.Rent(n * T + Lanes);
        var back = ArrayPool<int>.Shared.Rent(n * T + Lanes);
        for (var t = 0; t < T; t++)
            scores[t] = AllowedTransitions[t] ? emissions[t] + transitions[t] : float.NegativeInfinity;
        ref var maskedRef = ref MemoryMarshal.GetReference(masked);
        ref var emissionsRef = ref MemoryMarshal.GetReference(emissions);
        ref var scoresRef = ref MemoryMarshal.GetArrayDataReference(scores);
        ref var backRef = ref MemoryMarshal.GetArrayDataReference(back);
        for (var i = 1; i < n; i++)
        {
            var row = i * T;
            var prevRow = row - T;
            Vector256<float> best0 = Vector256.Create(float.NegativeInfinity), best1 = best0, best2 = best0;
            Vector256<int> arg0 = Vector256<int>.Zero, arg1 = arg0, arg2 = arg0;
            for (var p = 0; p < T; p++)
            {
                var previous = Vector256.Create(Unsafe.Add(ref scoresRef, prevRow + p));
                var from = Vector256.Create(p);
                ref var to = ref Unsafe.Add(ref maskedRef, p * Lanes);
                var s0 = previous + Vector256.LoadUnsafe(ref to);
                var s1 = previous + Vector256.LoadUnsafe(ref to, 8);
                var s2 = previous + Vector256.LoadUnsafe(ref to, 16);
                var m0 = Vector256.GreaterThan(s0, best0);
                var m1 = Vector256.GreaterThan(s1, best1);
                var m2 = Vector256.GreaterThan(s2, best2);
                best0 = Vector256.ConditionalSelect(m0, s0, best0);
                best1 = Vector256.ConditionalSelect(m1, s1, best1);
                best2 = Vector256.ConditionalSelect(m2, s2, best2);
                arg0 = Vector256.ConditionalSelect(m0.AsInt32(), from, arg0);
                arg1 = Vector256.ConditionalSelect(m1.AsInt32(), from, arg1);
                arg2 = Vector256.ConditionalSelect(m2.AsInt32(), from, arg2);
            }
            // Tags 0–15 as vectors, tag 16 alone (the buffers are padded, so the vector stores stay inside them).
            (best0 + Vector256.LoadUnsafe(ref emissionsRef, (nuint)row)).StoreUnsafe(ref scoresRef, (nuint)row);
            (best1 + Vector256.LoadUnsafe(ref emissionsRef, (nuint)(row + 8))).StoreUnsafe(ref scoresRef, (nuint)(row + 8));
            Unsafe.Add(ref scoresRef, row + 16) = best2.GetElement(0) + Unsafe.Add(ref emissionsRef, row + 16);
            arg0.StoreUnsafe(ref backRef, (nuint)row);
            arg1.StoreUnsafe(ref backRef, (nuint)(row + 8));
            Unsafe.Add(ref backRef, row + 16) = arg2.GetElement(0);
        }
        var last = (n - 1) * T;
        var bestTag = 0;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < T; t++)
        {
            if (!EntityTagSet.AllowedLast(t)) continue;
            if (scores[last + t] > bestScore) { bestScore = scores[last + t]; bestTag = t; }
        }
        output[n - 1] = bestTag;
        for (var i = n - 1; i > 0; i--) output[i - 1] = back[i * T + output[i]];
        ArrayPool<float>.Shared.Return(scores);
        ArrayPool<int>.Shared.Return(back);
    }
}
