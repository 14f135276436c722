using System.Diagnostics;
using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

public class TrigramLanguageModelTests
{
    private const string Dutch = "De gemeenteraad heeft dinsdag besloten de oude brug over de rivier te herstellen. De werkzaamheden beginnen in het voorjaar en duren ongeveer een jaar, meldde de gemeente.";

    [Fact]
    public void TheEmbeddedTableLoadsWithItsLanguages()
    {
        var model = TrigramLanguageModel.LoadEmbedded();
        Assert.NotNull(model);
        Assert.Contains("en", model.Languages);
        Assert.Contains("uk", model.Languages);
        Assert.Equal("nl", model.Identify(Dutch)?.Language);
    }

    [Fact]
    public void TheEmbeddedTableLoadsQuickly()
    {
        TrigramLanguageModel.LoadEmbedded();
        var watch = Stopwatch.StartNew();
        TrigramLanguageModel.LoadEmbedded();
        // Target is < 150 ms; the bound is loose because tests share a busy machine.
        Assert.InRange(watch.ElapsedMilliseconds, 0, 1500);
    }

    [Fact]
    public void WriteThenReadGivesTheSameScores()
    {
        var model = TrigramLanguageModel.LoadEmbedded()!;
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;
        var copy = TrigramLanguageModel.Read(buffer);
        Assert.Equal(model.Languages, copy.Languages);
        Assert.Equal(model.Identify(Dutch), copy.Identify(Dutch));
    }

    [Fact]
    public void SomethingElseIsRejected()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
            gzip.Write("not a table at all"u8);
        buffer.Position = 0;
        Assert.Throws<InvalidDataException>(() => TrigramLanguageModel.Read(buffer));
    }
}
