using Lede.Corpus.Search;
using Lede.Corpus.Search.Index;
using Lede.Corpus.Storage;
using Lede.Corpus.Tests.Storage;

namespace Lede.Corpus.Tests.Search;

/// <summary>The Lucene index beside the SQLite store: same matches as FTS5, derived from the database, rebuilt when it is not.</summary>
public sealed class SearchIndexTests
{
    private static readonly SearchQuery[] Queries =
    [
        new() { Text = "harbour OR museum OR hafenmauer" },
        new() { Text = "harbour OR museum OR hafenmauer", Entity = "quillon" },
        new() { Text = "harbour OR museum OR hafenmauer", Entity = "Quill" },
        new() { Text = "harbour OR museum OR hafenmauer", Site = "valley-news.example.org" },
        new() { Text = "harbour OR museum OR hafenmauer", Site = "https://www.valley-news.example.org/x" },
        new() { Text = "harbour OR museum OR hafenmauer", Author = "doe" },
        new() { Text = "harbour OR museum OR hafenmauer", Language = "en" },
        new() { Text = "harbour OR museum OR hafenmauer", Language = "en-gb" },
        new() { Text = "harbour OR museum OR hafenmauer", From = new DateOnly(2025, 3, 2), To = new DateOnly(2025, 3, 31) },
        new() { Text = "harbour OR museum OR hafenmauer", Site = "harbour", Author = "jane doe" },
        new() { Text = "harbour -museum" },
        new() { Text = "harb*" },
        new() { Text = "\"harbour wall\"" },
    ];

    private static SqliteCorpusStore Store(NewsCorpus corpus) => (SqliteCorpusStore)corpus.Store;

    private static long[] Ids(NewsCorpus corpus, SearchQuery query) => corpus.Search(query).Select(h => h.Id).Order().ToArray();

    private static (long Id, double Score)[] Hits(NewsCorpus corpus, SearchQuery query) => corpus.Search(query).Select(h => (h.Id, h.Score)).ToArray();

    private static string[] WriteHalves(string folder)
    {
        var first = Path.Combine(folder, "first.jsonl");
        var second = Path.Combine(folder, "second.jsonl");
        File.WriteAllLines(first, InventedArticles.Set.Take(2).Select(InventedArticles.JsonLine));
        File.WriteAllLines(second, InventedArticles.Set.Skip(2).Select(InventedArticles.JsonLine));
        return [first, second];
    }

    [Fact]
    public void ASearchWhileAnotherWriterHoldsTheIndexSeesEveryArticleRankedAlike()
    {
        using var reference = new TestCorpus("sqlite");
        List<(long Id, double Score)[]> expected;
        using (var corpus = reference.Open())
        {
            corpus.Ingest(WriteHalves(reference.Folder));
            expected = Queries.Select(q => Hits(corpus, q)).ToList();
        }
        Assert.Contains(expected, hits => hits.Length == 0);
        Assert.Contains(expected, hits => hits.Length == 4);

        using var test = new TestCorpus("sqlite");
        var halves = WriteHalves(test.Folder);
        using (var corpus = test.Open()) corpus.Ingest([halves[0]]);
        // Another process (an ingest that has not committed the index yet) holds the index's writer:
        // the second half reaches the database only, and searches must index it in memory.
        using var directory = Lucene.Net.Store.FSDirectory.Open(test.Options.DatabasePath + ".search");
        var analyzer = Lucene.Net.Analysis.Analyzer.NewAnonymous((_, reader) => new Lucene.Net.Analysis.TokenStreamComponents(new IndexTokenizer(reader)));
        using var held = new Lucene.Net.Index.IndexWriter(directory,
            new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer) { OpenMode = Lucene.Net.Index.OpenMode.APPEND });
        using var reopened = test.Open();
        Assert.Equal(2, reopened.Ingest([halves[1]]).Stored);
        var actual = Queries.Select(q => Hits(reopened, q)).ToList();
        Assert.Equal(expected.Select(h => h.Select(x => x.Id)), actual.Select(h => h.Select(x => x.Id)));
        Assert.Equal(expected.SelectMany(h => h.Select(x => x.Score)), actual.SelectMany(h => h.Select(x => x.Score)), (a, b) => Math.Abs(a - b) < 1e-5);
        // The committed index still holds the first half only: the hits of the second came from memory.
        using var committed = Lucene.Net.Index.DirectoryReader.Open(directory);
        Assert.Equal("2", committed.IndexCommit.UserData["lede.last_article_id"]);
    }

    [Fact]
    public void IngestLeavesACommittedIndexThatNeedsNoCatchingUp()
    {
        using var test = new TestCorpus("sqlite");
        using (var corpus = test.Open()) corpus.Ingest([InventedArticles.WriteJsonLines(test.Folder)]);
        // Batches commit the index only now and then; disposing the store must commit the rest, with
        // commit data that names the last article it holds, so nothing has to be read back.
        string corpusId;
        long stored;
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={test.Options.DatabasePath};Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT value FROM corpus_meta WHERE key = 'corpus_id'";
            corpusId = (string)command.ExecuteScalar()!;
            command.CommandText = "SELECT max(id) FROM articles";
            stored = (long)command.ExecuteScalar()!;
        }
        using var index = new Lede.Corpus.Search.Index.ArticleSearchIndex(test.Options.DatabasePath + ".search", corpusId,
            (_, _) => throw new InvalidOperationException("the index should not read the database"));
        Assert.Equal(stored, index.LastArticleId);
    }

    [Fact]
    public void AMissingIndexIsRebuiltFromTheDatabase()
    {
        using var test = new TestCorpus("sqlite");
        long[] before;
        using (var corpus = test.Open())
        {
            corpus.Ingest([InventedArticles.WriteJsonLines(test.Folder)]);
            before = Ids(corpus, Queries[0]);
        }
        var folder = test.Options.DatabasePath + ".search";
        Assert.True(Directory.Exists(folder));
        Directory.Delete(folder, recursive: true);
        using (var corpus = test.Open())
        {
            Assert.Equal(before, Ids(corpus, Queries[0]));
        }
        Assert.True(Directory.EnumerateFiles(folder).Any());
    }

    [Fact]
    public void AnIndexOfAnotherDatabaseIsNotUsed()
    {
        using var first = new TestCorpus("sqlite");
        using var second = new TestCorpus("sqlite");
        using (var corpus = first.Open()) corpus.Ingest([InventedArticles.WriteJsonLines(first.Folder)]);
        var page = Path.Combine(second.Folder, "other.jsonl");
        File.WriteAllText(page, """{"url":"https://other.example.com/1","headline":"Lighthouse keeper retires","articleBody":"The lighthouse keeper of the northern cape retired after forty years of service on the rock."}""" + "\n");
        using (var corpus = second.Open()) corpus.Ingest([page]);
        // The first corpus's index where the second expects its own: it must be rebuilt, not trusted.
        var folder = second.Options.DatabasePath + ".search";
        Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(first.Options.DatabasePath + ".search"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        using var reopened = second.Open();
        Assert.Empty(Ids(reopened, Queries[0]));
        Assert.Equal([1L], Ids(reopened, new SearchQuery { Text = "lighthouse" }));
    }
}
