using Lede.Corpus.Search;
using Npgsql;
using NpgsqlTypes;

namespace Lede.Corpus.Storage;

/// <summary>
/// The shared store: PostgreSQL with a stored, weighted tsvector (headline A, body B) under a GIN
/// index, ranked with ts_rank_cd. Writers serialise on an advisory lock so ids stay in ingest order.
/// Uses the first schema of the connection's search path (tests give each run its own).
/// </summary>
internal sealed class PostgresCorpusStore : ICorpusStore
{
    private const int SchemaVersion = 1;

    /// <summary>Advisory lock key that serialises schema setup and write batches ("lede" in ASCII).</summary>
    internal const long WriterLock = 0x6C656465;

    // to_tsvector fails on documents over 1 MB of lexemes; bodies that long are not articles anyway.
    private const int IndexedBodyChars = 400_000;

    private static readonly string[] Schema =
    [
        $"""
        CREATE TABLE IF NOT EXISTS articles(
            id bigint PRIMARY KEY,
            doc_key bytea NOT NULL UNIQUE,
            content_hash bytea NOT NULL,
            url text, source text, headline text, body text NOT NULL,
            date_published text, published_day text, site text, site_name text, lang text,
            record text NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', coalesce(headline, '')), 'A') ||
                setweight(to_tsvector('simple', left(body, {IndexedBodyChars})), 'B')) STORED)
        """,
        "CREATE INDEX IF NOT EXISTS articles_tsv ON articles USING gin(tsv)",
        "CREATE INDEX IF NOT EXISTS articles_day ON articles(published_day)",
        "CREATE INDEX IF NOT EXISTS articles_site ON articles(site)",
        "CREATE INDEX IF NOT EXISTS articles_content ON articles(content_hash)",
        "CREATE TABLE IF NOT EXISTS article_authors(article_id bigint NOT NULL, name text NOT NULL, PRIMARY KEY(article_id, name))",
        "CREATE TABLE IF NOT EXISTS article_entities(article_id bigint NOT NULL, name text NOT NULL, type text NOT NULL, PRIMARY KEY(article_id, name))",
        "CREATE INDEX IF NOT EXISTS article_entities_name ON article_entities(name)",
        "CREATE TABLE IF NOT EXISTS seen_inputs(input_hash text PRIMARY KEY, article_id bigint)",
        "CREATE TABLE IF NOT EXISTS corpus_state(name text PRIMARY KEY, last_article_id bigint NOT NULL, data bytea NOT NULL)",
        "CREATE TABLE IF NOT EXISTS corpus_meta(key text PRIMARY KEY, value text NOT NULL)",
    ];

    private readonly NpgsqlDataSource _source;
    private readonly string _description;

