using System.Diagnostics;
using Lede.Bench.Common;
using Lede.Extraction;

namespace Lede.Bench.Extraction;

/// <summary>
/// Prints Lede's extraction quality beside the published peers: the Zyte metric on zyte-aeb-dev and
/// the segment metric on trafilatura-eval-dev, then the pages where Lede loses most against the best peer.
/// </summary>
internal static class QualityBenchmark
{
    private const int WorstPagesShown = 10;

    public static int Run(string dataRoot, string? dumpFolder = null)
    {
        var extractor = new ArticleExtractor();
        RunZyte(dataRoot, extractor, dumpFolder);
        Console.WriteLine();
        RunTrafilatura(dataRoot, extractor, dumpFolder);
        return 0;
    }

    public static int RunPeersOnly(string dataRoot)
    {
        RunZyte(dataRoot, null, null);
        Console.WriteLine();
        RunTrafilatura(dataRoot, null, null);
        return 0;
    }

    private static void RunZyte(string dataRoot, ArticleExtractor? extractor, string? dumpFolder)
    {
        var folder = DataPaths.Dataset(dataRoot, "zyte-aeb-dev");
        var gold = GoldReader.Read(folder);
        Console.WriteLine($"Zyte article-extraction-benchmark metric, {gold.Count} pages of zyte-aeb-dev");
        Console.WriteLine($"{"tool",-28} {"F1",7} {"prec",7} {"recall",7} {"acc",7}");
        var peers = LoadPeers(Path.Combine(folder, "peers"));
        var perTool = new Dictionary<string, ZytePageScore[]>();
        if (extractor is not null)
        {
            var clock = Stopwatch.StartNew();
            var lede = new ZytePageScore[gold.Count];
            var outputs = new string[gold.Count];
            for (var i = 0; i < gold.Count; i++)
            {
                outputs[i] = ExtractBody(extractor, gold[i]);
                lede[i] = ZyteMetric.ScorePage(gold[i].GetString("article_body"), outputs[i]);
            }
            Dump(dumpFolder, "zyte", gold, outputs);
            perTool["lede"] = lede;
            Print("lede", ZyteMetric.Aggregate(lede), $"  ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        foreach (var peer in peers)
        {
            var scores = gold.Select(g => ZyteMetric.ScorePage(g.GetString("article_body"), peer.Texts.GetValueOrDefault(g.Id, ""))).ToArray();
            var name = peer.Version.Length > 0 ? $"{peer.Tool} {peer.Version}" : peer.Tool;
            perTool[name] = scores;
            Print(name, ZyteMetric.Aggregate(scores), "");
        }
        if (!perTool.TryGetValue("lede", out var mine)) return;
        Console.WriteLine();
        Console.WriteLine($"Pages where Lede loses most against the best peer (per-page shingle F1):");
        var losses = gold.Select((g, i) =>
        {
            var best = perTool.Where(kv => kv.Key != "lede").MaxBy(kv => kv.Value[i].F1);
            return (Page: g, Lede: mine[i], BestName: best.Key, Best: best.Value[i]);
        }).OrderByDescending(x => x.Best.F1 - x.Lede.F1).Take(WorstPagesShown);
        foreach (var l in losses)
            Console.WriteLine($"  {l.Page.Id[..Math.Min(16, l.Page.Id.Length)]}  lede P {l.Lede.Precision:F3} R {l.Lede.Recall:F3} | {l.BestName} F1 {l.Best.F1:F3}  {l.Page.Url}");

        static void Print(string name, ZyteScore s, string suffix) =>
            Console.WriteLine($"{name,-28} {s.F1,7:F3} {s.Precision,7:F3} {s.Recall,7:F3} {s.Accuracy,7:F3}{suffix}");
    }

    private static void RunTrafilatura(string dataRoot, ArticleExtractor? extractor, string? dumpFolder)
    {
        var folder = DataPaths.Dataset(dataRoot, "trafilatura-eval-dev");
        var gold = GoldReader.Read(folder);
        Console.WriteLine($"trafilatura-eval segment metric, {gold.Count} pages of trafilatura-eval-dev");
        Console.WriteLine($"{"tool",-28} {"F1",7} {"prec",7} {"recall",7} {"acc",7}");
        var perTool = new Dictionary<string, SegmentScore[]>();
        if (extractor is not null)
        {
            var clock = Stopwatch.StartNew();
            var outputs = gold.Select(g => ExtractBody(extractor, g)).ToArray();
            Dump(dumpFolder, "trafilatura", gold, outputs);
            perTool["lede"] = gold.Select((g, i) => SegmentMetric.ScorePage(outputs[i], g.GetStrings("main_text_with"), g.GetStrings("main_text_without"))).ToArray();
            Print("lede", Sum(perTool["lede"]), $"  ({clock.Elapsed.TotalSeconds:F1} s)");
            // The dev set split in two (pages of even and odd index): a rule that helps only one half is tuned to pages.
            Print("  lede, even pages", Sum(perTool["lede"].Where((_, i) => i % 2 == 0)), "");
            Print("  lede, odd pages", Sum(perTool["lede"].Where((_, i) => i % 2 == 1)), "");
        }
        foreach (var peer in LoadPeers(Path.Combine(folder, "peers")))
        {
            var scores = gold.Select(g => SegmentMetric.ScorePage(peer.Texts.GetValueOrDefault(g.Id, ""), g.GetStrings("main_text_with"), g.GetStrings("main_text_without"))).ToArray();
            var name = peer.Version.Length > 0 ? $"{peer.Tool} {peer.Version}" : peer.Tool;
            perTool[name] = scores;
            Print(name[..Math.Min(28, name.Length)], Sum(scores), "");
        }
        if (!perTool.TryGetValue("lede", out var mine) || perTool.Count < 2) return;
        Console.WriteLine();
        Console.WriteLine("Pages where Lede loses most against the peer (segments right minus peer's):");
        var peerScores = perTool.First(kv => kv.Key != "lede").Value;
        var losses = gold.Select((g, i) => (Page: g, Lede: mine[i], Peer: peerScores[i]))
            .OrderByDescending(x => Right(x.Peer) - Right(x.Lede)).Take(WorstPagesShown);
        foreach (var l in losses)
            Console.WriteLine($"  {l.Page.Id,-40} lede tp {l.Lede.TruePositive} fn {l.Lede.FalseNegative} fp {l.Lede.FalsePositive} | peer tp {l.Peer.TruePositive} fn {l.Peer.FalseNegative} fp {l.Peer.FalsePositive}");

        static int Right(SegmentScore s) => s.TruePositive + s.TrueNegative;
        static SegmentScore Sum(IEnumerable<SegmentScore> scores) => scores.Aggregate(SegmentScore.Zero, (a, b) => a + b);
        static void Print(string name, SegmentScore s, string suffix) =>
            Console.WriteLine($"{name,-28} {s.F1,7:F3} {s.Precision,7:F3} {s.Recall,7:F3} {s.Accuracy,7:F3}{suffix}");
    }

    private static string ExtractBody(ArticleExtractor extractor, GoldPage page)
    {
        try
        {
            return extractor.Extract(GoldReader.ReadInput(page), new ExtractionRequest { Url = page.Url, Source = page.Id }).ArticleBody;
        }
        catch (InputRejectedException e)
        {
            Console.Error.WriteLine($"  {page.Id}: rejected: {e.Message}");
            return "";
        }
    }

    private static List<PeerOutput> LoadPeers(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(PeerOutput.Read).ToList()
            : [];

    // Writes each page's body to DUMP/<set>/<id>.txt for reading failures side by side with the gold.
    private static void Dump(string? dumpFolder, string set, IReadOnlyList<GoldPage> gold, string[] outputs)
    {
        if (dumpFolder is null) return;
        var dir = Path.Combine(dumpFolder, set);
        Directory.CreateDirectory(dir);
        for (var i = 0; i < gold.Count; i++) File.WriteAllText(Path.Combine(dir, gold[i].Id + ".txt"), outputs[i]);
    }
}
