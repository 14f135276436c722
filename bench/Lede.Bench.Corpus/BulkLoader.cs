using System.Diagnostics;
using Lede.Corpus.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lede.Bench.Corpus;

/// <summary>
/// Loads a large synthetic corpus straight into a store's tables (the schema the store itself
/// creates): SQLite rows in large transactions (the store then builds its search index from them);
/// PostgreSQL by binary COPY.
/// </summary>
internal static class BulkLoader
{
    public static void LoadSqlite(string path, SyntheticCorpus synthetic, int count)
    {
        using (NewsCorpus.Open(new CorpusOptions { DatabasePath = path })) { }
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA synchronous = OFF");
        Execute(connection, "PRAGMA cache_size = -262144");
        var clock = Stopwatch.StartNew();
        const int Chunk = 50_000;
        for (var start = 0; start < count; start += Chunk)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = Command(connection, transaction, """
                INSERT INTO articles(id, doc_key, content_hash, url, source, headline, body, date_published, published_day, site, site_name, lang, record)
                VALUES ($id, $key, $hash, $url, $source, $headline, $body, $date, $day, $site, NULL, $lang, $record)
                """);
            using var author = Command(connection, transaction, "INSERT OR IGNORE INTO article_authors(article_id, name) VALUES ($id, $name)");
            using var entity = Command(connection, transaction, "INSERT OR IGNORE INTO article_entities(article_id, name, type) VALUES ($id, $name, $type)");
            for (var n = start; n < Math.Min(count, start + Chunk); n++)
            {
                var row = synthetic.Article(n);
                var id = n + 1L;
                Set(insert, ("$id", id), ("$key", row.DocumentKey), ("$hash", row.ContentHash), ("$url", row.Url), ("$source", row.Source),
                    ("$headline", row.Headline), ("$body", row.Body), ("$date", row.DatePublished), ("$day", row.PublishedDay),
                    ("$site", row.Site), ("$lang", row.Language), ("$record", row.Record));
                insert.ExecuteNonQuery();
                foreach (var name in row.Authors) { Set(author, ("$id", id), ("$name", name)); author.ExecuteNonQuery(); }
                foreach (var e in row.Entities) { Set(entity, ("$id", id), ("$name", e.Name), ("$type", e.Type)); entity.ExecuteNonQuery(); }
            }
            transaction.Commit();
            Console.WriteLine($"  … {Math.Min(count, start + Chunk):N0} rows in {clock.Elapsed.TotalSeconds:N0} s");
        }
        Execute(connection, "ANALYZE");
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        Console.WriteLine($"  loaded in {clock.Elapsed.TotalSeconds:N0} s; file {new FileInfo(path).Length / 1e9:N2} GB");
    }

    public static void LoadPostgres(string connectionString, SyntheticCorpus synthetic, int count)
    {
        using (NewsCorpus.Open(new CorpusOptions { PostgresConnectionString = connectionString })) { }
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var clock = Stopwatch.StartNew();
        using (var writer = connection.BeginBinaryImport(
                   "COPY articles(id, doc_key, content_hash, url, source, headline, body, date_published, published_day, site, lang, record) FROM STDIN (FORMAT BINARY)"))
        {
            for (var n = 0; n < count; n++)
            {
                var row = synthetic.Article(n);
                writer.StartRow();
                writer.Write(n + 1L);
                writer.Write(row.DocumentKey);
                writer.Write(row.ContentHash);
                foreach (var text in new[] { row.Url, row.Source, row.Headline, row.Body, row.DatePublished, row.PublishedDay, row.Site, row.Language, row.Record })
                    if (text is null) writer.WriteNull(); else writer.Write(text);
                if ((n + 1) % 100_000 == 0) Console.WriteLine($"  … {n + 1:N0} rows in {clock.Elapsed.TotalSeconds:N0} s");
            }
            writer.Complete();
        }
        using (var writer = connection.BeginBinaryImport("COPY article_entities(article_id, name, type) FROM STDIN (FORMAT BINARY)"))
        {
            for (var n = 0; n < count; n++)
                foreach (var e in synthetic.Article(n).Entities)
                {
                    writer.StartRow();
                    writer.Write(n + 1L);
                    writer.Write(e.Name);
                    writer.Write(e.Type);
                }
            writer.Complete();
        }
        using (var analyze = new NpgsqlCommand("ANALYZE", connection)) analyze.ExecuteNonQuery();
        Console.WriteLine($"  loaded in {clock.Elapsed.TotalSeconds:N0} s");
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name)) command.Parameters[name].Value = value ?? DBNull.Value;
            else command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
