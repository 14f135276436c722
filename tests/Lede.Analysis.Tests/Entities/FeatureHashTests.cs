using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class FeatureHashTests
{
    [Fact]
    public void Features_from_mixed_values_are_those_from_raw_values()
    {
        var random = new Random(7);
        for (var round = 0; round < 1000; round++)
        {
            var (a, b, c) = ((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.Next(16));
            var template = random.Next(1, 1000);
            Assert.Equal(FeatureHash.Feature(template, a), FeatureHash.Feature(template, FeatureValue.Of(a)));
            Assert.Equal(FeatureHash.Feature(template, a, b), FeatureHash.Feature(template, FeatureValue.Of(a), FeatureValue.Of(b)));
            Assert.Equal(FeatureHash.Feature(template, a, b, c), FeatureHash.Feature(template, FeatureValue.Of(a), FeatureValue.Of(b), FeatureValue.Small(c)));
        }
    }

    [Theory]
    [InlineData("Said")]
    [InlineData("HARBOUR’s")]
    [InlineData("Zürich—ÉCOLE „x“")]
    [InlineData("İstanbul ΣΟΦΙΑ 123 [@`{]")]
    public void Lower_cased_hashes_are_those_of_the_folded_lower_cased_text(string text)
    {
        var folded = new string(text.Select(c => char.ToLowerInvariant(FeatureHash.Fold(c))).ToArray());
        Assert.Equal(FeatureHash.Text(folded), FeatureHash.Text(text, lower: true));
        Assert.NotEqual(FeatureHash.Text(text), FeatureHash.Text(text, lower: true));
    }

    [Fact]
    public void Mixed_values_differ_from_one_another()
    {
        Assert.NotEqual(FeatureValue.Small(0).Mixed, FeatureValue.Small(1).Mixed);
        Assert.NotEqual(FeatureHash.Feature(3, FeatureValue.Of(1), FeatureValue.Of(2)), FeatureHash.Feature(3, FeatureValue.Of(2), FeatureValue.Of(1)));
    }

    [Fact]
    public void A_table_of_keys_with_tags_in_their_low_bits_finds_every_key_and_no_other()
    {
        // Keys like the quote tagger's: hashes with their three low bits cleared, so only the high bits tell them apart.
        var random = new Random(11);
        var entries = new Dictionary<ulong, float>();
        while (entries.Count < 5000) entries[(ulong)random.NextInt64() & ~7UL] = entries.Count + 1;
        entries[0] = -1;
        var table = new HashedTable<float>(entries);
        foreach (var (key, value) in entries)
        {
            Assert.True(table.TryGet(key, out var found));
            Assert.Equal(value, found);
        }
        for (var i = 0; i < 5000; i++)
        {
            var absent = (ulong)random.NextInt64() | 1;
            Assert.False(table.TryGet(absent, out _));
            Assert.Equal(0f, table.GetValueOrDefault(absent));
        }
    }

    [Fact]
    public void A_table_finds_keys_whose_probe_runs_past_their_bucket()
    {
        // Nine keys with the same top bits share one home bucket of four slots: five of them must be found past it.
        var entries = new Dictionary<ulong, byte>();
        for (var k = 1; k <= 9; k++) entries[0xABCD_0000_0000_0000UL | (ulong)k << 3] = (byte)k;
        var random = new Random(5);
        while (entries.Count < 200) entries.TryAdd((ulong)random.NextInt64() & 0x0FFF_FFFF_FFFF_FFFFUL, 200);
        var table = new HashedTable<byte>(entries);
        foreach (var (key, value) in entries)
        {
            Assert.Equal(value, table.GetValueOrDefault(key));
            Assert.True(table.TryGet(key, out var found));
            Assert.Equal(value, found);
        }
        Assert.Equal(0, table.GetValueOrDefault(0xABCD_0000_0000_0000UL | 10UL << 3));
        Assert.False(table.TryGet(0xABCD_0000_0000_0000UL | 10UL << 3, out _));
        Assert.Equal(0, table.GetValueOrDefault(0));
    }
}
