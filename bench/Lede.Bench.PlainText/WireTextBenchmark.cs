using System.Text.Json;
using Lede.Extraction;
using Lede.Extraction.Text;

namespace Lede.Bench.PlainText;

/// <summary>polnear-train-dev texts (headline first, datelines kept): headline exact match, wire agency, authors, publication day.</summary>
internal static class WireTextBenchmark
{
    // The gold's wire_norm labels, by the full names Lede writes to sourceOrganization.
    private static readonly Dictionary<string, string> GoldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Associated Press"] = "AP", ["United Press International"] = "UPI", ["Agence France-Presse"] = "AFP", ["Reuters"] = "Reuters",
    };

    public static void Run(string folder, ArticleExtractor extractor, BenchOptions options)
    {
        int docs = 0, headlines = 0, agencies = 0, wireDocs = 0, wireFound = 0, authorDocs = 0, authorHits = 0;
        var headlineMisses = new List<string>();
        var agencyMisses = new List<string>();
        var authorMisses = new List<string>();
        int datesGiven = 0, datesRight = 0, datesNear = 0;
        var dateMisses = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "gold.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var text = File.ReadAllText(Path.Combine(folder, root.GetProperty("text").GetString()!));
            var article = extractor.Extract(text, new ExtractionRequest { Format = InputFormat.Text });
            docs++;

            var goldTitle = Normalise(root.GetProperty("title").GetString());
            if (goldTitle == Normalise(article.Headline)) headlines++;
            else headlineMisses.Add($"  {id}\n    gold: {goldTitle}\n    lede: {article.Headline}");

            var goldWire = root.GetProperty("wire_norm").ValueKind == JsonValueKind.String ? root.GetProperty("wire_norm").GetString() : null;
            var predicted = article.SourceOrganization is { } org ? GoldLabels.GetValueOrDefault(org, org) : null;
            if (goldWire is not null) { wireDocs++; if (predicted == goldWire) wireFound++; }
            if (predicted == goldWire) agencies++;
            else agencyMisses.Add($"  {id}: gold {goldWire ?? "none"}, lede {predicted ?? "none"}  | {FirstLines(text)}");

            // Authors: the gold byline, parsed by the same parser, against the names the text mode found.
            var goldAuthor = root.GetProperty("author").ValueKind == JsonValueKind.String ? root.GetProperty("author").GetString() : null;
            if (goldAuthor is not null && BylineParser.Parse(goldAuthor).Authors is { Count: > 0 } goldPeople)
            {
                authorDocs++;
                var want = goldPeople.Select(p => p.Name.ToLowerInvariant()).ToHashSet();
                var got = article.Authors.Select(p => p.Name.ToLowerInvariant()).ToHashSet();
                if (want.SetEquals(got)) authorHits++;
                else authorMisses.Add($"  {id}: gold [{string.Join("; ", want)}], lede [{string.Join("; ", got)}]");
            }

            // Publication day: these texts seldom print one, so what counts is how often a day Lede gives is right.
            if (article.DatePublished is { Length: >= 10 } given && root.GetProperty("publication_date").GetString() is { } goldDay)
            {
                datesGiven++;
                var days = Math.Abs(DateOnly.Parse(given[..10]).DayNumber - DateOnly.Parse(goldDay).DayNumber);
                if (days == 0) datesRight++;
                else dateMisses.Add($"  {id}: gold {goldDay}, lede {given[..10]} from {article.DatePublishedSource}");
                if (days <= 1) datesNear++;
            }
        }
        Console.WriteLine($"polnear-train-dev: {docs} texts");
        Console.WriteLine($"  headline exact match   {(double)headlines / docs:F3}  ({headlines}/{docs})");
        Console.WriteLine($"  wire agency accuracy   {(double)agencies / docs:F3}  ({agencies}/{docs}; agency found on {wireFound}/{wireDocs} wire stories)");
        Console.WriteLine($"  author set match       {(authorDocs == 0 ? 0 : (double)authorHits / authorDocs):F3}  ({authorHits}/{authorDocs} texts whose gold names a person; the texts rarely carry bylines)");
        Console.WriteLine($"  publication day given  {datesGiven} texts: right {(datesGiven == 0 ? 0 : (double)datesRight / datesGiven):F3} ({datesRight}), within a day {(datesGiven == 0 ? 0 : (double)datesNear / datesGiven):F3} ({datesNear})");
        Print("worst headline misses", headlineMisses, options.Misses);
        Print("wire agency misses", agencyMisses, options.Misses);
        Print("author misses", authorMisses, Math.Min(options.Misses, 5));
        Print("publication day misses", dateMisses, options.Misses);
    }

    private static void Print(string title, List<string> misses, int count)
    {
        if (misses.Count == 0 || count <= 0) return;
        Console.WriteLine($"  {title} ({misses.Count}):");
        foreach (var miss in misses.Take(count)) Console.WriteLine(miss);
    }

    private static string FirstLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).FirstOrDefault() ?? "";
        return lines.Length > 90 ? lines[..90] : lines;
    }

    private static string Normalise(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
