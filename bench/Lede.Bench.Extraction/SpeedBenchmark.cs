using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Lede.Bench.Common;
using Lede.Extraction;
using Lede.Extraction.Decoding;
using Lede.Extraction.Output;

namespace Lede.Bench.Extraction;

/// <summary>
/// One-thread throughput over the dev pages (zyte-aeb-dev + trafilatura-eval-dev), JIT warmed (see WarmupRule):
/// Lede end to end (decode + parse + extract + JSON), AngleSharp parsing alone for reference,
/// SmartReader, and Readability.js (node + jsdom) on the same pages in the same run.
/// pages/s is wall-clock; pages/CPU-s divides by the thread's CPU time (garbage collection included, as it runs on
/// the allocating thread here), which on a loaded machine is close to what an idle one would give.
/// </summary>
internal static class SpeedBenchmark
{
    private const int WarmupRounds = 3;
    // Tier-up is not done after two rounds over the dev pages: on this VM the first timed round often cost twice the
    // later ones (tier-0 and instrumented code still running, docs/benchmarks.md, tenth session). Warm-up goes on while
    // a round is still clearly cheaper than the one before, within a bound.
    private const int MaxWarmupRounds = 10;
    private const double WarmupGain = 0.05;
    private const string WarmupRule = "at least 3 warm-up rounds, more while a round is >= 5 % cheaper than the one before (at most 10)";

    private sealed record Page(string Path, string? Url, byte[] Bytes);

    /// <summary>Set by --round-times: each warm-up and timed round's thread CPU ms per page is printed (how fast tier-up settles).</summary>
    public static bool PrintRoundTimes { get; set; }

    public static int Run(string dataRoot, int rounds, bool withPeers = true)
    {
        var pages = new[] { "zyte-aeb-dev", "trafilatura-eval-dev" }
            .SelectMany(set => GoldReader.Read(DataPaths.Dataset(dataRoot, set)))
            .Where(p => p.InputPath is not null)
            .Select(p => new Page(p.InputPath!, p.Url, GoldReader.ReadInput(p)))
            .ToList();
        var totalBytes = pages.Sum(p => (long)p.Bytes.Length);
        Console.WriteLine($"Speed, one thread, {pages.Count} pages, {totalBytes / 1048576.0:F1} MB of HTML, {rounds} timed round(s) after {WarmupRule}");
        Console.WriteLine($"{"tool",-34} {"pages/s",9} {"MB/s",7} {"KB alloc/page",14} {"peak WS MB",11} {"pages/CPU-s",12}");

        var extractor = new ArticleExtractor();
        Measure("lede (decode+parse+extract+json)", pages, rounds, totalBytes, page =>
        {
            var article = extractor.Extract(page.Bytes, new ExtractionRequest { Url = page.Url, Source = page.Path });
            return ArticleJson.Serialize(article).Length;
        });
        Measure("anglesharp parse only (reference)", pages, rounds, totalBytes, page =>
        {
            var text = CharsetDecoder.Decode(page.Bytes, null).Text;
            return new HtmlParser().ParseDocument(text).ChildElementCount;
        });
        if (!withPeers) return 0;
        Measure("SmartReader 0.11.1", pages, rounds, totalBytes, page =>
        {
            var text = CharsetDecoder.Decode(page.Bytes, null).Text;
            var article = new SmartReader.Reader(page.Url ?? "https://example.org/", text).GetArticle();
            return JsonSerializer.Serialize(new { article.Title, article.TextContent }).Length;
        });
        RunReadabilityJs(pages);
        return 0;
    }

    /// <summary>
    /// Parsing alone, on pages decoded beforehand: Lede's loader (tokenizer + tree builder), its tokenizer
    /// alone, and the public tokenizers of AngleSharp and MimeKit beside AngleSharp's full parse. The tokenizer-only
    /// rows see the raw markup (no tree builder switches them into raw-text states, so script bodies are tokenized as markup).
    /// </summary>
    public static int RunParsers(string dataRoot, int rounds)
    {
        var pages = new[] { "zyte-aeb-dev", "trafilatura-eval-dev" }
            .SelectMany(set => GoldReader.Read(DataPaths.Dataset(dataRoot, set)))
            .Where(p => p.InputPath is not null)
            .Select(p => new Page(p.InputPath!, p.Url, GoldReader.ReadInput(p)))
            .ToList();
        var texts = pages.ToDictionary(p => p, p => CharsetDecoder.Decode(p.Bytes, null).Text);
        var totalBytes = pages.Sum(p => (long)p.Bytes.Length);
        Console.WriteLine($"Parsing only, one thread, {pages.Count} pages decoded beforehand, {rounds} timed round(s) after {WarmupRule}");
        Console.WriteLine($"{"parser",-34} {"pages/s",9} {"MB/s",7} {"KB alloc/page",14} {"peak WS MB",11} {"pages/CPU-s",12}");
        var options = new ExtractionOptions();
        Measure("lede tokenizer+tree builder", pages, rounds, totalBytes, page =>
            Lede.Extraction.Html.HtmlDocumentLoader.Parse(texts[page], page.Url, options).DocumentElement.Order);
        Measure("lede tokenizer only", pages, rounds, totalBytes, page =>
        {
            var tokenizer = new Lede.Extraction.Html.Parsing.MarkupTokenizer(texts[page].AsMemory());
            var n = 0;
            while (tokenizer.Next() != Lede.Extraction.Html.Parsing.MarkupTokenKind.EndOfFile) n++;
            return n;
        });
        Measure("anglesharp tokenizer only", pages, rounds, totalBytes, page =>
        {
            var tokenizer = new AngleSharp.Html.Parser.HtmlTokenizer(new AngleSharp.Text.TextSource(texts[page]), AngleSharp.Html.HtmlEntityProvider.Resolver);
            var n = 0;
            while (tokenizer.Get().Type != AngleSharp.Html.Parser.HtmlTokenType.EndOfFile) n++;
            return n;
        });
        Measure("anglesharp full parse", pages, rounds, totalBytes, page => new HtmlParser().ParseDocument(texts[page]).ChildElementCount);
        Measure("mimekit tokenizer only", pages, rounds, totalBytes, page =>
        {
            using var reader = new StringReader(texts[page]);
            var tokenizer = new MimeKit.Text.HtmlTokenizer(reader);
            var n = 0;
            while (tokenizer.ReadNextToken(out _)) n++;
            return n;
        });
        return 0;
    }

