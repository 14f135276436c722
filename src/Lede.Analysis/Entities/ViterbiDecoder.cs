using System.Buffers;

namespace Lede.Analysis.Entities;

/// <summary>Best tag sequence under emission and transition scores, restricted to well-formed BILOU.</summary>
internal static class ViterbiDecoder
{
    private const int T = EntityTagSet.Count;
    private static readonly bool[] AllowedTransitions = BuildAllowed();
    // The tags allowed before each tag, in ascending order (ties go to the lowest, as in a full scan): BILOU allows
    // 9 of 17 before O, B and U and 2 before I and L, so the search looks at 97 pairs per token instead of 289.
    private static readonly (int[] Start, int[] Tag) Predecessors = BuildPredecessors();

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(T + 1) * T];
        for (var p = -1; p < T; p++)
            for (var t = 0; t < T; t++)
                allowed[(p + 1) * T + t] = EntityTagSet.Allowed(p, t);
        return allowed;
    }

    private static (int[] Start, int[] Tag) BuildPredecessors()
    {
        var start = new int[T + 1];
        var tags = new List<int>();
        for (var t = 0; t < T; t++)
        {
            start[t] = tags.Count;
            for (var p = 0; p < T; p++)
                if (EntityTagSet.Allowed(p, t)) tags.Add(p);
        }
        start[T] = tags.Count;
        return (start, tags.ToArray());
    }

    /// <param name="emissions">n×T scores, row-major.</param>
    /// <param name="transitions">(T+1)×T scores; row 0 is the sentence start, row p+1 follows tag p.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> output)
    {
        if (n == 0) return;
        var (predStart, predTag) = Predecessors;
        var scores = ArrayPool<float>.Shared.Rent(n * T);
        var back = ArrayPool<int>.Shared.Rent(n * T);
        for (var t = 0; t < T; t++)
            scores[t] = AllowedTransitions[t] ? emissions[t] + transitions[t] : float.NegativeInfinity;
        for (var i = 1; i < n; i++)
        {
            var row = i * T;
            var prevRow = row - T;
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var k = predStart[t]; k < predStart[t + 1]; k++)
                {
                    var p = predTag[k];
                    var s = scores[prevRow + p] + transitions[(p + 1) * T + t];
                    if (s > best) { best = s; arg = p; }
                }
                scores[row + t] = best + emissions[row + t];
                back[row + t] = arg;
            }
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
