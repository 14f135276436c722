using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class EntityTagSetTests
{
    [Fact]
    public void Iob_becomes_bilou()
    {
        var tags = EntityTagSet.FromIob(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-MISC", "I-MISC", "I-MISC"]);
        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "U-LOC", "U-ORG", "B-MISC", "I-MISC", "L-MISC"], tags.Select(EntityTagSet.Name).ToArray());
    }

    [Fact]
    public void Spans_come_from_bilou()
    {
        var tags = EntityTagSet.FromIob(["O", "B-PER", "I-PER", "B-ORG", "O", "B-LOC"]);
        Assert.Equal([(1, 2, 0), (3, 3, 1), (5, 5, 2)], EntityTagSet.Spans(tags).ToArray());
    }

    [Fact]
    public void Transitions_forbid_broken_spans()
    {
        var beginPer = EntityTagSet.Tag(0, 0);
        var insidePer = EntityTagSet.Tag(0, 1);
        var lastOrg = EntityTagSet.Tag(1, 2);
        Assert.False(EntityTagSet.Allowed(-1, insidePer));
        Assert.False(EntityTagSet.Allowed(beginPer, EntityTagSet.Outside));
        Assert.False(EntityTagSet.Allowed(beginPer, lastOrg));
        Assert.True(EntityTagSet.Allowed(beginPer, insidePer));
        Assert.False(EntityTagSet.AllowedLast(beginPer));
    }

    [Fact]
    public void Viterbi_output_is_well_formed_whatever_the_scores()
    {
        var rng = new Random(7);
        const int T = EntityTagSet.Count;
        for (var round = 0; round < 50; round++)
        {
            var n = rng.Next(1, 12);
            var emissions = new float[n * T];
            for (var k = 0; k < emissions.Length; k++) emissions[k] = (float)(rng.NextDouble() * 10 - 5);
            var transitions = new float[(T + 1) * T];
            var output = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, n, output);
            for (var i = 0; i < n; i++) Assert.True(EntityTagSet.Allowed(i == 0 ? -1 : output[i - 1], output[i]));
            Assert.True(EntityTagSet.AllowedLast(output[^1]));
        }
    }

    [Fact]
    public void Viterbi_follows_strong_emissions()
    {
        const int T = EntityTagSet.Count;
        var emissions = new float[3 * T];
        emissions[0 * T + EntityTagSet.Tag(0, 0)] = 5; // B-PER
        emissions[1 * T + EntityTagSet.Tag(0, 2)] = 5; // L-PER
        emissions[2 * T + EntityTagSet.Outside] = 5;
        var output = new int[3];
        ViterbiDecoder.Decode(emissions, new float[(T + 1) * T], 3, output);
        Assert.Equal(["B-PER", "L-PER", "O"], output.Select(EntityTagSet.Name).ToArray());
    }

    [Fact]
    public void The_named_type_indices_name_their_types()
    {
        Assert.Equal("PER", EntityTagSet.Types[EntityTagSet.Person]);
        Assert.Equal("ORG", EntityTagSet.Types[EntityTagSet.Organization]);
        Assert.Equal("LOC", EntityTagSet.Types[EntityTagSet.Place]);
        Assert.Equal("MISC", EntityTagSet.Types[EntityTagSet.Other]);
    }
}
