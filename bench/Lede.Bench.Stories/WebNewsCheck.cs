using System.IO.Compression;
using System.Text.Json;
using Lede.Corpus.Stories;
using Lede.Extraction;

namespace Lede.Bench.Stories;

/// <summary>
/// The clusterer on the web: every development HTML page (Zyte, trafilatura, htmldate and metascraper sets: news and
/// blog pages from hundreds of sites, many languages, mostly from the same few weeks), extracted as <c>lede ingest</c>
/// extracts them, dates included. Unlike PolNeAR (one campaign, seven outlets) these pages were sampled independently,
/// so almost every pair reports different things, and a join of two of them is nearly always a false merge of two
/// stories on one topic (two road accidents, two phone launches). The few pairs that do report one happening are
/// listed by hand in <c>Data/web-stories.tsv</c> (its header says how they were found); every other page is a story of
/// its own. Scored pairwise and strict, in date order and shuffled; <c>--list</c> prints every multi-article story.
/// </summary>
internal static class WebNewsCheck
{
    private static readonly string[] Collections = ["zyte-aeb-dev", "trafilatura-eval-dev", "htmldate-eval-dev", "metascraper"];

    public static void Run(string data, StoryClustererOptions options, bool list, bool pairs = false, string? dump = null, string? features = null)
    {
        var pages = Load(data);
        if (dump is not null)
        {
            // One line per page (id, date, headline, opening 400 characters): for pooling gold candidates outside the clusterer.
            File.WriteAllLines(dump, pages.Select(p => string.Join('\t', p.DocId, p.Published?.ToString("yyyy-MM-dd") ?? "", Clean(p.Headline ?? ""), Clean(p.Body.Length > 400 ? p.Body[..400] : p.Body))));
            static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        }
        var (labels, undecided) = Labels("web-stories.tsv");
        var ids = pages.Select(p => p.DocId).ToHashSet(StringComparer.Ordinal);
        var missing = labels.Keys.Concat(undecided.Keys).Distinct().Count(id => !ids.Contains(id));
        Console.WriteLine($"Web pages ({pages.Count} with article text, pages two sets share kept once): {labels.Values.Distinct().Count()} hand-checked stories holding {labels.Count} pages, {undecided.Values.Distinct().Count()} undecided groups; the rest stories of their own{(missing > 0 ? $" ({missing} labelled ids not in the data)" : "")}");
        Evaluate("date-ordered arrival", pages.OrderBy(p => p.Published ?? DateTimeOffset.MinValue).ThenBy(p => p.DocId, StringComparer.Ordinal).ToList(), labels, undecided, options, list, pairs, features);
        Evaluate("shuffled arrival", pages.OrderBy(p => RealNewsCheck.StableKey(p.DocId)).ToList(), labels, undecided, options, list: false, pairs);
    }

