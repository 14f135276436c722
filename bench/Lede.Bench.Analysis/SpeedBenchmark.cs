using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lede.Analysis;
using Lede.Analysis.Entities;
using Lede.Bench.Common;
using Lede.Extraction;

namespace Lede.Bench.Analysis;

/// <summary>
/// One-thread analysis throughput, JIT warmed: the dev HTML pages (zyte-aeb-dev + trafilatura-eval-dev)
/// extracted and analysed, and the PolNeAR texts analysed as bodies; articles/s, milliseconds per stage
/// and KB allocated per article, plus the model's load time. <c>--dump FILE</c> also writes every
/// analysis as JSON Lines, so a change can be checked to leave the output identical; <c>--only html|text</c>
/// measures one of the two sets, <c>--only english</c> the English pages alone (quickest for comparing builds),
/// <c>--only rules</c> the German, French and Spanish pages one language a row (the word-rule analysis).
/// </summary>
internal static class SpeedBenchmark
{
    private sealed record Input(string Source, string? Url, byte[]? Html, string? Text);

    private const int WarmupRounds = 3;
    private const int MaxWarmupRounds = 10;
    private const double WarmupGain = 0.05;
    private const string WarmupRule = "at least 3 warm-up rounds, more while a round is >= 5 % cheaper than the one before (at most 10)";

    public static int Run(string data, int rounds, string? dump, string? only)
    {
        // Model load first, in a fresh process: what a one-off `lede analyze` pays.
        var clock = Stopwatch.StartNew();
        _ = NamedEntityTagger.Default;
        var coldLoad = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        using (var model = typeof(NamedEntityTagger).Assembly.GetManifestResourceStream("Lede.Analysis.Models.ner-en.bin")!)
            NamedEntityTagger.Load(model);
        var warmLoad = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"model load: {coldLoad:F0} ms first (JIT cold), {warmLoad:F0} ms again");

