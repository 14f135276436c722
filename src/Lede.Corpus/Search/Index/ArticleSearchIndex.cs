using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Lede.Corpus.Search.Index;

/// <summary>
/// The Lucene index beside the SQLite store: it ranks (BM25, headline weighted) and filters (exact
/// terms). The database stays the record: the index is derived from it and always holds a prefix of
/// its articles (ids 1..N, in id order), with N in its commit data, so a crash between a database
/// commit and an index commit only leaves the index behind; <see cref="CatchUp"/> reads the missing
/// articles back from the database. While the index is behind and another process holds its writer
/// (an ingest that has not committed the index yet), <see cref="Search"/> indexes the missing articles
/// in memory and searches both together: the same matches and scores as a caught-up index.
/// </summary>
internal sealed class ArticleSearchIndex : IDisposable
{
    private const string LastArticleKey = "lede.last_article_id";
    private const string CorpusKey = "lede.corpus_id";

    // The fields and analysis of this version: an index written with another layout is rebuilt.
    private const string LayoutKey = "lede.layout";
    private const string Layout = "4 words with positions+common pairs";
    private const int ReadChunk = 5_000;

    // An ingest commits the index this often: a commit flushes a segment and syncs files (costly per batch,
    // and small segments cost merges), while what is not committed yet is what a search in another process
    // must index in memory.
    private const int CommitEvery = 10_000;

    private static readonly Similarity Bm25 = new BM25Similarity();

    private readonly string _folder;
    private readonly string _corpusId;
    private readonly Func<long, int, IReadOnlyList<IndexedArticle>> _readAfter;
    private readonly System.Threading.Lock _lock = new();
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private long _writerLast;
    private int _uncommitted;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private long _readerLast;
    private bool _readerValid;

    /// <param name="folder">Where the index lives (created when missing).</param>
    /// <param name="corpusId">Identity of the database; an index made from another database is rebuilt.</param>
    /// <param name="readAfter">Reads up to <c>count</c> stored articles with ids above <c>afterId</c>, in id order.</param>
    public ArticleSearchIndex(string folder, string corpusId, Func<long, int, IReadOnlyList<IndexedArticle>> readAfter)
    {
        _folder = folder;
        _corpusId = corpusId;
        _readAfter = readAfter;
    }

    private FSDirectory Directory => _directory ??= FSDirectory.Open(System.IO.Directory.CreateDirectory(_folder));

    /// <summary>The last article id the committed index holds (0 when there is none).</summary>
    public long LastArticleId
    {
        get
        {
            lock (_lock) return Refresh() ? _readerLast : 0;
        }
    }

    /// <summary>
    /// Indexes every stored article the index lacks. With <paramref name="commit"/> false (the ingest
    /// path, after each database batch) the index commits only every <see cref="CommitEvery"/> articles and on
    /// <see cref="Dispose"/>: a Lucene commit flushes and syncs files, which per batch cost more than the
    /// indexing itself, and a crash before it only leaves the index behind.
    /// False when another process holds the index's writer.
    /// </summary>
    /// <param name="fresh">Articles just stored, in id order: indexed as given when they follow what the index holds, instead of read back.</param>
    public bool CatchUp(bool commit = true, IReadOnlyList<IndexedArticle>? fresh = null)
    {
        lock (_lock)
        {
            if (OpenWriter() is not { } writer) return false;
            while (true)
            {
                var articles = fresh is [{ } first, ..] && first.Id == _writerLast + 1 ? fresh : _readAfter(_writerLast, ReadChunk);
                fresh = null;
                if (articles.Count == 0) break;
                foreach (var article in articles) writer.AddDocument(Document(article));
                _writerLast = articles[^1].Id;
                _uncommitted += articles.Count;
                if (_uncommitted >= CommitEvery) Commit(writer);
            }
            if (commit && _uncommitted > 0) Commit(writer);
            return true;
        }
    }

