using System.CommandLine;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Lede.Cli.Batch;
using Lede.Cluster;
using Lede.Corpus;
using Lede.Analysis.Model;
using Lede.Corpus.Ingest;
using Lede.Crawl;
using Lede.Extraction.Model;
using Spectre.Console;

namespace Lede.Cli.Commands;

/// <summary><c>lede ingest</c>: pages, WARC archives, JSON Lines and URLs into the corpus, idempotently.</summary>
public static class IngestCommand
{
    /// <param name="analyze">Analysis stored with each article (entities, quotes, claims); null stores articles without it.</param>
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<NewsArticle, ArticleAnalysis?>? analyze = null)
    {
        var database = new CorpusDatabaseOptions();
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files (.html, .html.gz, .txt, .warc, .warc.gz, .jsonl; feeds and sitemaps .rss, .atom, .xml, .xml.gz, .json), directories (walked recursively) or http(s) URLs (of pages, feeds or sitemaps)",
            Arity = ArgumentArity.OneOrMore,
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Threads for extraction and analysis (default: all cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var batch = new Option<int>("--batch-size") { Description = "Documents per write transaction", DefaultValueFactory = _ => 256 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary" };
        var cluster = new Option<string[]>("--cluster")
        {
            Description = "Extract and analyse on a Lede cluster: gateways HOST:PORT of running 'lede silo's (comma-separated, or the option repeated); the corpus stays here",
        };
        var clusterId = new Option<string>("--cluster-id") { Description = "The cluster's id (as given to 'lede silo')", DefaultValueFactory = _ => "lede" };
        var clusterCertificate = new Option<string?>("--cluster-certificate")
        {
            Description = $"The cluster's certificate when its silos use TLS (as given to 'lede silo --certificate'; password in {ClusterCertificate.PasswordVariable})",
        };
        var crawlDelay = new Option<double>("--crawl-delay")
        {
            Description = "Seconds between two requests to one site when fetching the pages of feeds and sitemaps (a longer robots.txt Crawl-delay wins, up to 10 s)",
            DefaultValueFactory = _ => new CrawlOptions().Delay.TotalSeconds,
        };
        var maxPages = new Option<int>("--max-pages")
        {
            Description = "The most pages fetched for one feed or sitemap input",
            DefaultValueFactory = _ => new CrawlOptions().MaxPages,
        };
        var refetch = new Option<bool>("--refetch") { Description = "Fetch feed entries again even when an earlier run ingested their address" };
        var command = new Command("ingest", "Add articles to the corpus: pages, directories, WARC archives (CC-NEWS), JSON Lines from 'lede export', URLs, and the pages of RSS/Atom/JSON feeds and sitemaps (fetched politely, obeying robots.txt)");
        command.Arguments.Add(inputs);
        database.AddTo(command);
        foreach (var option in new Option[] { parallel, batch, quiet, cluster, clusterId, clusterCertificate, crawlDelay, maxPages, refetch }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            // As in extract: an unknown "--flag" was taken for a missing file (exit 1, after creating the corpus).
            foreach (var input in parse.GetValue(inputs)!)
            {
                if (input == "-")
                {
                    stderr.WriteLine("lede: ingest does not read stdin: give files, folders or addresses (lede export writes JSON Lines that ingest reads from a file)");
                    return Program.UsageError;
                }
                if (input.Length > 1 && input[0] == '-' && !File.Exists(input) && !Directory.Exists(input))
                {
                    stderr.WriteLine($"lede: unrecognised option '{input}'");
                    stderr.WriteLine("Run 'lede --help' for usage.");
                    return Program.UsageError;
                }
            }
            if (parse.GetValue(crawlDelay) is var delay && (delay < 0 || delay > 3600 || double.IsNaN(delay)))
            {
                stderr.WriteLine("lede: --crawl-delay must be between 0 and 3600 seconds");
                return Program.UsageError;
            }
            if (parse.GetValue(maxPages) < 1)
            {
                stderr.WriteLine("lede: --max-pages must be at least 1");
                return Program.UsageError;
            }
            IReadOnlyList<IPEndPoint> gateways;
            X509Certificate2? certificate;
            try
            {
                gateways = (parse.GetValue(cluster) ?? []).SelectMany(g => g.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    .Select(ClusterEndpoint.Parse).ToList();
                certificate = parse.GetValue(clusterCertificate) is { } file ? ClusterCertificate.Load(file) : null;
            }
            catch (FormatException e)
            {
                stderr.WriteLine($"lede: --cluster: {e.Message}");
                return Program.UsageError;
            }
            return Connect(parse, gateways, certificate);
        });
        return command;

        int Connect(ParseResult parse, IReadOnlyList<IPEndPoint> gateways, X509Certificate2? certificate)
        {
            using var corpus = database.Open(parse, stderr, o => o with { Parallelism = parse.GetValue(parallel), BatchSize = parse.GetValue(batch) });
            if (corpus is null) return Program.UsageError;
            ClusterConnection? connection = null;
            if (gateways.Count > 0)
            {
                try
                {
                    connection = ClusterConnection.OpenAsync(gateways, parse.GetValue(clusterId)!, certificate).GetAwaiter().GetResult();
                }
                catch (ClusterUnreachableException e)
                {
                    stderr.WriteLine($"lede: {e.Message}");
                    return Program.InputFailed;
                }
            }
            try
            {
                return Ingest(parse, corpus, connection is null ? null : new ClusterPageProcessor(connection.Client));
            }
            finally
            {
                connection?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }

        int Ingest(ParseResult parse, NewsCorpus corpus, ClusterPageProcessor? processor)
        {
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // First Ctrl+C: finish the batch being written and stop cleanly; a second one kills.
                if (cancel.IsCancellationRequested) return;
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            var problems = 0;
            void Problem(string where, string message)
            {
                Interlocked.Increment(ref problems);
                lock (stderr) stderr.WriteLine($"lede: {where}: {message}");
            }
            IngestReport report;
            try
            {
                var showProgress = !parse.GetValue(quiet) && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
                var crawl = new CrawlOptions { Delay = TimeSpan.FromSeconds(parse.GetValue(crawlDelay)), MaxPages = parse.GetValue(maxPages) };
                IngestReport Run(Action<IngestProgress>? progress) => corpus.Ingest(parse.GetValue(inputs)!, analyze, Problem, progress,
                    processor: processor, crawl: crawl, refetch: parse.GetValue(refetch), cancel: cancel.Token);
                report = showProgress ? WithProgressBar(Run) : Run(null);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            if (!parse.GetValue(quiet))
            {
                var rate = report.Elapsed.TotalSeconds > 0 ? report.Documents / report.Elapsed.TotalSeconds : 0;
                stderr.WriteLine(
                    $"lede: {Counted(report.Stored, "new article")}, {report.Duplicates + report.Unchanged:N0} already stored, " +
                    $"{report.Skipped:N0} without article text, {report.Failed:N0} failed" +
                    (report.NonPageRecords > 0 ? $", {Counted(report.NonPageRecords, "WARC record")} that {(report.NonPageRecords == 1 ? "is not a page" : "are not pages")}" : "") +
                    (report.KnownEntries > 0 ? $", {Counted(report.KnownEntries, "feed entry", "feed entries")} ingested before (not fetched again)" : "") +
                    (report.EntriesOverLimit > 0 ? $", {Counted(report.EntriesOverLimit, "feed entry", "feed entries")} over --max-pages (not fetched)" : "") +
                    $"; {Counted(report.Documents, "document")} in {report.Elapsed.TotalSeconds:N1} s ({rate:N0}/s); " +
                    $"corpus: {Counted(report.Articles, "article")} in {corpus.Description}" + (report.Cancelled ? " (stopped early)" : ""));
                if (report.FilesLeftAlone > 0)
                    stderr.WriteLine($"lede: {LeftAlone.Describe(report.FilesLeftAlone, report.FirstFileLeftAlone!)}: name a file to ingest it " +
                        $"(folders are searched for {string.Join(", ", IngestInputExpander.PageExtensions.Concat(IngestInputExpander.WarcExtensions).Concat(IngestInputExpander.JsonLinesExtensions))})");
                if (processor is not null)
                {
                    var silos = processor.PagesBySilo.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Value:N0} pages on {s.Key}");
                    stderr.WriteLine($"lede: cluster: {string.Join(", ", silos.DefaultIfEmpty("no pages sent"))}; {processor.Retries:N0} slices sent again after a failure");
                }
            }
            return report.Failed > 0 || report.Cancelled ? Program.InputFailed : Program.Ok;
        }
    }

    /// <summary>"1 new article", "2 new articles": the summary reads as a sentence.</summary>
    private static string Counted(long count, string singular, string? plural = null) =>
        $"{count:N0} {(count == 1 ? singular : plural ?? singular + "s")}";

    private static IngestReport WithProgressBar(Func<Action<IngestProgress>, IngestReport> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestReport? report = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading inputs", maxValue: 1);
                report = run(p =>
                {
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = Math.Min(p.BytesDone, task.MaxValue);
                    task.Description = $"{p.Stored:N0} new · {p.Duplicates:N0} known · {p.Failed:N0} failed · {p.DocumentsPerSecond:N0} docs/s";
                });
                task.Value = task.MaxValue;
            });
        return report!;
    }
}
