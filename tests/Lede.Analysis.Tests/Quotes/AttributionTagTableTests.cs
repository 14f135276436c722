using System.Runtime.Intrinsics;
using Lede.Analysis.Quotes;

namespace Lede.Analysis.Tests.Quotes;

public sealed class AttributionTagTableTests
{
    private static AttributionTagWeights Row(float first)
    {
        var row = new AttributionTagWeights();
        for (var tag = 0; tag < AttributionTagger.TagCount; tag++) row[tag] = first + tag * 0.25f;
        return row;
    }

    private static void AssertWeights(AttributionTagWeights expected, Vector256<float> found)
    {
        for (var tag = 0; tag < AttributionTagger.TagCount; tag++) Assert.Equal(expected[tag], found[tag]);
        for (var lane = AttributionTagger.TagCount; lane < Vector256<float>.Count; lane++) Assert.Equal(0f, found[lane]);
    }

    [Fact]
    public void Every_row_is_found_with_its_five_weights_and_unknown_features_read_zeros()
    {
        var rows = new Dictionary<ulong, AttributionTagWeights>();
        var random = new Random(3);
        while (rows.Count < 3000) rows[(ulong)random.NextInt64() & ~7UL] = Row(rows.Count - 1500);
        // Five features with the same top bits share a bucket of two slots: three are found past it.
        for (var k = 1; k <= 5; k++) rows[0x7777_0000_0000_0000UL | (ulong)k << 3] = Row(-k);
        rows[0] = Row(42);
        var table = new AttributionTagTable(rows);
        foreach (var (key, row) in rows) AssertWeights(row, table.Weights(key));
        AssertWeights(default, table.Weights(0x7777_0000_0000_0000UL | 6UL << 3));
        for (var i = 0; i < 3000; i++) AssertWeights(default, table.Weights((ulong)random.NextInt64() | 1));
    }

    [Fact]
    public void Rows_of_halves_are_kept_as_halves_and_read_back_bit_for_bit()
    {
        // Weights a model file holds: halves, among them subnormal ones, negative zero and the largest.
        float[] halves = [(float)(Half)0.0001f, (float)(Half)(-0.00001f), -0f, (float)Half.MaxValue, (float)Half.Epsilon, -2.5f, 0.333f];
        var rows = new Dictionary<ulong, AttributionTagWeights>();
        var random = new Random(7);
        while (rows.Count < 3000)
        {
            var row = new AttributionTagWeights();
            for (var tag = 0; tag < AttributionTagger.TagCount; tag++) row[tag] = (float)(Half)halves[random.Next(halves.Length)];
            rows[(ulong)random.NextInt64() & ~7UL] = row;
        }
        // Seven features with the same top bits share a bucket of four slots: three are found past it.
        for (var k = 1; k <= 7; k++) rows[0x7777_0000_0000_0000UL | (ulong)k << 3] = Row(-k);
        rows[0] = Row(42);
        var table = new AttributionTagTable(rows);
        Assert.True(table.KeepsHalves);
        foreach (var (key, row) in rows)
        {
            var found = table.Weights(key);
            for (var tag = 0; tag < AttributionTagger.TagCount; tag++)
                Assert.Equal(BitConverter.SingleToUInt32Bits(row[tag]), BitConverter.SingleToUInt32Bits(found[tag]));
            for (var lane = AttributionTagger.TagCount; lane < Vector256<float>.Count; lane++) Assert.Equal(0u, BitConverter.SingleToUInt32Bits(found[lane]));
        }
        AssertWeights(default, table.Weights(0x7777_0000_0000_0000UL | 8UL << 3));
        for (var i = 0; i < 3000; i++) AssertWeights(default, table.Weights((ulong)random.NextInt64() | 1));
    }

    [Fact]
    public void A_weight_that_is_not_a_half_keeps_float_rows()
    {
        var rows = new Dictionary<ulong, AttributionTagWeights> { [8] = Row(1), [16] = Row(1.0001f) };
        var table = new AttributionTagTable(rows);
        Assert.False(table.KeepsHalves);
        AssertWeights(Row(1.0001f), table.Weights(16));
    }
}