    /// <summary>
    /// The best <paramref name="limit"/> matches among articles 1..<paramref name="lastArticleId"/> as
    /// (article id, score), best first, ties in id order.
    /// </summary>
    public IReadOnlyList<(long Id, double Score)> Search(Query query, int limit, long lastArticleId)
    {
        lock (_lock)
        {
            if (lastArticleId <= 0) return [];
            // The index never holds more than the database: a reader at the database's last id is current,
            // and looking for a newer commit (a directory listing) is only needed when it is behind.
            if ((_searcher is null || _readerLast < lastArticleId) && (!Refresh() || _readerLast < lastArticleId) && CatchUp()) Refresh();
            return _searcher is not null && _readerLast >= lastArticleId ? Top(_searcher, _reader!, query, limit) : SearchWithTail(query, limit, lastArticleId);
        }
    }

    /// <summary>Searches the committed index together with an in-memory index of the articles it lacks.</summary>
    private List<(long Id, double Score)> SearchWithTail(Query query, int limit, long lastArticleId)
    {
        var committed = _searcher is not null && _readerValid ? _reader : null;
        using var tail = new RAMDirectory();
        using (var writer = new IndexWriter(tail, Config(OpenMode.CREATE)))
        {
            for (var after = committed is null ? 0 : _readerLast; after < lastArticleId;)
            {
                var articles = _readAfter(after, ReadChunk);
                if (articles.Count == 0) break;
                foreach (var article in articles)
                    if (article.Id <= lastArticleId) writer.AddDocument(Document(article));
                after = articles[^1].Id;
            }
        }
        using var tailReader = DirectoryReader.Open(tail);
        // Committed documents first, then the tail: Lucene's document order stays id order.
        using var both = committed is null ? null : new MultiReader([committed, tailReader], closeSubReaders: false);
        IndexReader reader = both ?? (IndexReader)tailReader;
        return Top(new IndexSearcher(reader) { Similarity = Bm25 }, reader, query, limit);
    }

    private static List<(long Id, double Score)> Top(IndexSearcher searcher, IndexReader reader, Query query, int limit)
    {
        var top = searcher.Search(query, limit);
        if (top.ScoreDocs.Length == 0) return [];
        var ids = MultiDocValues.GetNumericValues(reader, IndexFields.Id);
        return top.ScoreDocs.Select(hit => (ids.Get(hit.Doc), (double)hit.Score)).ToList();
    }

    /// <summary>Bytes the index takes on disk.</summary>
    public long SizeInBytes() =>
        System.IO.Directory.Exists(_folder) ? new DirectoryInfo(_folder).EnumerateFiles().Sum(f => f.Length) : 0;

    private IndexWriter? OpenWriter()
    {
        if (_writer is not null) return _writer;
        IndexWriter writer;
        try
        {
            writer = new IndexWriter(Directory, Config(OpenMode.CREATE_OR_APPEND));
        }
        catch (LockObtainFailedException)
        {
            return null;
        }
        var data = writer.CommitData;
        _writerLast = data.TryGetValue(LastArticleKey, out var last) ? long.Parse(last) : 0;
        if (!data.TryGetValue(CorpusKey, out var corpus) || corpus != _corpusId || !data.TryGetValue(LayoutKey, out var layout) || layout != Layout || _readAfter(_writerLast - 1, 1) is not [{ } check] || check.Id != _writerLast)
        {
            // Not made from this database, or by another version (or the database lost articles it held): start again.
            if (_writerLast != 0 || writer.MaxDoc > 0) writer.DeleteAll();
            _writerLast = 0;
        }
        _writer = writer;
        return writer;
    }

