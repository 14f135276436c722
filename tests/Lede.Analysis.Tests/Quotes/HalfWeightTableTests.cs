using Lede.Analysis.Quotes;

namespace Lede.Analysis.Tests.Quotes;

public sealed class HalfWeightTableTests
{
    private static Dictionary<ulong, float> HalfWeights(int count, int seed)
    {
        float[] halves = [(float)(Half)0.0001f, (float)(Half)(-0.00001f), -0f, (float)Half.MaxValue, (float)Half.Epsilon, -2.5f, (float)(Half)0.333f, 7f];
        var random = new Random(seed);
        var weights = new Dictionary<ulong, float>();
        while (weights.Count < count) weights[(ulong)random.NextInt64()] = halves[random.Next(halves.Length)];
        return weights;
    }

    [Fact]
    public void Every_weight_reads_back_bit_for_bit_and_unknown_keys_read_positive_zero()
    {
        var weights = HalfWeights(5000, 3);
        // Eleven keys with the same top bits share a bucket of eight slots: three are found past it.
        for (var k = 1; k <= 11; k++) weights[0xABCD_0000_0000_0000UL | (uint)k] = -k;
        // A key whose low 48 bits are 0 is kept aside.
        weights[0x1234_0000_0000_0000UL] = 0.5f;
        var table = HalfWeightTable.TryCreate(weights);
        Assert.NotNull(table);
        foreach (var (key, weight) in weights)
            Assert.Equal(BitConverter.SingleToUInt32Bits(weight), BitConverter.SingleToUInt32Bits(table.GetValueOrDefault(key)));
        var random = new Random(4);
        for (var i = 0; i < 5000; i++)
        {
            var absent = (ulong)random.NextInt64() | 1UL << 63;
            if (!weights.ContainsKey(absent)) Assert.Equal(0u, BitConverter.SingleToUInt32Bits(table.GetValueOrDefault(absent)));
        }
        Assert.Equal(0u, BitConverter.SingleToUInt32Bits(table.GetValueOrDefault(0xABCD_0000_0000_0000UL | 12UL)));
        Assert.Equal(0u, BitConverter.SingleToUInt32Bits(table.GetValueOrDefault(0x4321_0000_0000_0000UL)));
        Assert.Equal(0u, BitConverter.SingleToUInt32Bits(table.GetValueOrDefault(0)));
    }

    [Fact]
    public void Weights_that_are_not_halves_or_keys_that_share_their_fingerprint_are_refused()
    {
        Assert.Null(HalfWeightTable.TryCreate(new Dictionary<ulong, float> { [1] = 0.5f, [2] = 1.0001f }));
        Assert.Null(HalfWeightTable.TryCreate(new Dictionary<ulong, float> { [1] = float.PositiveInfinity }));
        Assert.Null(HalfWeightTable.TryCreate(new Dictionary<ulong, float> { [5] = 1f, [1UL << 60 | 5] = 2f }));
        Assert.Null(HalfWeightTable.TryCreate(new Dictionary<ulong, float> { [1UL << 50] = 1f, [1UL << 60] = 2f }));
    }

    [Fact]
    public void Sums_over_halves_are_those_of_adding_the_weights_one_by_one()
    {
        var weights = HalfWeights(2000, 9);
        var halves = new HashedWeightTable(weights);
        Assert.True(halves.KeepsHalves);
        var floats = new HashedWeightTable(new Dictionary<ulong, float>(weights) { [42] = 1.0001f });
        Assert.False(floats.KeepsHalves);
        var keys = weights.Keys.ToArray();
        var random = new Random(10);
        var features = new ulong[24 * 8];
        for (var i = 0; i < features.Length; i++) features[i] = random.Next(3) == 0 ? (ulong)random.NextInt64() : keys[random.Next(keys.Length)];
        var sums = new float[8];
        halves.SumRows(features, 24, sums);
        for (var r = 0; r < 8; r++)
        {
            var expected = 0f;
            foreach (var f in features.AsSpan(r * 24, 24)) expected += weights.GetValueOrDefault(f);
            Assert.Equal(BitConverter.SingleToUInt32Bits(expected), BitConverter.SingleToUInt32Bits(sums[r]));
            Assert.Equal(BitConverter.SingleToUInt32Bits(expected), BitConverter.SingleToUInt32Bits(halves.Sum(features.AsSpan(r * 24, 24))));
        }
    }
}
