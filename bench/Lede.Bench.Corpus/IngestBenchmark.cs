using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Lede.Bench.Corpus;

/// <summary>
/// Ingest end to end, as <c>lede ingest</c> runs it (WARC parsing, extraction and analysis on all cores,
/// batched writes, full-text index, duplicates, stories) on the development HTML pages repeated to N
/// documents. Each copy is a distinct document, as in a crawl: its own URL (the WARC target), with the
/// page's own canonical/og:url removed so that URL is used (pages whose JSON-LD names their URL keep it, so
/// their copies are exact repeats and are not stored twice). With <c>vary</c>, every fourth paragraph of each
/// copy also gains a short sentence of its own, so copies are stored (the duplicate detector still groups
/// them as near copies).
/// </summary>
internal static partial class IngestBenchmark
{
    [GeneratedRegex("""<link[^>]*rel\s*=\s*["']?canonical[^>]*>|<meta[^>]*property\s*=\s*["']og:url["'][^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex OwnUrl();

    [GeneratedRegex("</p>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphEnd();

    public static void Run(string data, string work, int documents, string? postgres, bool analyse = true, bool vary = false, int warmup = 0)
    {
        var pages = DevelopmentPages(data);
        Console.WriteLine($"\n## Ingest: {pages.Count:N0} development pages repeated to {documents:N0} documents" +
            (vary ? ", each copy varied" : ", copies identical but for their URL") + (analyse ? ", with analysis" : ", without analysis"));
        Console.WriteLine($"load average at start: {LoadAverage()}");
        var warc = Path.Combine(work, "bench.warc.gz");
        WriteWarc(warc, pages, documents, vary);
        Console.WriteLine($"input: {warc} ({new FileInfo(warc).Length / 1e6:N1} MB, one gzip member per record)");

        var options = postgres is null
            ? new CorpusOptions { DatabasePath = Path.Combine(work, "ingest.db") }
            : new CorpusOptions { PostgresConnectionString = postgres };
        using var corpus = NewsCorpus.Open(options);
        // The same analysis `lede ingest` stores; the model loads before the clock starts.
        var analyzer = analyse ? new Lede.Analysis.ArticleAnalyzer() : null;
        analyzer?.Analyze("Warm-up sentence by Ada Example in Lisbon.");
        Func<Lede.Extraction.Model.NewsArticle, Lede.Analysis.Model.ArticleAnalysis?>? analyze = analyzer is null ? null : article => analyzer.Analyze(article.ArticleBody, article.InLanguage);
        if (warmup > 0)
        {
            // JIT warm-up on a throwaway SQLite corpus: on a loaded machine the background tier-up compiler gets
            // little CPU, and a short run would otherwise measure unoptimised code (a long run amortises it).
            var warmWarc = Path.Combine(work, "warmup.warc.gz");
            WriteWarc(warmWarc, pages, Math.Min(warmup, pages.Count), vary: false);
            using (var scratch = NewsCorpus.Open(new CorpusOptions { DatabasePath = Path.Combine(work, "warmup.db") }))
                scratch.Ingest([warmWarc], analyze);
            Console.WriteLine($"warm-up: {Math.Min(warmup, pages.Count):N0} documents ingested into a scratch corpus first");
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var lastPrint = TimeSpan.Zero;
        var report = corpus.Ingest([warc], analyze, progress: p =>
        {
            if (clock.Elapsed - lastPrint < TimeSpan.FromSeconds(10)) return;
            lastPrint = clock.Elapsed;
            Console.WriteLine($"  … {p.Documents:N0} documents, {p.Stored:N0} stored, {p.DocumentsPerSecond:N0}/s");
        });
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        var bytes = corpus.SizeInBytes();
        Console.WriteLine($"store: {corpus.Description}");
        Console.WriteLine($"documents: {report.Documents:N0}; stored {report.Stored:N0}; already stored {report.Duplicates + report.Unchanged:N0}; no text {report.Skipped:N0}; failed {report.Failed:N0}");
        Console.WriteLine($"time: {clock.Elapsed.TotalSeconds:N1} s → {report.Documents / clock.Elapsed.TotalSeconds:N0} documents/s, {report.Stored / clock.Elapsed.TotalSeconds:N0} stored articles/s");
        Console.WriteLine($"CPU: {cpu.TotalSeconds:N1} s → {cpu.TotalMilliseconds / Math.Max(1, report.Documents):N1} ms per document; " +
            $"{Environment.ProcessorCount} idle cores would give at most {Environment.ProcessorCount * report.Documents / cpu.TotalSeconds:N0} documents/s");
        Console.WriteLine($"allocated: {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1e6:N0} MB ({(GC.GetTotalAllocatedBytes(precise: false) - allocated) / Math.Max(1, report.Documents) / 1024:N0} KB per document)");
        Console.WriteLine($"database: {bytes / 1e6:N1} MB → {bytes / Math.Max(1, report.Articles):N0} bytes per stored article (text, record, index, duplicate and story state)");
        Console.WriteLine($"load average at end: {LoadAverage()}");
        Console.WriteLine($"duplicate groups: {corpus.Duplicates().Count:N0}; stories with 2+ articles: {corpus.Stories(2).Count:N0}");

        // Where the time goes: the same articles again from 'lede export' output, so without extraction.
        var export = Path.Combine(work, "export.jsonl");
        using (var writer = new StreamWriter(export)) corpus.Export(writer);
        var reloadOptions = postgres is null ? new CorpusOptions { DatabasePath = Path.Combine(work, "reload.db") } : null;
        if (reloadOptions is null) return;
        using var reload = NewsCorpus.Open(reloadOptions);
        cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var again = reload.Ingest([export]);
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        Console.WriteLine($"without extraction (re-ingest of the export: parse, store, index, duplicates, stories): {again.Stored:N0} articles in {clock.Elapsed.TotalSeconds:N1} s " +
            $"→ {again.Stored / clock.Elapsed.TotalSeconds:N0} articles/s; CPU {cpu.TotalMilliseconds / Math.Max(1, again.Stored):N2} ms per article");
    }

    /// <summary>The development HTML pages, each without its own canonical URL (copies take their WARC target's).</summary>
    internal static List<string> DevelopmentPages(string data) =>
        Directory.GetDirectories(data)
            .Select(d => Path.Combine(d, "html"))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.html.gz"))
            .Order(StringComparer.Ordinal)
            .Select(f => OwnUrl().Replace(Inflate(f), ""))
            .ToList();

    private static string Inflate(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    internal static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Trim(); }
        catch (IOException) { return "n/a"; }
    }

    internal static void WriteWarc(string path, List<string> pages, int documents, bool vary)
    {
        using var file = File.Create(path);
        for (var i = 0; i < documents; i++)
        {
            var page = pages[i % pages.Count];
            if (vary && i >= pages.Count)
            {
                // Every fourth paragraph end: the first ones are often page chrome that extraction drops.
                var seen = 0;
                page = ParagraphEnd().Replace(page, m => seen++ % 4 == 1 ? $" Copy {i / pages.Count}, number {i}.</p>" : m.Value);
            }
            var body = Encoding.UTF8.GetBytes(page);
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n");
            var block = new byte[http.Length + body.Length];
            http.CopyTo(block, 0);
            body.CopyTo(block, http.Length);
            var header = Encoding.ASCII.GetBytes(
                $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{new Guid(i, 0, 0, new byte[8])}>\r\n" +
                $"WARC-Target-URI: https://bench{i % 50}.example.com/{i / pages.Count}/{i % pages.Count}\r\n" +
                $"Content-Type: application/http; msgtype=response\r\nContent-Length: {block.Length}\r\n\r\n");
            using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(header);
            gzip.Write(block);
            gzip.Write("\r\n\r\n"u8);
        }
    }
}