    private static IndexWriterConfig Config(OpenMode mode)
    {
        // Only the two text fields are analysed (filter fields are single terms).
        var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var words = new IndexTokenizer(reader);
            return new TokenStreamComponents(words, new CommonPairFilter(words));
        });
        return new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = mode,
            Similarity = Bm25,
            RAMBufferSizeMB = 64,
            // Merging only neighbouring segments keeps Lucene's document order = id order, so equal
            // scores come out in id order, as the SQL stores order them.
            MergePolicy = new LogByteSizeMergePolicy(),
            WriteLockTimeout = 0,
        };
    }

    private void Commit(IndexWriter writer)
    {
        writer.SetCommitData(new Dictionary<string, string> { [LastArticleKey] = _writerLast.ToString(), [CorpusKey] = _corpusId, [LayoutKey] = Layout });
        writer.Commit();
        _uncommitted = 0;
    }

    /// <summary>Opens or reopens the reader on the latest commit; false when no index was committed yet.</summary>
    private bool Refresh()
    {
        if (_reader is null)
        {
            if (!DirectoryReader.IndexExists(Directory)) return false;
            _reader = DirectoryReader.Open(Directory);
        }
        else if (DirectoryReader.OpenIfChanged(_reader) is { } newer)
        {
            _reader.Dispose();
            _reader = newer;
        }
        else if (_searcher is not null) return true;
        var data = _reader.IndexCommit.UserData;
        // An index of another database or layout holds nothing of this one (the writer rebuilds it).
        _readerValid = data.TryGetValue(CorpusKey, out var corpus) && corpus == _corpusId && data.TryGetValue(LayoutKey, out var layout) && layout == Layout;
        _readerLast = _readerValid && data.TryGetValue(LastArticleKey, out var last) ? long.Parse(last) : 0;
        _searcher = new IndexSearcher(_reader) { Similarity = Bm25 };
        return true;
    }

    private static Document Document(IndexedArticle article)
    {
        var document = new Document
        {
            new NumericDocValuesField(IndexFields.Id, article.Id),
            new TextField(IndexFields.Headline, article.Headline ?? "", Field.Store.NO),
            new TextField(IndexFields.Body, article.Body, Field.Store.NO),
        };
        void Add(string field, string value) => document.Add(new StringField(field, value, Field.Store.NO));
        if (article.PublishedDay is { } day) Add(IndexFields.Day, day);
        if (article.Site is { } site)
        {
            Add(IndexFields.Site, site);
            for (var dot = site.IndexOf('.'); dot >= 0; dot = site.IndexOf('.', dot + 1)) Add(IndexFields.SiteSuffix, site[(dot + 1)..]);
        }
        if (article.SiteName is { } siteName) Add(IndexFields.SiteName, siteName);
        if (article.Language is { } language)
        {
            Add(IndexFields.Language, language);
            for (var dash = language.IndexOf('-'); dash >= 0; dash = language.IndexOf('-', dash + 1)) Add(IndexFields.LanguagePrefix, language[..dash]);
        }
        foreach (var author in article.Authors) Add(IndexFields.Author, author);
        foreach (var entity in article.Entities)
            foreach (var run in WordRuns(entity)) Add(IndexFields.Entity, run);
        return document;
    }

    // Names are normalised (single spaces, trimmed); a name has few words, but a bound keeps a freak one cheap.
    private const int MaxRunWords = 12;

    private static IEnumerable<string> WordRuns(string name)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < name.Length; i++) if (name[i] == ' ') starts.Add(i + 1);
        for (var first = 0; first < starts.Count; first++)
            for (var last = first; last < starts.Count && last - first < MaxRunWords; last++)
            {
                var end = last + 1 < starts.Count ? starts[last + 1] - 1 : name.Length;
                yield return name[starts[first]..end];
            }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _reader?.Dispose();
            // Disposing a writer commits whatever it holds, so the commit data must say what that is.
            if (_writer is not null && _uncommitted > 0) Commit(_writer);
            _writer?.Dispose(waitForMerges: false);
            _directory?.Dispose();
            _reader = null;
            _writer = null;
        }
    }
}
