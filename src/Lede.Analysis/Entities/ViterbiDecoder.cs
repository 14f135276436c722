using System.Buffers;

namespace Lede.Analysis.Entities;

/// <summary>Best tag sequence under emission and transition scores, restricted to well-formed BILOU.</summary>
internal static class ViterbiDecoder
{
    private const int T = EntityTagSet.Count;
    private static readonly bool[] AllowedTransitions = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(T + 1) * T];
        for (var p = -1; p < T; p++)
            for (var t = 0; t < T; t++)
                allowed[(p + 1) * T + t] = EntityTagSet.Allowed(p, t);
        return allowed;
    }

    /// <param name="emissions">n×T scores, row-major.</param>
    /// <param name="transitions">(T+1)×T scores; row 0 is the sentence start, row p+1 follows tag p.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> output)
    {
        if (n == 0) return;
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
                for (var p = 0; p < T; p++)
                {
                    var k = (p + 1) * T + t;
                    if (!AllowedTransitions[k]) continue;
                    var s = scores[prevRow + p] + transitions[k];
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