    public PostgresCorpusStore(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _description = $"PostgreSQL {builder.Host}/{builder.Database}" + (builder.SearchPath is { } path ? $" (schema {path})" : "");
        _source = NpgsqlDataSource.Create(builder);
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriterLock})");
        foreach (var statement in Schema) Execute(connection, transaction, statement);
        using (var command = new NpgsqlCommand("SELECT value FROM corpus_meta WHERE key = 'schema'", connection, transaction))
            if (command.ExecuteScalar() is string stored && int.Parse(stored) > SchemaVersion)
                throw new InvalidOperationException($"{_description} was written by a newer Lede (schema {stored}); this one reads schema {SchemaVersion}");
        Execute(connection, transaction, $"INSERT INTO corpus_meta(key, value) VALUES ('schema', '{SchemaVersion}') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
        transaction.Commit();
    }

    public string Description => _description;

    internal static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    public long CountArticles()
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT count(*) FROM articles", connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public HashSet<string> SeenInputs(IReadOnlyCollection<string> inputHashes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (inputHashes.Count == 0) return seen;
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT input_hash FROM seen_inputs WHERE input_hash = ANY(@hashes)", connection);
        command.Parameters.AddWithValue("hashes", inputHashes.ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read()) seen.Add(reader.GetString(0));
        return seen;
    }

    public ICorpusWriteBatch BeginBatch() => new PostgresWriteBatch(_source.OpenConnection());

    public IEnumerable<CorpusArticle> ReadArticles(long afterId = 0)
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT id, body, record FROM articles WHERE id > @after ORDER BY id", connection);
        command.Parameters.AddWithValue("after", afterId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return ArticleRowCodec.FromStored(reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
    }

    public IReadOnlyList<CorpusArticle> GetArticles(IReadOnlyCollection<long> ids)
    {
        var found = new List<CorpusArticle>(ids.Count);
        if (ids.Count == 0) return found;
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT id, body, record FROM articles WHERE id = ANY(@ids) ORDER BY id", connection);
        command.Parameters.AddWithValue("ids", ids.Distinct().ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read()) found.Add(ArticleRowCodec.FromStored(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return found;
    }

    public IEnumerable<CorpusArticle> StreamArticles(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0) yield break;
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT id, body, record FROM articles WHERE id = ANY(@ids) ORDER BY id", connection);
        command.Parameters.AddWithValue("ids", ids.Distinct().ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return ArticleRowCodec.FromStored(reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
    }

    public IReadOnlyList<long> ArticlesWithEntity(string name)
    {
        if (SearchFilterSql.Clean(name) is not { } entity) return [];
        var (condition, values) = SearchFilterSql.EntityCondition("e", entity);
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT DISTINCT e.article_id FROM article_entities e WHERE {condition} ORDER BY e.article_id", connection);
        foreach (var (key, value) in values) command.Parameters.AddWithValue(key.TrimStart('@'), value);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query, QueryNode parsed)
    {
        var filter = SearchFilterSql.Build(query);
        // Rank every match, keep the top N, and only then build headlines (ts_headline re-parses the body).
        var sql = $"""
            SELECT t.id, t.url, t.source, t.headline, t.date_published, t.site, t.score,
                   ts_headline('simple', t.body, q, 'StartSel="**", StopSel="**", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
            FROM (SELECT a.id, a.url, a.source, a.headline, a.date_published, a.site, a.body, ts_rank_cd(a.tsv, q, 1) AS score
                  FROM articles a, to_tsquery('simple', @match) q
                  WHERE a.tsv @@ q{filter.Sql}
                  ORDER BY score DESC, a.id LIMIT @limit) t,
                 to_tsquery('simple', @match) q
            ORDER BY t.score DESC, t.id
            """;
        using var connection = _source.OpenConnection();
        using var command = SearchCommand(sql, connection, query, parsed, filter);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            hits.Add(new SearchHit(reader.GetInt64(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                reader.GetFloat(6), reader.IsDBNull(7) ? "" : reader.GetString(7)));
        return hits;
    }

    public IReadOnlyList<long> SearchIds(SearchQuery query, QueryNode parsed)
    {
        var filter = SearchFilterSql.Build(query);
        var sql = $"""
            SELECT a.id FROM articles a, to_tsquery('simple', @match) q
            WHERE a.tsv @@ q{filter.Sql}
            ORDER BY ts_rank_cd(a.tsv, q, 1) DESC, a.id LIMIT @limit
            """;
        using var connection = _source.OpenConnection();
        using var command = SearchCommand(sql, connection, query, parsed, filter);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>A search statement with its match, limit and filter parameters.</summary>
    private static NpgsqlCommand SearchCommand(string sql, NpgsqlConnection connection, SearchQuery query, QueryNode parsed, SearchFilterSql.Clause filter)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("match", QueryDialect.TsQuery.Write(parsed));
        command.Parameters.AddWithValue("limit", query.Limit);
        foreach (var (key, value) in filter.Parameters) command.Parameters.AddWithValue(key.TrimStart('@'), value);
        return command;
    }

    private static string? Text(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public StoredState? LoadState(string name)
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT last_article_id, data FROM corpus_state WHERE name = @name", connection);
        command.Parameters.AddWithValue("name", name);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredState(reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
    }

    public long SizeInBytes()
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("""
            SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
            WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
              AND c.relname IN ('articles', 'article_authors', 'article_entities', 'seen_inputs', 'corpus_state', 'corpus_meta')
            """, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public void Dispose() => _source.Dispose();
}
