using Lede.Corpus.Warc;

namespace Lede.Corpus.Tests.Warc;

public sealed class GzipMemberStreamTests
{
    [Fact]
    public void ReadsMembersWhoseTrailerHoldsTheMagicBytes()
    {
        // ISIZE 0x00088B1F is written 1f 8b 08 00: the trailer itself looks like the start of a member.
        var first = new byte[0x00088B1F];
        new Random(7).NextBytes(first.AsSpan(0, 4096));
        var second = "second member"u8.ToArray();
        var problems = new List<string>();
        var all = Inflate(WarcFiles.GzipMembers([first, second, second]), problems);
        Assert.Empty(problems);
        Assert.Equal([.. first, .. second, .. second], all);
    }

    [Fact]
    public void ReadsManySmallMembersInOrder()
    {
        var records = Enumerable.Range(0, 200).Select(i => System.Text.Encoding.ASCII.GetBytes($"record {i} " + new string('x', i))).ToArray();
        var problems = new List<string>();
        var all = Inflate(WarcFiles.GzipMembers(records), problems);
        Assert.Empty(problems);
        Assert.Equal(records.SelectMany(r => r).ToArray(), all);
    }

    [Fact]
    public void ReportsAMemberWithoutTrailer()
    {
        var file = WarcFiles.GzipMembers(["complete member"u8.ToArray(), "cut member"u8.ToArray()]);
        var problems = new List<string>();
        var all = Inflate(file[..^8], problems);
        Assert.Equal("complete membercut member"u8.ToArray(), all);
        Assert.Contains("trailer", Assert.Single(problems));
    }

    private static byte[] Inflate(byte[] compressed, List<string> problems)
    {
        using var stream = new GzipMemberStream(new MemoryStream(compressed), (_, message) => problems.Add(message));
        var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
