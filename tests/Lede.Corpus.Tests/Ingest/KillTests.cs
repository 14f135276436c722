using System.Diagnostics;
using Lede.Corpus.Tests.Storage;

namespace Lede.Corpus.Tests.Ingest;

/// <summary>
/// Crash safety, for real: a child `lede ingest` process is killed at random moments, then the
/// same command is run to the end; the corpus must equal the one an uninterrupted run builds.
/// </summary>
public sealed class KillTests
{
    private const int Pages = 400;

    [Theory, InlineData("sqlite"), PostgresData]
    public void KilledIngestRerunEqualsUninterruptedIngest(string kind)
    {
        using var pagesFolder = new TestCorpus("sqlite");
        var pages = Path.Combine(pagesFolder.Folder, "pages");
        InventedCorpus.WritePages(pages, Pages);

        using var reference = new TestCorpus(kind);
        Assert.Equal(0, Lede(["ingest", pages, "--batch-size", "8", .. reference.CliArguments], killWhen: null).ExitCode);
        var expected = Dump(reference);
        Assert.Equal(Pages, expected.Count(line => line.StartsWith('{')));

        using var killed = new TestCorpus(kind);
        var random = new Random();
        var partial = new List<long>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // Kill at a random point while batches are being written: once the corpus has grown past a
            // random share of the pages (watching progress, not the clock, so machine load cannot move it).
            using var watcher = killed.Open();
            var before = watcher.Count;
            var target = before + 1 + random.Next(Math.Max(1, (int)(Pages - before) / 2));
            var run = Lede(["ingest", pages, "--batch-size", "8", .. killed.CliArguments], killWhen: () => watcher.Count >= target);
            if (!run.Killed) break;
            partial.Add(watcher.Count);
        }
        Assert.Equal(0, Lede(["ingest", pages, "--batch-size", "8", .. killed.CliArguments], killWhen: null).ExitCode);
        var actual = Dump(killed);
        Assert.Contains(partial, count => count > 0 && count < Pages);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i]);
    }

    /// <summary>Every article as exported, then the duplicate groups and stories: the whole observable corpus.</summary>
    private static List<string> Dump(TestCorpus test)
    {
        using var corpus = test.Open();
        var text = new StringWriter();
        corpus.Export(text);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.AddRange(corpus.Duplicates().Select(g => $"{g.Id} {g.EarliestDocId} {string.Join(',', g.Members.Select(m => $"{m.DocId}:{m.Match?.Kind}:{m.Match?.Similarity:0.000}"))}"));
        lines.AddRange(corpus.Stories().Select(s => $"{s.Id} {s.Title} {string.Join(',', s.Articles.Select(a => a.DocId))} {string.Join(',', s.TopEntities.Select(e => e.Name))}"));
        return lines;
    }

    private sealed record Run(int ExitCode, bool Killed);

    private static Run Lede(string[] arguments, Func<bool>? killWhen)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(BuiltCli.Path());
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (killWhen is not null)
        {
            var clock = Stopwatch.StartNew();
            while (!process.WaitForExit(TimeSpan.FromMilliseconds(10)) && clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (!killWhen()) continue;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new Run(-1, Killed: true);
            }
        }
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("lede ingest did not finish in 3 minutes");
        }
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"lede exited with {process.ExitCode}: {stderr.Result}");
        return new Run(process.ExitCode, Killed: false);
    }
}
