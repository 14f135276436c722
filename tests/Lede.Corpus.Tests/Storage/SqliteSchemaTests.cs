using Lede.Corpus.Search;
using Lede.Corpus.Storage;
using Microsoft.Data.Sqlite;

namespace Lede.Corpus.Tests.Storage;

/// <summary>Stores written by earlier layouts open, search and take new articles.</summary>
public sealed class SqliteSchemaTests
{
    // Schema 1 as it was written: the article tables plus an FTS5 copy of the text (article_fts).
    private static readonly string[] SchemaOne =
    [
        """
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            doc_key BLOB NOT NULL UNIQUE,
            content_hash BLOB NOT NULL,
            url TEXT, source TEXT, headline TEXT, body TEXT NOT NULL,
            date_published TEXT, published_day TEXT, site TEXT, site_name TEXT, lang TEXT,
            record TEXT NOT NULL)
        """,
        "CREATE INDEX articles_day ON articles(published_day)",
        "CREATE INDEX articles_site ON articles(site)",
        "CREATE INDEX articles_content ON articles(content_hash)",
        "CREATE TABLE article_authors(article_id INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY(article_id, name)) WITHOUT ROWID",
        "CREATE TABLE article_entities(article_id INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY(article_id, name)) WITHOUT ROWID",
        "CREATE INDEX article_entities_name ON article_entities(name)",
        "CREATE TABLE seen_inputs(input_hash TEXT PRIMARY KEY, article_id INTEGER) WITHOUT ROWID",
        "CREATE TABLE corpus_state(name TEXT PRIMARY KEY, last_article_id INTEGER NOT NULL, data BLOB NOT NULL)",
        "CREATE TABLE corpus_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT INTO corpus_meta(key, value) VALUES ('corpus_id', lower(hex(randomblob(16))))",
        "CREATE VIRTUAL TABLE article_fts USING fts5(headline, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
        "PRAGMA user_version = 1",
    ];

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public void AStoreOfSchemaOneLosesItsFts5CopyAndKeepsItsArticles()
    {
        using var test = new TestCorpus("sqlite");
        var path = test.Options.DatabasePath!;
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            foreach (var statement in SchemaOne) Execute(connection, statement);
            var (article, analysis) = InventedArticles.Set[0];
            var row = ArticleRowCodec.ToRow(article, analysis);
            Execute(connection, """
                INSERT INTO articles(id, doc_key, content_hash, url, source, headline, body, date_published, published_day, site, site_name, lang, record)
                VALUES (1, $key, $hash, $url, $source, $headline, $body, $date, $day, $site, $siteName, $lang, $record)
                """,
                ("$key", row.DocumentKey), ("$hash", row.ContentHash), ("$url", row.Url), ("$source", row.Source), ("$headline", row.Headline),
                ("$body", row.Body), ("$date", row.DatePublished), ("$day", row.PublishedDay), ("$site", row.Site), ("$siteName", row.SiteName),
                ("$lang", row.Language), ("$record", row.Record));
            Execute(connection, "INSERT INTO article_fts(rowid, headline, body) VALUES (1, $headline, $body)", ("$headline", row.Headline), ("$body", row.Body));
            Execute(connection, "INSERT INTO article_entities(article_id, name, type) VALUES (1, 'mara quillon', 'PER')");
        }

        using (var corpus = test.Open())
        {
            Assert.Equal(1, corpus.Count);
            var hit = Assert.Single(corpus.Search(new SearchQuery { Text = "harbour wall", Entity = "quillon" }));
            Assert.Equal(1, hit.Id);
            Assert.Contains("**harbour**", hit.Snippet);
            // New articles go in beside the old one, and the old one is exported as before.
            Assert.Equal(3, corpus.Ingest([InventedArticles.WriteJsonLines(test.Folder)]).Stored);
            Assert.Equal(4, corpus.Articles().Count());
            Assert.Equal([1L, 3, 4], corpus.Search(new SearchQuery { Text = "harbour" }).Select(h => h.Id).Order().ToArray());
        }
        Assert.Equal(2L, Scalar(path, "PRAGMA user_version"));
        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'article_fts%'"));
    }

    [Fact]
    public void AStoreOfANewerSchemaIsRefused()
    {
        using var test = new TestCorpus("sqlite");
        using (var corpus = test.Open()) { }
        using (var connection = new SqliteConnection($"Data Source={test.Options.DatabasePath};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA user_version = 99");
        }
        Assert.Throws<InvalidOperationException>(() => test.Open());
    }
}
