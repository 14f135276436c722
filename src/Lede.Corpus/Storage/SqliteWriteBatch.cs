using Lede.Corpus.Search.Index;
using Microsoft.Data.Sqlite;

namespace Lede.Corpus.Storage;

/// <summary>One SQLite write transaction (BEGIN IMMEDIATE: a second writer waits instead of failing mid-batch).</summary>
internal sealed class SqliteWriteBatch : ICorpusWriteBatch
{
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert, _author, _entity, _seen, _state;
    private readonly Action<IReadOnlyList<IndexedArticle>> _committed;
    private readonly List<IndexedArticle> _added = [];

    /// <param name="committed">Runs after a successful commit with the articles it stored (the search index follows the database).</param>
    public SqliteWriteBatch(SqliteConnection connection, Action<IReadOnlyList<IndexedArticle>> committed)
    {
        _committed = committed;
        _transaction = connection.BeginTransaction(deferred: false);
        _insert = Command(connection, """
            INSERT OR IGNORE INTO articles(doc_key, content_hash, url, source, headline, body, date_published, published_day, site, site_name, lang, record)
            VALUES (@key, @hash, @url, @source, @headline, @body, @date, @day, @site, @siteName, @lang, @record) RETURNING id
            """);
        _author = Command(connection, "INSERT OR IGNORE INTO article_authors(article_id, name) VALUES (@id, @name)");
        _entity = Command(connection, "INSERT OR IGNORE INTO article_entities(article_id, name, type) VALUES (@id, @name, @type)");
        _seen = Command(connection, "INSERT OR IGNORE INTO seen_inputs(input_hash, article_id) VALUES (@hash, @id)");
        _state = Command(connection, "INSERT OR REPLACE INTO corpus_state(name, last_article_id, data) VALUES (@name, @last, @data)");
    }

    private SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name)) command.Parameters[name].Value = value ?? DBNull.Value;
        else command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }

    public long? Add(ArticleRow row)
    {
        Set(_insert, "@key", row.DocumentKey);
        Set(_insert, "@hash", row.ContentHash);
        Set(_insert, "@url", row.Url);
        Set(_insert, "@source", row.Source);
        Set(_insert, "@headline", row.Headline);
        Set(_insert, "@body", row.Body);
        Set(_insert, "@date", row.DatePublished);
        Set(_insert, "@day", row.PublishedDay);
        Set(_insert, "@site", row.Site);
        Set(_insert, "@siteName", row.SiteName is null ? null : ArticleRowCodec.Normalise(row.SiteName));
        Set(_insert, "@lang", row.Language);
        Set(_insert, "@record", row.Record);
        if (_insert.ExecuteScalar() is not { } value) return null;
        var id = Convert.ToInt64(value);
        var siteName = row.SiteName is null ? null : ArticleRowCodec.Normalise(row.SiteName);
        Set(_author, "@id", id);
        foreach (var author in row.Authors)
        {
            Set(_author, "@name", author);
            _author.ExecuteNonQuery();
        }
        Set(_entity, "@id", id);
        foreach (var entity in row.Entities)
        {
            Set(_entity, "@name", entity.Name);
            Set(_entity, "@type", entity.Type);
            _entity.ExecuteNonQuery();
        }
        // What the index would read back from these rows (names as stored: normalised, duplicates ignored).
        _added.Add(new IndexedArticle(id, row.Headline, row.Body, row.PublishedDay, row.Site, siteName, row.Language,
            row.Authors.Distinct().ToList(), row.Entities.Select(e => e.Name).Distinct().ToList()));
        return id;
    }

    public void MarkInputSeen(string inputHash, long? articleId)
    {
        Set(_seen, "@hash", inputHash);
        Set(_seen, "@id", articleId);
        _seen.ExecuteNonQuery();
    }

    public void SaveState(string name, long lastArticleId, byte[] data)
    {
        Set(_state, "@name", name);
        Set(_state, "@last", lastArticleId);
        Set(_state, "@data", data);
        _state.ExecuteNonQuery();
    }

    public void Commit()
    {
        _transaction.Commit();
        _committed(_added);
    }

    public void Dispose()
    {
        foreach (var command in new[] { _insert, _author, _entity, _seen, _state }) command.Dispose();
        _transaction.Dispose();
    }
}
