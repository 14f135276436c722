using Lede.Bench.Common;
using Lede.Extraction;
using Lede.Extraction.Output;

namespace Lede.Bench.Extraction;

/// <summary>
/// Writes every dev page's full JSON record (zyte-aeb-dev + trafilatura-eval-dev) to DIR/&lt;set&gt;/&lt;id&gt;.json, or,
/// with --against BASE, compares each page's record with the one saved there and prints the pages and fields that differ:
/// the check that a parser or walker change leaves the output as it was. The body's HTML (not part of the JSON record)
/// is written beside it as &lt;id&gt;.html and compared too when the base folder has it.
/// </summary>
internal static class OutputDumpCommand
{
    private static readonly string[] Sets = ["zyte-aeb-dev", "trafilatura-eval-dev"];

    public static int Run(string dataRoot, string folder, string? against)
    {
        var extractor = new ArticleExtractor();
        int pages = 0, changed = 0;
        foreach (var set in Sets)
        {
            var dir = Path.Combine(folder, set);
            Directory.CreateDirectory(dir);
            foreach (var page in GoldReader.Read(DataPaths.Dataset(dataRoot, set)))
            {
                if (page.InputPath is null) continue;
                string json, html = "";
                try
                {
                    var article = extractor.Extract(GoldReader.ReadInput(page), new ExtractionRequest { Url = page.Url, Source = page.Id });
                    json = ArticleJson.Serialize(article);
                    html = article.ArticleHtml ?? "";
                }
                catch (InputRejectedException e) { json = "rejected: " + e.Message; }
                File.WriteAllText(Path.Combine(dir, page.Id + ".json"), json);
                File.WriteAllText(Path.Combine(dir, page.Id + ".html"), html);
                pages++;
                if (against is null) continue;
                var basePath = Path.Combine(against, set, page.Id + ".json");
                var before = File.Exists(basePath) ? File.ReadAllText(basePath) : "";
                var baseHtmlPath = Path.Combine(against, set, page.Id + ".html");
                var htmlChanged = File.Exists(baseHtmlPath) && File.ReadAllText(baseHtmlPath) != html;
                if (before == json && !htmlChanged) continue;
                changed++;
                Console.WriteLine($"{set}/{page.Id}: {string.Join(", ", (before == json ? [] : ChangedFields(before, json)).Concat(htmlChanged ? ["articleHtml"] : []))}");
            }
        }
        Console.WriteLine(against is null ? $"{pages} records written to {folder}" : $"{changed} of {pages} records differ from {against}");
        return 0;
    }

    // Top-level JSON properties whose values differ between two records.
    private static IEnumerable<string> ChangedFields(string before, string after)
    {
        if (!before.StartsWith('{') || !after.StartsWith('{')) return ["whole record"];
        using var a = System.Text.Json.JsonDocument.Parse(before);
        using var b = System.Text.Json.JsonDocument.Parse(after);
        var left = a.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        var right = b.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        return left.Keys.Union(right.Keys).Where(k => left.GetValueOrDefault(k) != right.GetValueOrDefault(k)).ToList();
    }
}
