using System.Diagnostics;
using Lede.Analysis;
using Lede.Corpus;

namespace Lede.Cluster.Tests;

/// <summary>Ingest through real silos on loopback ports gives exactly the corpus a local ingest gives.</summary>
public sealed class ClusterIngestTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string Export(string database)
    {
        using var corpus = NewsCorpus.Open(new CorpusOptions { DatabasePath = database });
        var text = new StringWriter();
        corpus.Export(text);
        return text.ToString();
    }

    private static Corpus.Ingest.IngestReport IngestLocally(string database, string input, List<string>? problems = null)
    {
        using var corpus = NewsCorpus.Open(new CorpusOptions { DatabasePath = database });
        return corpus.Ingest([input], article => Analyzer.Analyze(article.ArticleBody, article.InLanguage),
            problem: (where, message) => problems?.Add($"{Path.GetFileName(where)}: {message}"));
    }

    private static Corpus.Ingest.IngestReport IngestOnCluster(string database, string input, ClusterPageProcessor processor, List<string>? problems = null)
    {
        using var corpus = NewsCorpus.Open(new CorpusOptions { DatabasePath = database, BatchSize = 16 });
        return corpus.Ingest([input], problem: (where, message) => problems?.Add($"{Path.GetFileName(where)}: {message}"), processor: processor);
    }

    [Fact]
    public async Task TwoSilosBuildTheCorpusALocalIngestBuilds()
    {
        using var folder = new TestFolder();
        var pages = InventedPages.WriteFolder(folder.Path, 40);
        var local = IngestLocally(Path.Combine(folder.Path, "local.db"), pages);
        Assert.Equal(40, local.Stored);

        await using var cluster = await LocalCluster.StartAsync(silos: 2);
        await using var connection = await ClusterConnection.OpenAsync(cluster.Gateways, cluster.ClusterId);
        var processor = new ClusterPageProcessor(connection.Client, new ClusterIngestOptions { SlicePages = 1 });
        var remote = IngestOnCluster(Path.Combine(folder.Path, "cluster.db"), pages, processor);

        Assert.Equal(40, remote.Stored);
        Assert.Equal(0, remote.Failed);
        var expected = Export(Path.Combine(folder.Path, "local.db"));
        Assert.Contains("\"quotes\":[{", expected); // the analysis travelled too, not only the article
        Assert.Equal(expected, Export(Path.Combine(folder.Path, "cluster.db")));
        Assert.Equal(40, processor.PagesBySilo.Values.Sum());
        Assert.All(processor.PagesBySilo.Keys, silo => Assert.Contains(cluster.Silos, s => silo.EndsWith(":" + s.SiloPort, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APageTheSiloCannotReadFailsWithTheLocalReasonAndTheRestAreStored()
    {
        using var folder = new TestFolder();
        var pages = InventedPages.WriteFolder(folder.Path, 6);
        // An image saved under a page's name: the extractor refuses it as binary data, on the silo as here.
        var image = new byte[2048];
        new Random(7).NextBytes(image);
        new byte[] { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d }.CopyTo(image, 0);
        await File.WriteAllBytesAsync(Path.Combine(pages, "story-002b.html"), image);
        var localProblems = new List<string>();
        IngestLocally(Path.Combine(folder.Path, "local.db"), pages, localProblems);

        await using var cluster = await LocalCluster.StartAsync(silos: 1);
        await using var connection = await ClusterConnection.OpenAsync(cluster.Gateways, cluster.ClusterId);
        var problems = new List<string>();
        var report = IngestOnCluster(Path.Combine(folder.Path, "cluster.db"), pages, new ClusterPageProcessor(connection.Client), problems);

        Assert.Equal(6, report.Stored);
        Assert.Equal(1, report.Failed);
        Assert.Equal(new SiloActivity(7, 1), cluster.Activity(0));
        Assert.Equal(["story-002b.html: input looks like binary data, not an HTML page or text"], localProblems);
        Assert.Equal(localProblems, problems);
    }

    [Fact]
    public async Task SlicesSentToAStoppedSiloAreRetriedOnTheOthers()
    {
        using var folder = new TestFolder();
        var pages = InventedPages.WriteFolder(folder.Path, 24);
        await using var cluster = await LocalCluster.StartAsync(silos: 2);
        await using var connection = await ClusterConnection.OpenAsync(cluster.Gateways, cluster.ClusterId);
        await cluster.StopSiloAsync(1);

        var processor = new ClusterPageProcessor(connection.Client, new ClusterIngestOptions { SlicePages = 1, Retries = 5 });
        var report = IngestOnCluster(Path.Combine(folder.Path, "cluster.db"), pages, processor);

        Assert.Equal(24, report.Stored);
        Assert.Equal(0, report.Failed);
        Assert.Equal(24, processor.PagesBySilo.Values.Sum());
        Assert.DoesNotContain(processor.PagesBySilo.Keys, silo => silo.EndsWith(":" + cluster.Silos[1].SiloPort, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AClusterThatIsNotThereIsReportedQuickly()
    {
        var clock = Stopwatch.StartNew();
        var closed = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, InventedPages.FreePort());
        var error = await Assert.ThrowsAsync<ClusterUnreachableException>(() => ClusterConnection.OpenAsync([closed]));
        Assert.Contains(closed.ToString(), error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task PagesTheClusterCannotReachComeBackAsFailuresWithTheReason()
    {
        using var folder = new TestFolder();
        var pages = InventedPages.WriteFolder(folder.Path, 3);
        var cluster = await LocalCluster.StartAsync(silos: 1);
        await using var connection = await ClusterConnection.OpenAsync(cluster.Gateways, cluster.ClusterId);
        await cluster.DisposeAsync();

        var problems = new List<string>();
        var report = IngestOnCluster(Path.Combine(folder.Path, "cluster.db"), pages, new ClusterPageProcessor(connection.Client, new ClusterIngestOptions { Retries = 1 }), problems);

        Assert.Equal(0, report.Stored);
        Assert.Equal(3, report.Failed);
        Assert.All(problems, p => Assert.Contains("the cluster could not process the page after 2 tries", p));
        // Nothing was marked as seen: a rerun with a working cluster ingests all three.
        await using var again = await LocalCluster.StartAsync(silos: 1);
        await using var second = await ClusterConnection.OpenAsync(again.Gateways, again.ClusterId);
        Assert.Equal(3, IngestOnCluster(Path.Combine(folder.Path, "cluster.db"), pages, new ClusterPageProcessor(second.Client)).Stored);
    }
}
