using System.Text.Json;
using Lede.Extraction;

namespace Lede.Bench.PlainText;

/// <summary>
/// htmldate-eval-dev pages flattened to visible text: the publication day text mode recovers from what a crawler
/// kept (header stamps, bylines, captions, the story's opening). A wrong day costs a user more than none, so the
/// bench prints how often a given day is right beside the share of pages it is right for.
/// </summary>
internal static class FlattenedDateBenchmark
{
    public static void Run(string folder, ArticleExtractor extractor, BenchOptions options)
    {
        int pages = 0, given = 0, right = 0;
        var bySource = new Dictionary<string, (int Given, int Right)>();
        var misses = new List<string>();
        var rows = new List<string>();
        var texts = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "gold.jsonl")))
        {
            // Gold without a date is NaN upstream: right only when no day is given, as Lede.Bench.Metadata counts it.
            using var doc = JsonDocument.Parse(line.Replace(": NaN", ": null", StringComparison.Ordinal));
            var root = doc.RootElement;
            var gold = root.GetProperty("date_published").GetString();
            var text = PageFlattener.Flatten(FlattenedPageBenchmark.ReadPage(Path.Combine(folder, root.GetProperty("html").GetString()!)));
            var article = extractor.Extract(text, new ExtractionRequest { Format = InputFormat.Text });
            pages++;
            texts[root.GetProperty("id").GetString()!] = text;
            rows.Add($"{root.GetProperty("id").GetString()}\t{gold ?? "none"}\t{article.DatePublished ?? "none"}\t{article.DatePublishedSource}");
            if (article.DatePublished is not { Length: >= 10 } day)
            {
                if (gold is null) right++;
                continue;
            }
            given++;
            var source = article.DatePublishedSource ?? "?";
            var hit = gold is { Length: >= 10 } && day[..10] == gold[..10];
            if (hit) right++;
            else misses.Add($"    {root.GetProperty("id").GetString()}: gold {gold ?? "none"}, lede {day[..10]} from {source}");
            var (g, r) = bySource.GetValueOrDefault(source);
            bySource[source] = (g + 1, r + (hit ? 1 : 0));
        }
        var givenRight = bySource.Values.Sum(v => v.Right);
        Console.WriteLine($"htmldate-eval-dev, pages flattened to visible text ({pages} pages): publication day");
        Console.WriteLine($"  right on {(double)right / Math.Max(pages, 1):F3} of pages ({right}); a day given on {given}, right {(double)givenRight / Math.Max(given, 1):F3}");
        foreach (var (source, (g, r)) in bySource.OrderByDescending(p => p.Value.Given))
            Console.WriteLine($"    from {source,-12} {g,4} given, {r,4} right ({(double)r / g:F3})");
        if (options.Misses > 0 && misses.Count > 0)
        {
            Console.WriteLine($"  misses ({misses.Count}):");
            foreach (var miss in misses.Take(options.Misses)) Console.WriteLine(miss);
        }
        if (options.DumpFolder is { } dump)
        {
            Directory.CreateDirectory(dump);
            File.WriteAllLines(Path.Combine(dump, "htmldate-days.tsv"), rows);
            File.WriteAllText(Path.Combine(dump, "htmldate-raw.json"), JsonSerializer.Serialize(texts));
        }
    }
}
