using System.CommandLine;
using Lede.Corpus;

namespace Lede.Cli.Commands;

/// <summary>The database options every corpus verb shares: --db (SQLite) or --postgres / LEDE_POSTGRES.</summary>
public sealed class CorpusDatabaseOptions
{
    public const string PostgresVariable = "LEDE_POSTGRES";

    public readonly Option<string> Database = new("--db")
    {
        Description = "SQLite database file of the corpus (created when missing)",
        DefaultValueFactory = _ => "lede.db",
    };

    public readonly Option<string?> Postgres = new("--postgres")
    {
        Description = $"PostgreSQL connection string (\"Host=...;Database=...;Username=...\"); default: ${PostgresVariable} when set, else the SQLite file",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Postgres);
    }

    /// <summary>--postgres wins, then --db when given explicitly, then LEDE_POSTGRES, then ./lede.db.</summary>
    public CorpusOptions Read(ParseResult parse)
    {
        var postgres = parse.GetValue(Postgres);
        var explicitDb = parse.GetResult(Database) is { Implicit: false };
        if (postgres is null && !explicitDb && Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } fromEnvironment)
            postgres = fromEnvironment;
        return new CorpusOptions { DatabasePath = parse.GetValue(Database)!, PostgresConnectionString = postgres };
    }

    /// <summary>Opens the corpus, or writes why it cannot be opened and returns null.</summary>
    public NewsCorpus? Open(ParseResult parse, TextWriter stderr, Func<CorpusOptions, CorpusOptions>? adjust = null)
    {
        var options = Read(parse);
        if (adjust is not null) options = adjust(options);
        try
        {
            return NewsCorpus.Open(options);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException
                                       or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or System.Net.Sockets.SocketException)
        {
            stderr.WriteLine($"lede: cannot open the corpus: {e.Message}");
            return null;
        }
    }
}
