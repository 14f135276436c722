using System.Buffers;
using Lede.Bench.Common;
using Lede.Extraction;
using Lede.Extraction.Decoding;
using Lede.Extraction.Html;
using Lede.Extraction.Metadata;
using Lede.Extraction.Output;
namespace Lede.Bench.Extraction;
/// <summary>
/// Per stage (decode, parse, metadata, light tree alone, extraction including its tree, completion, JSON, giving the page's nodes back): CPU milliseconds
/// and KB allocated per page over the dev pages (zyte-aeb-dev + trafilatura-eval-dev), one thread, after a warm-up round.
/// Thread CPU time and allocated bytes stay meaningful on a loaded machine, where wall-clock time does not.
/// </summary>
internal static class PhaseTimingCommand
{
    private static readonly string[] Names = ["decode", "parse", "metadata", "tree (alone)", "extract (incl tree)", "complete", "json", "release nodes"];

    public static int Run(string dataRoot, int rounds)
    {
        var pages = new[] { "zyte-aeb-dev", "trafilatura-eval-dev" }
            .SelectMany(set => GoldReader.Read(DataPaths.Dataset(dataRoot, set)))
            .Where(p => p.InputPath is not null)
            .Select(p => (p.Url, Bytes: GoldReader.ReadInput(p)))
            .ToList();
        var cpu = new double[Names.Length];
        var bytes = new long[Names.Length];
        var options = new ExtractionOptions();
        var (pauseBefore, gen0Before, gen1Before, gen2Before) = (TimeSpan.Zero, 0, 0, 0);
        for (var round = 0; round <= rounds; round++)
        {
            // Round 0 warms the JIT and is not counted.
            if (round == 1)
            {
                Array.Clear(cpu); Array.Clear(bytes); GC.Collect();
                (pauseBefore, gen0Before, gen1Before, gen2Before) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            }
            foreach (var (url, input) in pages)
            {
                var stage = 0;
                var c = ThreadCpuClock.Now();
                var a = GC.GetAllocatedBytesForCurrentThread();
                void Lap()
                {
                    var now = ThreadCpuClock.Now();
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    cpu[stage] += (now - c).TotalMilliseconds;
                    bytes[stage] += allocated - a;
                    stage++;
                    c = ThreadCpuClock.Now();
                    a = GC.GetAllocatedBytesForCurrentThread();
                }
                var buffer = CharsetDecoder.DecodeToRented(input, null, out var length); Lap();
                try
                {
                    var doc = HtmlDocumentLoader.Parse(buffer, length, url, options); Lap();
                    var meta = MetadataReader.Read(doc, url); Lap();
                    var tree = ContentTreeBuilder.Build(doc); Lap();
                    if (tree is not null) ContentTreeBuilder.Release(tree);
                    var content = ContentExtractor.Extract(doc, meta, options); Lap();
                    var article = MetadataReader.Complete(meta, content, doc); Lap();
                    _ = ArticleJson.Serialize(article); Lap();
                    HtmlDocumentLoader.Release(doc); Lap();
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(buffer);
                }
            }
        }
        var n = (double)pages.Count * rounds;
        Console.WriteLine($"{pages.Count} pages, {rounds} round(s) after one warm-up round; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"{"stage",-22} {"CPU ms/page",12} {"KB alloc/page",14}");
        for (var i = 0; i < Names.Length; i++) Console.WriteLine($"{Names[i],-22} {cpu[i] / n,12:F3} {bytes[i] / 1024.0 / n,14:F1}");
        var total = cpu.Sum() - cpu[3];
        Console.WriteLine($"{"total (less tree)",-22} {total / n,12:F3} {(bytes.Sum() - bytes[3]) / 1024.0 / n,14:F1}");
        // Collections run on this thread (workstation GC), inside whichever stage allocated: their share of the total.
        var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
        Console.WriteLine($"GC pauses: {pause / n:F3} ms/page ({pause / Math.Max(1e-9, cpu.Sum()) * 100:F0}% of stage CPU), collections per 100 pages: gen0 {(GC.CollectionCount(0) - gen0Before) * 100 / n:F1}, gen1 {(GC.CollectionCount(1) - gen1Before) * 100 / n:F1}, gen2 {(GC.CollectionCount(2) - gen2Before) * 100 / n:F1}");
        return 0;
    }
}
