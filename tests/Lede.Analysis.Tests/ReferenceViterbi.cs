namespace Lede.Analysis.Tests;

/// <summary>
/// The textbook Viterbi decoder the vectorised ones are checked against: every allowed (previous, tag) pair in turn,
/// the first best kept (so the lowest previous tag wins a tie), and random cases where ties are common.
/// </summary>
internal static class ReferenceViterbi
{
    /// <param name="transitions">Row 0: start scores; row p + 1: scores from tag p.</param>
    public static int[] Decode(float[] emissions, float[] transitions, int n, int tagCount, Func<int, int, bool> allowed, Func<int, bool> allowedLast)
    {
        var T = tagCount;
        var scores = new float[n * T];
        var back = new int[n * T];
        for (var t = 0; t < T; t++)
            scores[t] = allowed(-1, t) ? emissions[t] + transitions[t] : float.NegativeInfinity;
        for (var i = 1; i < n; i++)
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < T; p++)
                {
                    if (!allowed(p, t)) continue;
                    var s = scores[(i - 1) * T + p] + transitions[(p + 1) * T + t];
                    if (s > best) { best = s; arg = p; }
                }
                scores[i * T + t] = best + emissions[i * T + t];
                back[i * T + t] = arg;
            }
        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var t = 0; t < T; t++)
            if (allowedLast(t) && scores[(n - 1) * T + t] > lastScore) (last, lastScore) = (t, scores[(n - 1) * T + t]);
        var path = new int[n];
        path[n - 1] = last;
        for (var i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
        return path;
    }

    /// <summary>Random emissions and transitions for <paramref name="n"/> tokens; coarse cases use small integers, so ties are common.</summary>
    public static (float[] Emissions, float[] Transitions) RandomCase(Random rng, int n, int tagCount, bool coarse)
    {
        float Draw() => coarse ? rng.Next(-3, 4) : (float)(rng.NextDouble() * 10 - 5);
        var emissions = new float[n * tagCount];
        for (var k = 0; k < emissions.Length; k++) emissions[k] = Draw();
        var transitions = new float[(tagCount + 1) * tagCount];
        for (var k = 0; k < transitions.Length; k++) transitions[k] = Draw();
        return (emissions, transitions);
    }
}
