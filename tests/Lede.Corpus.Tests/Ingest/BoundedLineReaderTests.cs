using Lede.Corpus.Ingest;

namespace Lede.Corpus.Tests.Ingest;

public sealed class BoundedLineReaderTests
{
    private static List<(string? Line, bool TooLong)> ReadAll(string text, int maxChars)
    {
        var reader = new BoundedLineReader(new StringReader(text), maxChars);
        var lines = new List<(string?, bool)>();
        while (reader.ReadLine(out var tooLong) is { } line) lines.Add((line, tooLong));
        return lines;
    }

    [Fact]
    public void EndsLinesAsTextReaderDoes()
    {
        const string text = "a\nb\r\nc\rd\n\ne";
        var expected = new List<string>();
        var reference = new StringReader(text);
        while (reference.ReadLine() is { } line) expected.Add(line);
        Assert.Equal(expected, ReadAll(text, 100).Select(l => l.Line));
        Assert.All(ReadAll(text, 100), l => Assert.False(l.TooLong));
    }

    [Fact]
    public void ACarriageReturnAndLineFeedSplitAcrossReadsEndOneLine()
    {
        var first = new string('x', (1 << 16) - 1); // the CR is the buffer's last character, the LF the next read's first
        var lines = ReadAll(first + "\r\nnext\n", 1 << 20);
        Assert.Equal([first, "next"], lines.Select(l => l.Line));
    }

    [Fact]
    public void AnOverLongLineIsReadPastWithoutBeingHeld()
    {
        var lines = ReadAll("{\"short\":1}\n" + new string('x', 300_000) + "\n{\"after\":2}", 1_000);
        Assert.Equal(3, lines.Count);
        Assert.Equal(("{\"short\":1}", false), lines[0]);
        Assert.Equal(("", true), lines[1]);
        Assert.Equal(("{\"after\":2}", false), lines[2]);
    }
}
