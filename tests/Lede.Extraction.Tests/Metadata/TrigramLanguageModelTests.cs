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

    [Fact]
    public void A_small_table_scores_each_language_by_its_trigrams()
    {
        // Two languages; "abc" is cheap in the first, "xyz" in the second, "bcd" is known to both. Keys ascending.
        var keys = new[] { TrigramLanguageModel.Pack('a', 'b', 'c'), TrigramLanguageModel.Pack('b', 'c', 'd'), TrigramLanguageModel.Pack('x', 'y', 'z') };
        var costs = new byte[] { 1, 200, 10, 10, 200, 1 };
        var model = new TrigramLanguageModel(["aa", "bb"], keys, costs);
        Assert.Equal("aa", model.Identify("abcd abc")?.Language);
        Assert.Equal("bb", model.Identify("XYZ xyz, bcd")?.Language);
        // Trigrams the table lacks count for nothing; no known trigram at all gives no answer.
        Assert.Equal("aa", model.Identify("qqq abc www")?.Language);
        Assert.Null(model.Identify("qqq www no"));
        // Margin in nats per trigram: (200 - 1) / 16 for one "abc".
        Assert.Equal(199 / TrigramLanguageModel.QuantScale, model.Identify("abc")!.Value.Margin, 6);
    }

    [Fact]
    public void Costs_for_many_languages_add_up_per_language()
    {
        // 35 languages: more than two vector steps of sixteen, so the tail is added one by one.
        const int n = 35;
        var languages = Enumerable.Range(0, n).Select(i => "l" + i).ToArray();
        var costs = new byte[2 * n];
        for (var l = 0; l < n; l++) { costs[l] = (byte)(100 + l); costs[n + l] = (byte)(100 - l); }
        // The last language is cheapest on "bcd" by far.
        costs[n + n - 1] = 0;
        var model = new TrigramLanguageModel(languages, [TrigramLanguageModel.Pack('a', 'b', 'c'), TrigramLanguageModel.Pack('b', 'c', 'd')], costs);
        var found = model.Identify("abcd")!.Value;
        Assert.Equal("l34", found.Language);
        // Totals: l34 = 134 + 0, runner-up l0 = 100 + 100 ... l33 = 133 + 67 = 200: best of the others is l0..l33 all 200.
        Assert.Equal((200 - 134) / TrigramLanguageModel.QuantScale / 2, found.Margin, 6);
    }
}
