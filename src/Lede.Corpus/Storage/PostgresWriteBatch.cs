using Npgsql;

namespace Lede.Corpus.Storage;

/// <summary>
/// One PostgreSQL write transaction. Ids are assigned here (max + 1 under the writer lock), not
/// by a sequence, because sequences skip values on rollback and a rerun must give the same ids.
/// </summary>
internal sealed class PostgresWriteBatch : ICorpusWriteBatch
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private long _nextId;

    public PostgresWriteBatch(NpgsqlConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction();
        PostgresCorpusStore.Execute(connection, _transaction, $"SELECT pg_advisory_xact_lock({PostgresCorpusStore.WriterLock})");
        using var command = new NpgsqlCommand("SELECT coalesce(max(id), 0) FROM articles", connection, _transaction);
        _nextId = Convert.ToInt64(command.ExecuteScalar()) + 1;
    }

    private NpgsqlCommand Command(string sql) => new(sql, _connection, _transaction);

    public long? Add(ArticleRow row)
    {
        var id = _nextId;
        using (var insert = Command("""
            INSERT INTO articles(id, doc_key, content_hash, url, source, headline, body, date_published, published_day, site, site_name, lang, record)
            VALUES (@id, @key, @hash, @url, @source, @headline, @body, @date, @day, @site, @siteName, @lang, @record)
            ON CONFLICT (doc_key) DO NOTHING
            """))
        {
            var p = insert.Parameters;
            p.AddWithValue("id", id);
            p.AddWithValue("key", row.DocumentKey);
            p.AddWithValue("hash", row.ContentHash);
            p.AddWithValue("url", (object?)row.Url ?? DBNull.Value);
            p.AddWithValue("source", (object?)row.Source ?? DBNull.Value);
            p.AddWithValue("headline", (object?)row.Headline ?? DBNull.Value);
            p.AddWithValue("body", row.Body);
            p.AddWithValue("date", (object?)row.DatePublished ?? DBNull.Value);
            p.AddWithValue("day", (object?)row.PublishedDay ?? DBNull.Value);
            p.AddWithValue("site", (object?)row.Site ?? DBNull.Value);
            p.AddWithValue("siteName", row.SiteName is null ? DBNull.Value : ArticleRowCodec.Normalise(row.SiteName));
            p.AddWithValue("lang", (object?)row.Language ?? DBNull.Value);
            p.AddWithValue("record", row.Record);
            if (insert.ExecuteNonQuery() == 0) return null;
        }
        _nextId++;
        foreach (var author in row.Authors)
        {
            using var command = Command("INSERT INTO article_authors(article_id, name) VALUES (@id, @name) ON CONFLICT DO NOTHING");
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("name", author);
            command.ExecuteNonQuery();
        }
        foreach (var entity in row.Entities)
        {
            using var command = Command("INSERT INTO article_entities(article_id, name, type) VALUES (@id, @name, @type) ON CONFLICT DO NOTHING");
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("name", entity.Name);
            command.Parameters.AddWithValue("type", entity.Type);
            command.ExecuteNonQuery();
        }
        return id;
    }

    public void MarkInputSeen(string inputHash, long? articleId)
    {
        using var command = Command("INSERT INTO seen_inputs(input_hash, article_id) VALUES (@hash, @id) ON CONFLICT DO NOTHING");
        command.Parameters.AddWithValue("hash", inputHash);
        command.Parameters.AddWithValue("id", (object?)articleId ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public void SaveState(string name, long lastArticleId, byte[] data)
    {
        using var command = Command("""
            INSERT INTO corpus_state(name, last_article_id, data) VALUES (@name, @last, @data)
            ON CONFLICT (name) DO UPDATE SET last_article_id = EXCLUDED.last_article_id, data = EXCLUDED.data
            """);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("last", lastArticleId);
        command.Parameters.AddWithValue("data", data);
        command.ExecuteNonQuery();
    }

    public void Commit() => _transaction.Commit();

    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }
}
