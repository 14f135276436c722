using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class ViterbiDecoderTests
{
    private const int T = EntityTagSet.Count;

    [Fact]
    public void Decoder_finds_the_paths_of_a_scan_over_every_allowed_pair_ties_included()
    {
        var rng = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            var n = rng.Next(1, 40);
            // Small integers make ties common: the lowest previous tag must win them, as in the plain scan.
            var coarse = round % 2 == 0;
            float Draw() => coarse ? rng.Next(-3, 4) : (float)(rng.NextDouble() * 10 - 5);
            var emissions = new float[n * T];
            for (var k = 0; k < emissions.Length; k++) emissions[k] = Draw();
            var transitions = new float[(T + 1) * T];
            for (var k = 0; k < transitions.Length; k++) transitions[k] = Draw();
            var decoded = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, n, decoded);
            Assert.Equal(ScanEveryPair(emissions, transitions, n), decoded);
        }
    }

    // The textbook decoder: every allowed (previous, tag) pair in turn, the first best kept.
    private static int[] ScanEveryPair(float[] emissions, float[] transitions, int n)
    {
        var scores = new float[n * T];
        var back = new int[n * T];
        for (var t = 0; t < T; t++)
            scores[t] = EntityTagSet.Allowed(-1, t) ? emissions[t] + transitions[t] : float.NegativeInfinity;
        for (var i = 1; i < n; i++)
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < T; p++)
                {
                    if (!EntityTagSet.Allowed(p, t)) continue;
                    var s = scores[(i - 1) * T + p] + transitions[(p + 1) * T + t];
                    if (s > best) { best = s; arg = p; }
                }
                scores[i * T + t] = best + emissions[i * T + t];
                back[i * T + t] = arg;
            }
        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var t = 0; t < T; t++)
            if (EntityTagSet.AllowedLast(t) && scores[(n - 1) * T + t] > lastScore) (last, lastScore) = (t, scores[(n - 1) * T + t]);
        var path = new int[n];
        path[n - 1] = last;
        for (var i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
        return path;
    }
}
