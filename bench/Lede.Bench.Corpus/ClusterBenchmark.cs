using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Lede.Cluster;
using Microsoft.Extensions.Hosting;

namespace Lede.Bench.Corpus;

/// <summary>
/// Ingest through Lede silos (Orleans) against a local ingest of the same documents, in one run: throughput,
/// CPU per document (client and silos share this machine, so the difference is what the cluster path costs),
/// how the pages spread over the silos, bytes a page and its record take on the wire, and whether the two
/// corpora are identical. Silos run in this process on loopback ports; real gains need silos on other machines.
/// </summary>
internal static class ClusterBenchmark
{
    public static void Run(string data, string work, int documents, int silos, int warmup, int rounds)
    {
        var pages = IngestBenchmark.DevelopmentPages(data);
        Console.WriteLine($"\n## Cluster ingest: {documents:N0} varied copies of {pages.Count:N0} development pages, local vs {silos} in-process silo(s)");
        Console.WriteLine($"load average at start: {IngestBenchmark.LoadAverage()}");
        var warc = Path.Combine(work, "cluster.warc.gz");
        IngestBenchmark.WriteWarc(warc, pages, documents, vary: true);
        var analyzer = new Lede.Analysis.ArticleAnalyzer();
        var warmWarc = Path.Combine(work, "cluster-warmup.warc.gz");
        IngestBenchmark.WriteWarc(warmWarc, pages, Math.Min(Math.Max(warmup, 1), pages.Count), vary: false);

        using (var scratch = NewsCorpus.Open(new CorpusOptions { DatabasePath = Path.Combine(work, "cluster-warm-local.db") }))
            scratch.Ingest([warmWarc], a => analyzer.Analyze(a.ArticleBody, a.InLanguage));

        var hosts = new List<IHost>();
        var gateways = new List<IPEndPoint>();
        SiloSettings? primary = null;
        for (var i = 0; i < silos; i++)
        {
            var settings = new SiloSettings
            {
                SiloPort = FreePort(), GatewayPort = FreePort(), ClusterId = "bench",
                Primary = primary is null ? null : new IPEndPoint(IPAddress.Loopback, primary.SiloPort),
            };
            primary ??= settings;
            var host = LedeSilo.Build(settings);
            host.StartAsync().GetAwaiter().GetResult();
            hosts.Add(host);
            gateways.Add(new IPEndPoint(IPAddress.Loopback, settings.GatewayPort));
        }
        try
        {
            var connection = ClusterConnection.OpenAsync(gateways, "bench").GetAwaiter().GetResult();
            try
            {
                var processor = new ClusterPageProcessor(connection.Client);
                using (var scratch = NewsCorpus.Open(new CorpusOptions { DatabasePath = Path.Combine(work, "cluster-warm-remote.db") }))
                    scratch.Ingest([warmWarc], processor: processor);
                // Alternating rounds, each into fresh databases: the machine's speed drifts, and JIT tier-up favours whatever runs later.
                Result local = null!, remote = null!;
                for (var round = 1; round <= rounds; round++)
                {
                    Console.WriteLine($"round {round} (load {IngestBenchmark.LoadAverage()}):");
                    local = Measure("  local (all cores of this process)", Path.Combine(work, $"cluster-local-{round}.db"), warc,
                        corpus => corpus.Ingest([warc], a => analyzer.Analyze(a.ArticleBody, a.InLanguage)));
                    var before = processor.PagesBySilo.ToDictionary(p => p.Key, p => p.Value);
                    remote = Measure($"  cluster ({silos} silo(s) in this process, client writing)", Path.Combine(work, $"cluster-remote-{round}.db"), warc,
                        corpus => corpus.Ingest([warc], processor: processor));
                    Console.WriteLine("  pages per silo: " + string.Join(", ", processor.PagesBySilo.OrderBy(p => p.Key, StringComparer.Ordinal)
                        .Select(p => $"{p.Value - before.GetValueOrDefault(p.Key):N0} on {p.Key}")));
                    Console.WriteLine($"  cluster path cost: {remote.CpuPerDocument - local.CpuPerDocument:+0.00;-0.00} ms CPU per document " +
                        $"({remote.CpuPerDocument:N2} vs {local.CpuPerDocument:N2}); throughput {remote.PerSecond / local.PerSecond:P0} of local on this machine");
                }
                Console.WriteLine($"slices sent again after a failure: {processor.Retries:N0}");
                var pageBytes = pages.Average(p => (double)System.Text.Encoding.UTF8.GetByteCount(p));
                var recordBytes = File.ReadLines(local.Export).Average(l => (double)System.Text.Encoding.UTF8.GetByteCount(l));
                Console.WriteLine($"on the wire per page: {pageBytes / 1024:N1} KB out (the page), {recordBytes / 1024:N1} KB back (its article record with analysis)");
                var same = File.ReadAllBytes(local.Export).AsSpan().SequenceEqual(File.ReadAllBytes(remote.Export));
                Console.WriteLine($"corpus identical to the local ingest's (export compared byte for byte): {(same ? "yes" : "NO")}");
            }
            finally
            {
                connection.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            foreach (var host in Enumerable.Reverse(hosts))
            {
                host.StopAsync(TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();
                host.Dispose();
            }
        }
        Console.WriteLine($"load average at end: {IngestBenchmark.LoadAverage()}");
    }

    private sealed record Result(double PerSecond, double CpuPerDocument, string Export);

    private static Result Measure(string label, string database, string warc, Func<NewsCorpus, Lede.Corpus.Ingest.IngestReport> ingest)
    {
        using var corpus = NewsCorpus.Open(new CorpusOptions { DatabasePath = database });
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var report = ingest(corpus);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        var perSecond = report.Documents / clock.Elapsed.TotalSeconds;
        var cpuPerDocument = cpu.TotalMilliseconds / Math.Max(1, report.Documents);
        Console.WriteLine($"{label}: {report.Documents:N0} documents ({report.Stored:N0} stored, {report.Failed:N0} failed) in {clock.Elapsed.TotalSeconds:N1} s " +
            $"→ {perSecond:N0} documents/s; CPU {cpuPerDocument:N2} ms per document");
        var export = Path.ChangeExtension(database, ".jsonl");
        using (var writer = new StreamWriter(export)) corpus.Export(writer);
        return new Result(perSecond, cpuPerDocument, export);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
