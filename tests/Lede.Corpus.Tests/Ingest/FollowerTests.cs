using Lede.Corpus.Tests.Storage;

namespace Lede.Corpus.Tests.Ingest;

/// <summary>Duplicates and stories are found at ingest time and survive restarts, snapshots and replays unchanged.</summary>
public sealed class FollowerTests
{
    private static string Describe(NewsCorpus corpus) =>
        string.Join("\n", corpus.Duplicates().Select(g => $"dup {g.Id} {g.EarliestDocId} {string.Join(',', g.Members.Select(m => m.DocId))}"))
        + "\n" + string.Join("\n", corpus.Stories().Select(s => $"story {s.Id} {string.Join(',', s.Articles.Select(a => a.DocId))}"));

    [Theory, InlineData("sqlite"), PostgresData]
    public void CopiesAreGroupedAndShareAStory(string kind)
    {
        using var test = new TestCorpus(kind);
        var pages = Path.Combine(test.Folder, "pages");
        InventedCorpus.WritePages(pages, 15);
        using var corpus = test.Open();
        corpus.Ingest([pages]);
        // Pages 4, 9 and 14 (ids 5, 10, 15) are re-headlined copies of the page before each.
        var groups = corpus.Duplicates();
        Assert.Equal([["4", "5"], ["9", "10"], ["14", "15"]], groups.Select(g => g.Members.Select(m => m.DocId).ToArray()));
        Assert.All(groups, g => Assert.Equal(g.Members[0].DocId, g.EarliestDocId));
        var stories = corpus.Stories();
        foreach (var group in groups)
            Assert.Single(stories, s => group.Members.All(m => s.Articles.Any(a => a.DocId == m.DocId)));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void IngestInPartsWithSnapshotsEqualsOneRun(string kind)
    {
        using var pagesFolder = new TestCorpus("sqlite");
        var all = Path.Combine(pagesFolder.Folder, "all");
        InventedCorpus.WritePages(all, 30);
        var files = Directory.GetFiles(all).Order(StringComparer.Ordinal).ToArray();

        using var once = new TestCorpus(kind);
        using (var corpus = once.Open()) corpus.Ingest([all]);

        using var parts = new TestCorpus(kind);
        // Snapshots every 4 articles, runs of 7, 1 and 22 files: restores and replays at odd places.
        var options = parts.Options with { SnapshotEvery = 4, BatchSize = 3 };
        using (var corpus = NewsCorpus.Open(options)) corpus.Ingest(files[..7]);
        using (var corpus = NewsCorpus.Open(options)) corpus.Ingest(files[7..8]);
        using (var corpus = NewsCorpus.Open(options)) corpus.Ingest(files[8..]);

        using var a = once.Open();
        using var b = parts.Open();
        Assert.Equal(30, b.Count);
        Assert.Equal(Describe(a), Describe(b));
        Assert.Contains("dup", Describe(b));
    }
}