    private static void Measure(string name, List<Page> pages, int rounds, long totalBytes, Func<Page, int> work)
    {
        var sink = 0L;
        var roundTimes = new List<double>();
        var compiled = new List<long>();
        var warmup = 0;
        while (warmup < WarmupRounds || warmup < MaxWarmupRounds && roundTimes[^1] < roundTimes[^2] * (1 - WarmupGain))
        {
            var roundStart = ThreadCpuClock.Now();
            var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var page in pages) sink += Safe(work, page);
            roundTimes.Add((ThreadCpuClock.Now() - roundStart).TotalMilliseconds / pages.Count);
            compiled.Add(System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore);
            warmup++;
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuClock.Now();
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            var roundStart = ThreadCpuClock.Now();
            var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var page in pages) sink += Safe(work, page);
            roundTimes.Add((ThreadCpuClock.Now() - roundStart).TotalMilliseconds / pages.Count);
            compiled.Add(System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore);
        }
        clock.Stop();
        var cpuSeconds = (ThreadCpuClock.Now() - cpuBefore).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var count = (double)pages.Count * rounds;
        var seconds = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{name,-34} {count / seconds,9:F1} {totalBytes * rounds / 1048576.0 / seconds,7:F1} {allocated / count / 1024,14:F0} {process.PeakWorkingSet64 / 1048576.0,11:F0} {count / cpuSeconds,12:F1}");
        if (PrintRoundTimes)
        {
            Console.WriteLine($"{"",-34} CPU ms/page by round: warm-up {string.Join(" ", roundTimes.Take(warmup).Select(t => t.ToString("F2")))} | timed {string.Join(" ", roundTimes.Skip(warmup).Select(t => t.ToString("F2")))}");
            Console.WriteLine($"{"",-34} methods compiled by round: warm-up {string.Join(" ", compiled.Take(warmup))} | timed {string.Join(" ", compiled.Skip(warmup))}");
        }
        GC.KeepAlive(sink);
    }

    private static int Safe(Func<Page, int> work, Page page)
    {
        try { return work(page); }
        catch (InputRejectedException) { return 0; }
    }

    /// <summary>Runs bench/peers/readability-js/speed.js over the same files (npm ci first when needed).</summary>
    private static void RunReadabilityJs(List<Page> pages)
    {
        const string name = "Readability.js 0.6.0 + jsdom";
        var folder = Path.Combine(DataPaths.RepoRoot(), "bench", "peers", "readability-js");
        try
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules")))
            {
                var (ciCode, ciOutput) = Exec("npm", "ci --no-audit --no-fund", folder, TimeSpan.FromMinutes(5));
                if (ciCode != 0) { Console.WriteLine($"{name,-34} skipped: npm ci failed ({ciOutput.Trim().Split('\n').LastOrDefault()})"); return; }
            }
            var list = Path.GetTempFileName();
            File.WriteAllLines(list, pages.Select(p => $"{p.Path}\t{p.Url}"), new UTF8Encoding(false));
            var (code, output) = Exec("node", $"speed.js \"{list}\" 40", folder, TimeSpan.FromMinutes(30));
            File.Delete(list);
            var line = output.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'));
            if (code != 0 || line is null) { Console.WriteLine($"{name,-34} failed: {output.Trim().Split('\n').LastOrDefault()}"); return; }
            using var result = JsonDocument.Parse(line);
            var r = result.RootElement;
            Console.WriteLine($"{name,-34} {r.GetProperty("pagesPerSecond").GetDouble(),9:F1} {r.GetProperty("mbPerSecond").GetDouble(),7:F1} {"n/a",14} {r.GetProperty("peakRssMb").GetDouble(),11:F0}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine($"{name,-34} skipped: node/npm not found on PATH (install Node.js to compare)");
        }
    }

    private static (int Code, string Output) Exec(string file, string arguments, string folder, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit)) { process.Kill(entireProcessTree: true); return (-1, "timed out"); }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
