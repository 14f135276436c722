using Npgsql;

namespace Lede.Corpus.Tests.Storage;

/// <summary>
/// A throwaway corpus for one test: a SQLite file in a temp folder, or a fresh schema in the
/// PostgreSQL database named by LEDE_TEST_POSTGRES (dropped afterwards).
/// </summary>
internal sealed class TestCorpus : IDisposable
{
    public const string PostgresVariable = "LEDE_TEST_POSTGRES";

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    private readonly string? _schema;

    public TestCorpus(string kind)
    {
        Kind = kind;
        Folder = Path.Combine(Path.GetTempPath(), "lede-corpus-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (kind == "postgres")
        {
            var server = PostgresConnection ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
            _schema = "t_" + Guid.NewGuid().ToString("N");
            using (var connection = new NpgsqlConnection(server))
            {
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
                command.ExecuteNonQuery();
            }
            PostgresConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = _schema }.ToString();
            Options = new CorpusOptions { PostgresConnectionString = PostgresConnectionString, BatchSize = 7 };
        }
        else
        {
            Options = new CorpusOptions { DatabasePath = Path.Combine(Folder, "corpus.db"), BatchSize = 7 };
        }
    }

    public string Kind { get; }

    /// <summary>A temp folder for the test's inputs; deleted afterwards.</summary>
    public string Folder { get; }

    public CorpusOptions Options { get; }

    public string? PostgresConnectionString { get; }

    /// <summary>The CLI arguments that select this corpus.</summary>
    public string[] CliArguments => Kind == "postgres" ? ["--postgres", PostgresConnectionString!] : ["--db", Options.DatabasePath];

    public NewsCorpus Open() => NewsCorpus.Open(Options);

    public void Dispose()
    {
        if (_schema is not null)
        {
            using var connection = new NpgsqlConnection(PostgresConnection);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a child process may still hold a file for a moment; the temp folder is cleaned later */ }
    }
}