        var pages = only == "text" ? [] : new[] { "zyte-aeb-dev", "trafilatura-eval-dev" }
            .SelectMany(set => GoldReader.Read(DataPaths.Dataset(data, set)))
            .Where(p => p.InputPath is not null)
            .Select(p => new Input(p.InputPath!, p.Url, GoldReader.ReadInput(p), null))
            .ToList();
        var texts = GoldReader.Read(DataPaths.Dataset(data, "polnear-train-dev"))
            .Where(p => p.InputPath is not null)
            .Select(p => new Input(p.InputPath!, null, null, File.ReadAllText(p.InputPath!)))
            .ToList();
        var extractor = new ArticleExtractor();
        var analyzer = new ArticleAnalyzer();
        Console.WriteLine($"one thread, {rounds} timed round(s) after {WarmupRule}; uptime: {Uptime()}");
        Console.WriteLine($"{"set",-40} {"art/s cpu",8} {"art/s wall",8} {"ms cpu",8} {"KB alloc",8}  " + string.Join(" ", AnalysisStageClock.StageNames.Prepend("extract").Select(n => $"{n,9}")));
        if (only is null or "html" or "english")
        {
            if (only != "english") Measure($"dev HTML pages ({pages.Count}), extract+analyse", pages, rounds, extractor, analyzer);
            // Pages in other languages get sentences only (the models read English): the English ones show the full cost.
            var english = pages.Where(p => IsEnglish(p, extractor)).ToList();
            Measure($"  of which English ({english.Count})", english, rounds, extractor, analyzer);
        }
        if (only == "rules")
        {
            // The word-rule path (names and speech tags) one language at a time: its cost per page and per language.
            // Grouped once: each page's language costs an extraction.
            var byLanguage = pages.GroupBy(p => Lede.Extraction.Metadata.LanguageIdentifier.Primary(LanguageOf(p, extractor) ?? "en"))
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var language in new[] { "de", "fr", "es" })
            {
                var ofLanguage = byLanguage.GetValueOrDefault(language) ?? [];
                Measure($"  {language} pages ({ofLanguage.Count})", ofLanguage, rounds, extractor, analyzer);
            }
        }
        if (only is null or "text") Measure($"PolNeAR texts ({texts.Count}), analyse", texts, rounds, extractor, analyzer);
        Console.WriteLine("art/s cpu: articles per second of this thread's CPU time (what an idle core gives); art/s wall: on this machine now;");
        Console.WriteLine("stage columns: CPU ms per article; KB alloc: allocated per article, all stages; best round (with --rounds 2 or more): the cheapest round, and each stage in its cheapest round");
        if (dump is not null) Dump(dump, pages.Concat(texts), extractor, analyzer);
        return 0;
    }

    private static void Measure(string name, List<Input> inputs, int rounds, ArticleExtractor extractor, ArticleAnalyzer analyzer)
    {
        // Warm up until tier-up settles: one round left the first timed rounds partly in tier-0 and instrumented code
        // (the extraction bench found 5-7 rounds over the dev pages needed; docs/benchmarks.md, tenth session).
        var warmupTimes = new List<double>();
        while (warmupTimes.Count < WarmupRounds
               || warmupTimes.Count < MaxWarmupRounds && warmupTimes[^1] < warmupTimes[^2] * (1 - WarmupGain))
        {
            var roundStart = ThreadCpuClock.Now();
            foreach (var input in inputs) Analyze(input, extractor, analyzer, null, null);
            warmupTimes.Add((ThreadCpuClock.Now() - roundStart).TotalMilliseconds);
        }
        Console.WriteLine($"{"    warm-up rounds, CPU ms per round",-40} {string.Join(" ", warmupTimes.Select(t => t.ToString("F0")))}");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stages = new AnalysisStageClock(ThreadCpuClock.Now);
        var extract = new long[1];
        // Each stage's cheapest round too: on a loaded machine other processes inflate some rounds, never deflate one.
        var best = new long[AnalysisStageClock.StageNames.Length + 1];
        Array.Fill(best, long.MaxValue);
        var bestRound = double.MaxValue;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        var cpu = ThreadCpuClock.Now();
        var articles = 0;
        var perRound = 0;
        for (var r = 0; r < rounds; r++)
        {
            var before = stages.Ticks.Prepend(extract[0]).ToArray();
            var roundCpu = ThreadCpuClock.Now();
            perRound = 0;
            foreach (var input in inputs)
                if (Analyze(input, extractor, analyzer, stages, extract) is not null) perRound++;
            bestRound = Math.Min(bestRound, (ThreadCpuClock.Now() - roundCpu).TotalSeconds);
            var after = stages.Ticks.Prepend(extract[0]).ToArray();
            for (var i = 0; i < best.Length; i++) best[i] = Math.Min(best[i], after[i] - before[i]);
            articles += perRound;
        }
        var cpuSeconds = (ThreadCpuClock.Now() - cpu).TotalSeconds;
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var n = Math.Max(1, articles);
        double Ms(long ticks, int count) => ticks / (double)TimeSpan.TicksPerMillisecond / count;
        var columns = AnalysisStageClock.StageNames.Select((_, i) => $"{Ms(stages.Ticks[i], n),9:F3}").Prepend($"{Ms(extract[0], n),9:F3}");
        Console.WriteLine($"{name,-40} {articles / cpuSeconds,8:F1} {articles / seconds,8:F1} {cpuSeconds * 1000 / n,8:F2} {bytes / 1024.0 / n,8:F0}  {string.Join(" ", columns)}");
        var kb = AnalysisStageClock.StageNames.Select((_, i) => $"{stages.Bytes[i] / 1024.0 / n,9:F0}");
        Console.WriteLine($"{"    KB allocated per stage",-40} {"",8} {"",8} {"",8} {"",8}  {"",9} {string.Join(" ", kb)}");
        if (rounds < 2) return;
        var m = Math.Max(1, perRound);
        var bestColumns = best.Select(t => $"{Ms(t, m),9:F3}");
        Console.WriteLine($"{"    best round (each stage's own best)",-40} {m / bestRound,8:F1} {"",8} {bestRound * 1000 / m,8:F2} {"",8}  {string.Join(" ", bestColumns)}");
    }

    private static Lede.Analysis.Model.ArticleAnalysis? Analyze(Input input, ArticleExtractor extractor, ArticleAnalyzer analyzer, AnalysisStageClock? stages, long[]? extract)
    {
        string body;
        string? language = null;
        if (input.Html is not null)
        {
            var start = ThreadCpuClock.Now();
            try
            {
                var article = extractor.Extract(input.Html, new ExtractionRequest { Url = input.Url, Source = input.Source });
                (body, language) = (article.ArticleBody, article.InLanguage);
            }
            catch (InputRejectedException)
            {
                return null;
            }
            if (extract is not null) extract[0] += (ThreadCpuClock.Now() - start).Ticks;
        }
        else body = input.Text!;
        return analyzer.Analyze(body, language, stages);
    }

    private static bool IsEnglish(Input page, ArticleExtractor extractor) =>
        LanguageOf(page, extractor) is { } language && ArticleAnalyzer.ReadsLanguage(language);

    private static string? LanguageOf(Input page, ArticleExtractor extractor)
    {
        try
        {
            return extractor.Extract(page.Html!, new ExtractionRequest { Url = page.Url, Source = page.Source }).InLanguage;
        }
        catch (InputRejectedException)
        {
            return null;
        }
    }

    private static readonly JsonSerializerOptions DumpJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void Dump(string path, IEnumerable<Input> inputs, ArticleExtractor extractor, ArticleAnalyzer analyzer)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var count = 0;
        foreach (var input in inputs)
        {
            var analysis = Analyze(input, extractor, analyzer, null, null);
            writer.Write(Path.GetFileName(input.Source));
            writer.Write('\t');
            writer.WriteLine(analysis is null ? "rejected" : JsonSerializer.Serialize(analysis, DumpJson));
            count++;
        }
        Console.WriteLine($"dumped {count} analyses to {path}");
    }

    private static string Uptime()
    {
        try { return File.ReadAllText("/proc/loadavg").Trim(); }
        catch (IOException) { return "n/a"; }
    }
}
