using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class PackedSlotTableTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public void Every_stored_value_is_found_and_an_unknown_key_reads_zero(int valueBits)
    {
        // Enough keys that some buckets overflow into the next.
        var random = new Random(7);
        var entries = Enumerable.Range(0, 5_000)
            .Select(i => ((ulong)random.NextInt64() | 1UL, (ulong)(i % ((1 << valueBits) - 1) + 1)))
            .DistinctBy(e => e.Item1).ToList();
        var table = PackedSlotTable.TryCreate(entries, entries.Count, valueBits);
        Assert.NotNull(table);
        foreach (var (key, value) in entries) Assert.Equal(value, table.GetValueOrDefault(key));
        var unknown = Enumerable.Range(0, 1_000).Select(_ => (ulong)random.NextInt64() | 1UL).Except(entries.Select(e => e.Item1));
        Assert.All(unknown, key => Assert.Equal(0UL, table.GetValueOrDefault(key)));
    }

    [Fact]
    public void Keys_the_slots_cannot_tell_apart_are_refused()
    {
        // A fingerprint of 0 is an empty slot's; two keys alike in their low 56 bits and in one bucket would read each other.
        Assert.Null(PackedSlotTable.TryCreate([(1UL << 60, 3)], 1, 8));
        Assert.Null(PackedSlotTable.TryCreate([(5UL, 1), (5UL | 1UL << 56, 2)], 2, 8));
        Assert.NotNull(PackedSlotTable.TryCreate([(5UL, 1), (6UL | 1UL << 63, 2)], 2, 8));
    }
}
