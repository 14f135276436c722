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
}
