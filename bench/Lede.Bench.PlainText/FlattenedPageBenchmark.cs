using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Lede.Extraction;
using Lede.Extraction.Decoding;

namespace Lede.Bench.PlainText;

/// <summary>zyte-aeb-dev pages flattened to text: the raw text and Lede's text mode, scored with the Zyte metric.</summary>
internal static class FlattenedPageBenchmark
{
    public static void Run(string folder, ArticleExtractor extractor, BenchOptions options)
    {
        var raw = new Dictionary<string, string>();
        var lede = new Dictionary<string, string>();
        var gold = new Dictionary<string, string>();
        var clock = new Stopwatch();
        foreach (var line in File.ReadLines(Path.Combine(folder, "gold.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            var htmlPath = Path.Combine(folder, doc.RootElement.GetProperty("html").GetString()!);
            gold[id] = doc.RootElement.GetProperty("article_body").GetString() ?? "";
            var text = PageFlattener.Flatten(ReadPage(htmlPath));
            raw[id] = text;
            clock.Start();
            var article = extractor.Extract(text, new ExtractionRequest { Format = InputFormat.Text });
            clock.Stop();
            lede[id] = article.ArticleBody;
        }
        Console.WriteLine($"zyte-aeb-dev flattened to text: {gold.Count} pages, text mode {gold.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0} pages/s");
        if (options.DumpFolder is { } dump)
        {
            Directory.CreateDirectory(dump);
            File.WriteAllText(Path.Combine(dump, "zyte-raw.json"), JsonSerializer.Serialize(raw));
            File.WriteAllText(Path.Combine(dump, "zyte-lede.json"), JsonSerializer.Serialize(lede));
            Console.WriteLine($"  outputs written to {dump}");
        }
    }

    private static string ReadPage(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return CharsetDecoder.Decode(memory.ToArray()).Text;
    }
}
