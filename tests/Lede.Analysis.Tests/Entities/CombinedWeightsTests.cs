using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class CombinedWeightsTests
{
    private const int T = EntityTagSet.Count;

    // Twenty keys whose home is the table's last bucket (64 slots, eight to a bucket): they fill it, wrap around to
    // the first slots and outrun the eight slots a lookup compares at once, so every probe path is read.
    private static ulong Key(int k) => (ulong)(k + 1) << 32 | (k % 2 == 0 ? 62UL : 63UL);

    private static CombinedWeights Colliding(int count)
    {
        var keys = Enumerable.Range(0, count).Select(Key).ToArray();
        var first = new TaggerWeights(keys, [.. Enumerable.Range(0, count + 1)], [.. Enumerable.Repeat((byte)1, count)],
            [.. Enumerable.Range(1, count).Select(w => (float)w)], new float[(T + 1) * T]);
        var second = new TaggerWeights([], [0], [], [], new float[(T + 1) * T]);
        return new CombinedWeights(first, second);
    }

    private static float[] Emissions(CombinedWeights weights, ulong feature)
    {
        var emissions = new float[T];
        weights.ScoreLocal([feature], [0, 1], 1, emissions, new short[CombinedWeights.Width], new int[1]);
        return emissions;
    }

    [Fact]
    public void Every_key_of_a_crowded_wrapping_probe_finds_its_own_row()
    {
        const int count = 20;
        var weights = Colliding(count);
        for (var k = 0; k < count; k++)
        {
            var emissions = Emissions(weights, Key(k));
            // 8-bit rows: the largest weight (20) is 127, so a weight reads back within half a step (20 / 254).
            Assert.InRange(emissions[1], k + 1 - 0.08f, k + 1 + 0.08f);
            Assert.Equal(0f, emissions[2]);
        }
    }

    [Fact]
    public void A_key_the_model_lacks_scores_zero_even_behind_a_crowded_home()
    {
        var weights = Colliding(20);
        Assert.All(Emissions(weights, (ulong)500 << 32 | 62UL), e => Assert.Equal(0f, e));
        Assert.All(Emissions(weights, (ulong)500 << 32 | 5UL), e => Assert.Equal(0f, e));
    }
}
