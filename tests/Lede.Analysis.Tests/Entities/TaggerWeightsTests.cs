using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class TaggerWeightsTests
{
    private const int T = EntityTagSet.Count;

    private static float[] Transitions(float value) => Enumerable.Repeat(value, (T + 1) * T).ToArray();

    private static float[] Scores(TaggerWeights weights, ulong feature)
    {
        var scores = new float[T];
        weights.Score([feature], scores);
        return scores;
    }

    [Fact]
    public void Averaging_takes_each_features_mean_counting_a_missing_weight_as_zero()
    {
        // Feature 10: tag 1 weight 2 in the first pass, tag 1 weight 4 and tag 2 weight 6 in the second; feature 20 only in the first.
        var a = new TaggerWeights([10, 20], [0, 1, 2], [1, 3], [2f, 8f], Transitions(1));
        var b = new TaggerWeights([10], [0, 2], [1, 2], [4f, 6f], Transitions(3));
        var mean = TaggerWeights.Average([a, b]);

        Assert.Equal([10UL, 20UL], mean.Keys.ToArray());
        var ten = Scores(mean, 10);
        Assert.Equal(3f, ten[1]);
        Assert.Equal(3f, ten[2]);
        Assert.Equal(4f, Scores(mean, 20)[3]);
        Assert.All(mean.Transitions, t => Assert.Equal(2f, t));
    }

    [Fact]
    public void A_single_pass_averages_to_itself()
    {
        var a = new TaggerWeights([10], [0, 1], [1], [2f], Transitions(1));
        Assert.Same(a, TaggerWeights.Average([a]));
    }
}
