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
            var (emissions, transitions) = ReferenceViterbi.RandomCase(rng, n, T, coarse: round % 2 == 0);
            var decoded = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, n, decoded);
            Assert.Equal(ReferenceViterbi.Decode(emissions, transitions, n, T, EntityTagSet.Allowed, EntityTagSet.AllowedLast), decoded);
        }
    }
}
