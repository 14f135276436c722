using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Lede.Bench.Common;
using Lede.Extraction;
using Lede.Extraction.Decoding;

namespace Lede.Bench.PlainText;

/// <summary>zyte-aeb-dev pages flattened to text: the raw text and Lede's text mode, scored with the Zyte metric.</summary>
internal static class FlattenedPageBenchmark
{
    public static void Run(string folder, ArticleExtractor extractor, BenchOptions options)
    {
        Run(folder, extractor, options, FlatteningStyle.Lines);
        Run(folder, extractor, options, FlatteningStyle.InnerText);
        Run(folder, extractor, options, FlatteningStyle.Wrapped);
        Run(folder, extractor, options, FlatteningStyle.TextNodes);
    }

    private static void Run(string folder, ArticleExtractor extractor, BenchOptions options, FlatteningStyle style)
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
            var text = PageFlattener.Flatten(ReadPage(htmlPath), style);
            raw[id] = text;
            clock.Start();
            var article = extractor.Extract(text, new ExtractionRequest { Format = InputFormat.Text });
            clock.Stop();
            lede[id] = article.ArticleBody;
        }
        var rawScores = gold.Keys.Select(id => ZyteMetric.ScorePage(gold[id], raw[id])).ToList();
        var ledeScores = gold.Keys.Select(id => ZyteMetric.ScorePage(gold[id], lede[id])).ToList();
        var layout = style switch
        {
            FlatteningStyle.Lines => "a line per block",
            FlatteningStyle.InnerText => "innerText: blank lines around paragraphs",
            FlatteningStyle.Wrapped => "a text browser's dump: blocks wrapped at 76 columns",
            _ => "every text node on its own line, as BeautifulSoup's get_text(\"\\n\") writes",
        };
        Console.WriteLine($"zyte-aeb-dev, pages flattened to visible text, {layout} ({gold.Count} pages; Zyte metric)");
        Print("raw text", ZyteMetric.Aggregate(rawScores));
        Print("lede text mode", ZyteMetric.Aggregate(ledeScores));
        Console.WriteLine($"  text mode speed: {gold.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0} pages/s (one thread; machine shared, indicative only)");
        if (options.Misses > 0)
        {
            Console.WriteLine("  worst pages (F1 P R id):");
            foreach (var (score, id) in ledeScores.Zip(gold.Keys).OrderBy(p => p.First.F1).Take(options.Misses))
                Console.WriteLine($"    {score.F1:F2} {score.Precision:F2} {score.Recall:F2} {id}");
        }
        if (options.DumpFolder is { } dump)
        {
            Directory.CreateDirectory(dump);
            var suffix = style == FlatteningStyle.Lines ? "" : "-" + style.ToString().ToLowerInvariant();
            File.WriteAllText(Path.Combine(dump, $"zyte-raw{suffix}.json"), JsonSerializer.Serialize(raw));
            File.WriteAllText(Path.Combine(dump, $"zyte-lede{suffix}.json"), JsonSerializer.Serialize(lede));
            Console.WriteLine($"  outputs written to {dump}");
        }
    }

    private static void Print(string name, ZyteScore score) =>
        Console.WriteLine($"  {name,-16} F1 {score.F1:F3}  precision {score.Precision:F3}  recall {score.Recall:F3}  exact {score.Accuracy:F3}");

    internal static string ReadPage(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return CharsetDecoder.Decode(memory.ToArray()).Text;
    }
}
