using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class ByteLookupTableTests
{
    [Fact]
    public void Every_key_reads_its_byte_and_unknown_keys_read_zero()
    {
        var entries = new Dictionary<ulong, byte>();
        var random = new Random(21);
        while (entries.Count < 4000) entries[(ulong)random.NextInt64()] = (byte)random.Next(256);
        // Eleven keys with the same top bits share a bucket of eight slots: three are found past it.
        for (var k = 1; k <= 11; k++) entries[0xABCD_0000_0000_0000UL | (uint)k] = (byte)(100 + k);
        var table = new ByteLookupTable(entries);
        Assert.True(table.IsCompact);
        foreach (var (key, value) in entries) Assert.Equal(value, table.GetValueOrDefault(key));
        Assert.Equal(0, table.GetValueOrDefault(0xABCD_0000_0000_0000UL | 12UL));
        Assert.Equal(0, table.GetValueOrDefault(0));
        Assert.Equal(0, table.GetValueOrDefault(0xAB00_0000_0000_0000UL));
        for (var i = 0; i < 4000; i++)
        {
            var absent = (ulong)random.NextInt64() | 1UL << 63;
            if (!entries.ContainsKey(absent)) Assert.Equal(0, table.GetValueOrDefault(absent));
        }
    }

    [Fact]
    public void Keys_that_share_their_low_56_bits_are_kept_in_a_hashed_table_and_still_told_apart()
    {
        var entries = new Dictionary<ulong, byte> { [0x0100_0000_0000_0005UL] = 1, [0x0200_0000_0000_0005UL] = 2, [0x77] = 3 };
        var table = new ByteLookupTable(entries);
        Assert.False(table.IsCompact);
        foreach (var (key, value) in entries) Assert.Equal(value, table.GetValueOrDefault(key));
        Assert.Equal(0, table.GetValueOrDefault(0x0300_0000_0000_0005UL));
    }
}
