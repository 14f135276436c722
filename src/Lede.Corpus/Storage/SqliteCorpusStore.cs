using System.Data;
using Lede.Corpus.Search;
using Lede.Corpus.Search.Index;
using Microsoft.Data.Sqlite;

namespace Lede.Corpus.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (a killed writer loses at most its open
/// transaction), the record of every article, and a Lucene index beside the file (<c>PATH.search/</c>,
/// derived from the database) that matches, ranks with BM25 and filters by terms. The text is indexed
/// once, in Lucene; snippets are cut from the stored body (<see cref="SnippetBuilder"/>).
/// </summary>
internal sealed class SqliteCorpusStore : ICorpusStore
{
    // 2: no FTS5 table (schema 1 indexed the text a second time in article_fts; opening drops it).
    private const int SchemaVersion = 2;

    private static readonly string[] Schema =
    [
        """
        CREATE TABLE IF NOT EXISTS articles(
            id INTEGER PRIMARY KEY,
            doc_key BLOB NOT NULL UNIQUE,
            content_hash BLOB NOT NULL,
            url TEXT, source TEXT, headline TEXT, body TEXT NOT NULL,
            date_published TEXT, published_day TEXT, site TEXT, site_name TEXT, lang TEXT,
            record TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS articles_day ON articles(published_day)",
        "CREATE INDEX IF NOT EXISTS articles_site ON articles(site)",
        "CREATE INDEX IF NOT EXISTS articles_content ON articles(content_hash)",
        "CREATE TABLE IF NOT EXISTS article_authors(article_id INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY(article_id, name)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS article_entities(article_id INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY(article_id, name)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS article_entities_name ON article_entities(name)",
        "CREATE TABLE IF NOT EXISTS seen_inputs(input_hash TEXT PRIMARY KEY, article_id INTEGER) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS corpus_state(name TEXT PRIMARY KEY, last_article_id INTEGER NOT NULL, data BLOB NOT NULL)",
        // corpus_id tells the search index which database it was made from.
        "CREATE TABLE IF NOT EXISTS corpus_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT OR IGNORE INTO corpus_meta(key, value) VALUES ('corpus_id', lower(hex(randomblob(16))))",
    ];

    private readonly string _path;
    private readonly string _connectionString;
    private readonly SqliteConnection _read;
    private readonly Lock _readLock = new();
    private readonly SqliteConnection _write;
    private readonly ArticleSearchIndex _index;

    public SqliteCorpusStore(string path)
    {
        _path = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(_path);
        if (directory is not null) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        _write = Open();
        using (var transaction = _write.BeginTransaction())
        {
            foreach (var statement in Schema) Execute(_write, statement, transaction);
            var version = Convert.ToInt32(Scalar(_write, "PRAGMA user_version", transaction));
            if (version > SchemaVersion)
                throw new InvalidOperationException($"{_path} was written by a newer Lede (schema {version}); this one reads schema {SchemaVersion}");
            // Same transaction as the version bump: a crash leaves schema 1 with its table, or schema 2 without.
            if (version < 2) Execute(_write, "DROP TABLE IF EXISTS article_fts", transaction);
            Execute(_write, $"PRAGMA user_version = {SchemaVersion}", transaction);
            transaction.Commit();
        }
        _read = Open();
        var corpusId = (string)Scalar(_read, "SELECT value FROM corpus_meta WHERE key = 'corpus_id'")!;
        _index = new ArticleSearchIndex(_path + ".search", corpusId, ReadForIndex);
    }

    /// <summary>Brings the search index up to date with the database (it also catches up on its own when a search finds it behind).</summary>
    internal bool UpdateSearchIndex() => _index.CatchUp();

    /// <summary>Wall-clock ticks spent ranking (step 1) and reading rows and building snippets (step 2), summed over searches (the benchmark's breakdown).</summary>
    internal (long Rank, long Snippets) SearchTicks { get; private set; }

    public string Description => $"SQLite {_path}";

    /// <summary>The writer's connection (the benchmark times the inserts without the index).</summary>
    internal SqliteConnection WriteConnection => _write;

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // WAL: readers never block the writer; synchronous=NORMAL is durable against a killed process
        // (only a power loss can drop the last commits, never corrupt the file).
        foreach (var pragma in new[]
                 {
                     "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 30000",
                     "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY", "PRAGMA mmap_size = 1073741824",
                 })
            Execute(connection, pragma);
        return connection;
    }

    public long CountArticles()
    {
        lock (_readLock) return Convert.ToInt64(Scalar(_read, "SELECT count(*) FROM articles"));
    }

    public HashSet<string> SeenInputs(IReadOnlyCollection<string> inputHashes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (inputHashes.Count == 0) return seen;
        lock (_readLock)
        {
            using var command = _read.CreateCommand();
            command.CommandText = "SELECT 1 FROM seen_inputs WHERE input_hash = @h";
            var parameter = command.Parameters.Add("@h", SqliteType.Text);
            command.Prepare();
            foreach (var hash in inputHashes)
            {
                parameter.Value = hash;
                if (command.ExecuteScalar() is not null) seen.Add(hash);
            }
        }
        return seen;
    }

    // The index follows each committed batch (committing itself now and then, and when the store is
    // disposed); if that fails (disk full, another process holds its writer), the batch stays
    // committed and the index catches up later from the database.
    public ICorpusWriteBatch BeginBatch() => new SqliteWriteBatch(_write, added =>
    {
        try
        {
            _index.CatchUp(commit: false, added);
        }
        catch (IOException)
        {
        }
    });

    /// <summary>Up to <paramref name="count"/> articles after <paramref name="afterId"/> as the search index holds them.</summary>
    private IReadOnlyList<IndexedArticle> ReadForIndex(long afterId, int count)
    {
        using var connection = Open();
        var rows = new List<(long Id, string? Headline, string Body, string? Day, string? Site, string? SiteName, string? Lang)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, headline, body, published_day, site, site_name, lang FROM articles WHERE id > @after ORDER BY id LIMIT @count";
            command.Parameters.AddWithValue("@after", afterId);
            command.Parameters.AddWithValue("@count", count);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), NullableString(reader, 1), reader.GetString(2), NullableString(reader, 3), NullableString(reader, 4),
                    NullableString(reader, 5), NullableString(reader, 6)));
        }
        if (rows.Count == 0) return [];
        var last = rows[^1].Id;
        Dictionary<long, List<string>> Names(string table)
        {
            var names = new Dictionary<long, List<string>>();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT article_id, name FROM {table} WHERE article_id > @after AND article_id <= @last";
            command.Parameters.AddWithValue("@after", afterId);
            command.Parameters.AddWithValue("@last", last);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!names.TryGetValue(id, out var list)) names[id] = list = [];
                list.Add(reader.GetString(1));
            }
            return names;
        }
        var authors = Names("article_authors");
        var entities = Names("article_entities");
        return rows.Select(r => new IndexedArticle(r.Id, r.Headline, r.Body, r.Day, r.Site, r.SiteName, r.Lang,
            authors.GetValueOrDefault(r.Id) ?? [], entities.GetValueOrDefault(r.Id) ?? [])).ToList();
    }

    public IEnumerable<CorpusArticle> ReadArticles(long afterId = 0)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, body, record FROM articles WHERE id > @after ORDER BY id";
        command.Parameters.AddWithValue("@after", afterId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return ArticleRowCodec.FromStored(reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
    }

    public IReadOnlyList<CorpusArticle> GetArticles(IReadOnlyCollection<long> ids)
    {
        var found = new List<CorpusArticle>(ids.Count);
        lock (_readLock)
        {
            using var command = _read.CreateCommand();
            command.CommandText = "SELECT id, body, record FROM articles WHERE id = @id";
            var parameter = command.Parameters.Add("@id", SqliteType.Integer);
            foreach (var id in ids.Distinct().Order())
            {
                parameter.Value = id;
                using var reader = command.ExecuteReader();
                if (reader.Read()) found.Add(ArticleRowCodec.FromStored(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }
        return found;
    }

    // WAL: this connection reads a snapshot beside the shared reader and the writer.
    public IEnumerable<CorpusArticle> StreamArticles(IReadOnlyCollection<long> ids)
    {
        var ordered = ids.Distinct().Order().ToList();
        if (ordered.Count == 0) yield break;
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, body, record FROM articles WHERE id = @id";
        var parameter = command.Parameters.Add("@id", SqliteType.Integer);
        command.Prepare();
        foreach (var id in ordered)
        {
            parameter.Value = id;
            using var reader = command.ExecuteReader();
            if (reader.Read()) yield return ArticleRowCodec.FromStored(reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
        }
    }

    public IReadOnlyList<long> ArticlesWithEntity(string name)
    {
        if (SearchFilterSql.Clean(name) is not { } entity) return [];
        var (condition, values) = SearchFilterSql.EntityCondition("e", entity);
        var ids = new List<long>();
        lock (_readLock)
        {
            using var command = _read.CreateCommand();
            command.CommandText = $"SELECT DISTINCT e.article_id FROM article_entities e WHERE {condition} ORDER BY e.article_id";
            foreach (var (key, value) in values) command.Parameters.AddWithValue(key, value);
            using var reader = command.ExecuteReader();
            while (reader.Read()) ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query, QueryNode parsed)
    {
        var luceneQuery = LuceneQueryWriter.Write(query, parsed);
        lock (_readLock)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var lastId = Scalar(_read, "SELECT max(id) FROM articles") is long max ? max : 0;
            var top = _index.Search(luceneQuery, query.Limit, lastId);
            var ranked = System.Diagnostics.Stopwatch.GetTimestamp();
            SearchTicks = (SearchTicks.Rank + ranked - started, SearchTicks.Snippets);
            if (top.Count == 0) return [];
            // Step 2 reads only the top rows (by rowid) and cuts each snippet from its body.
            var hits = new Dictionary<long, SearchHit>(top.Count);
            using (var command = _read.CreateCommand())
            {
                command.CommandText = "SELECT id, url, source, headline, date_published, site, body FROM articles WHERE id = @id";
                var id = command.Parameters.Add("@id", SqliteType.Integer);
                command.Prepare();
                foreach (var (hitId, score) in top)
                {
                    id.Value = hitId;
                    using var reader = command.ExecuteReader();
                    if (reader.Read())
                        hits[hitId] = new SearchHit(hitId, NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3),
                            NullableString(reader, 4), NullableString(reader, 5), score, SnippetBuilder.Build(reader.GetString(6), parsed));
                }
            }
            SearchTicks = (SearchTicks.Rank, SearchTicks.Snippets + System.Diagnostics.Stopwatch.GetTimestamp() - ranked);
            return top.Where(t => hits.ContainsKey(t.Id)).Select(t => hits[t.Id]).ToList();
        }
    }

    public IReadOnlyList<long> SearchIds(SearchQuery query, QueryNode parsed)
    {
        var luceneQuery = LuceneQueryWriter.Write(query, parsed);
        lock (_readLock)
        {
            var lastId = Scalar(_read, "SELECT max(id) FROM articles") is long max ? max : 0;
            return _index.Search(luceneQuery, query.Limit, lastId).Select(t => t.Id).ToList();
        }
    }

    public StoredState? LoadState(string name)
    {
        lock (_readLock)
        {
            using var command = _read.CreateCommand();
            command.CommandText = "SELECT last_article_id, data FROM corpus_state WHERE name = @name";
            command.Parameters.AddWithValue("@name", name);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new StoredState(reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
        }
    }

    public long SizeInBytes()
    {
        // What the files will hold once written out: the WAL folded in, the index's pending articles committed.
        lock (_readLock) Execute(_read, "PRAGMA wal_checkpoint(TRUNCATE)");
        try
        {
            _index.CatchUp();
        }
        catch (IOException)
        {
        }
        return new[] { _path, _path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) + _index.SizeInBytes();
    }

    private static string? NullableString(IDataRecord reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        _index.Dispose();
        _read.Dispose();
        _write.Dispose();
    }
}