    private static void Evaluate(string label, List<StoryDocument> arrival, Dictionary<string, string> labels, Dictionary<string, string> undecided,
        StoryClustererOptions options, bool list, bool pairs, string? features = null)
    {
        var clusterer = new StoryClusterer(options);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var page in arrival) scores[page.DocId] = clusterer.Add(page).Score;
        var predicted = arrival.Select(p => clusterer.GetStoryId(p.DocId)!).ToList();
        var score = PairwiseScore.Compute(
            arrival.Select(p => labels.GetValueOrDefault(p.DocId, p.DocId)).ToList(),
            predicted,
            arrival.Select(p => undecided.GetValueOrDefault(p.DocId, p.DocId)).ToList());
        var joined = arrival.GroupBy(p => clusterer.GetStoryId(p.DocId)).Count(g => g.Count() > 1);
        Console.WriteLine($"  {label}: strict {score}; {joined} multi-page stories");
        if (features is not null) FeatureDump.Write(features, clusterer, arrival, labels.GetValueOrDefault, undecided.GetValueOrDefault);
        if (pairs) PrintPairs(arrival, labels, undecided, clusterer, scores);
        if (!list) return;
        foreach (var s in clusterer.GetStories(minArticles: 2).OrderBy(s => s.FirstSeen))
        {
            Console.WriteLine($"  {s.Id}");
            foreach (var a in s.Articles)
            {
                Console.WriteLine($"    {a.DatePublished:yyyy-MM-dd} {labels.GetValueOrDefault(a.DocId, "-"),-24} {a.DocId,-44} {RealNewsCheck.Short(a.Headline)}");
            }
        }
    }

    /// <summary>
    /// Error analysis: every false merge (joined, different stories, not undecided) and every miss (one story, split),
    /// with the later page's join score, the two pages' cosine, the terms that make it and the names they share.
    /// </summary>
    internal static void PrintPairs(List<StoryDocument> arrival, Dictionary<string, string> labels, Dictionary<string, string> undecided,
        StoryClusterer clusterer, Dictionary<string, double> scores)
    {
        for (var i = 0; i < arrival.Count; i++)
        {
            for (var j = i + 1; j < arrival.Count; j++)
            {
                var (a, b) = (arrival[i], arrival[j]);
                var joined = clusterer.GetStoryId(a.DocId) == clusterer.GetStoryId(b.DocId);
                var same = labels.TryGetValue(a.DocId, out var la) && labels.TryGetValue(b.DocId, out var lb) && la == lb;
                var open = undecided.TryGetValue(a.DocId, out var ua) && undecided.TryGetValue(b.DocId, out var ub) && ua == ub;
                if (joined == same || (joined && open)) continue;
                var (cosine, shared, names) = clusterer.ExplainPair(a.DocId, b.DocId);
                Console.WriteLine($"    {(joined ? "FALSE MERGE" : "MISS")} cos {cosine:F3} join score {scores[b.DocId]:F3}, days {((a.Published is { } x && b.Published is { } y) ? Math.Abs((x - y).TotalDays).ToString("F1") : "?")}");
                Console.WriteLine($"      {a.Published:yyyy-MM-dd} {a.Source} | {RealNewsCheck.Short(a.Headline)}");
                Console.WriteLine($"      {b.Published:yyyy-MM-dd} {b.Source} | {RealNewsCheck.Short(b.Headline)}");
                Console.WriteLine($"      terms: {string.Join(", ", shared.Take(12).Select(t => $"{t.Term} {t.Contribution:F3}"))}");
                Console.WriteLine($"      names: {string.Join(", ", names)}; key names {string.Join(" ", clusterer.KeyNamesOf(a.DocId))} / {string.Join(" ", clusterer.KeyNamesOf(b.DocId))}");
            }
        }
    }

    /// <summary>Extracts every page once; a page that two sets share (same canonical URL or same body) is kept once.</summary>
    private static List<StoryDocument> Load(string data)
    {
        var extractor = new ArticleExtractor();
        var pages = new List<StoryDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var collection in Collections)
        {
            var folder = Path.Combine(data, collection);
            foreach (var line in File.ReadLines(Path.Combine(folder, "gold.jsonl")))
            {
                // Some sets write Python's NaN for a missing value, which JSON does not allow.
                using var doc = JsonDocument.Parse(line.Replace(": NaN", ": null", StringComparison.Ordinal));
                var r = doc.RootElement;
                var id = collection + ":" + r.GetProperty("id").GetString();
                var url = r.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                using var file = File.OpenRead(Path.Combine(folder, r.GetProperty("html").GetString()!));
                using var html = new GZipStream(file, CompressionMode.Decompress);
                var article = extractor.Extract(html, new ExtractionRequest { Source = id, Url = url });
                if (string.IsNullOrWhiteSpace(article.ArticleBody)) continue;
                if (!seen.Add("u:" + (article.Url ?? url ?? id)) | !seen.Add("b:" + article.ArticleBody)) continue;
                pages.Add(StoryDocument.From(id, article));
            }
        }
        return pages;
    }

    /// <summary>Story labels, and undecided groups (ids starting with "?"): a page may be in one of each.</summary>
    internal static (Dictionary<string, string> Labels, Dictionary<string, string> Undecided) Labels(string file)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var undecided = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", file)))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length != 2) continue;
            if (parts[0].StartsWith('?')) undecided[parts[1]] = "undecided:" + parts[0];
            else labels[parts[1]] = "story:" + parts[0];
        }
        return (labels, undecided);
    }
}
