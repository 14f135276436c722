using System.Globalization;

namespace Lede.Bench.Corpus;

/// <summary>
/// Corpus benchmarks. Usage:
///   dotnet run -c Release --project bench/Lede.Bench.Corpus -- [DATA] [ingest|search|all]
///       [--ingest-docs N] [--vary] [--no-analysis] [--warmup N] [--search-docs N] [--queries N] [--work DIR] [--postgres CONN]
///   dotnet run -c Release --project bench/Lede.Bench.Corpus -- cluster [--cluster-docs N] [--silos K] [--warmup N] [--rounds N]
///       (ingest through K in-process Lede silos against a local ingest of the same documents)
///   dotnet run -c Release --project bench/Lede.Bench.Corpus -- feeds [--feed-pages N] [--rounds N] [--feed-latency MS] [--feed-sites N]
///       (feed and sitemap reading speed, then a feed of development pages ingested from a loopback server)
///   dotnet run -c Release --project bench/Lede.Bench.Corpus -- write --export FILE [--rounds N]
///       (the write path by stage for the articles of an export, e.g. the ingest run's export.jsonl kept with --work)
/// DATA defaults to ../shared/data from the repository root. Prints figures; writes only under --work
/// (default: a temp folder, deleted afterwards unless --keep).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var positional = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--keep" or "--vary" or "--no-analysis") named[args[i]] = "1";
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) named[args[i]] = args[++i];
            else positional.Add(args[i]);
        }
        var data = positional.FirstOrDefault(p => p is not ("ingest" or "search" or "all" or "write" or "cluster" or "feeds")) ?? RepoPaths.DefaultData();
        var mode = positional.FirstOrDefault(p => p is "ingest" or "search" or "all" or "write" or "cluster" or "feeds") ?? "all";
        int Number(string name, int fallback) => named.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var work = named.GetValueOrDefault("--work") ?? Path.Combine(Path.GetTempPath(), "lede-bench-corpus-" + Environment.ProcessId);
        Directory.CreateDirectory(work);
        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine($"data folder not found: {data}");
            return 2;
        }
        Console.WriteLine($"Lede corpus benchmark — data {data}, work {work}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        try
        {
            if (mode is "write")
                WriteBreakdown.Run(named.GetValueOrDefault("--export") ?? throw new ArgumentException("write needs --export FILE"), work, Number("--rounds", 3));
            if (mode is "feeds")
                FeedBenchmark.Run(data, work, Number("--feed-pages", 1_000), Number("--rounds", 5), Number("--feed-latency", 20), Number("--feed-sites", 4));
            if (mode is "cluster")
                ClusterBenchmark.Run(data, work, Number("--cluster-docs", 2_000), Number("--silos", 2), Number("--warmup", 300), Number("--rounds", 2));
            if (mode is "ingest" or "all")
                IngestBenchmark.Run(data, work, Number("--ingest-docs", 20_000), named.GetValueOrDefault("--postgres"),
                    analyse: !named.ContainsKey("--no-analysis"), vary: named.ContainsKey("--vary"), warmup: Number("--warmup", 0));
            if (mode is "search" or "all")
                SearchBenchmark.Run(data, work, Number("--search-docs", 1_000_000), Number("--queries", 300), named.GetValueOrDefault("--postgres"));
        }
        finally
        {
            if (!named.ContainsKey("--keep") && !named.ContainsKey("--work")) Directory.Delete(work, recursive: true);
        }
        return 0;
    }
}
