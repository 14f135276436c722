using System.CommandLine;
using Lede.Corpus;

namespace Lede.Cli.Commands;

/// <summary>The database options every corpus verb shares: --db (SQLite) or --postgres / LEDE_POSTGRES.</summary>
public sealed class CorpusDatabaseOptions
{
    public const string PostgresVariable = "LEDE_POSTGRES";

    public readonly Option<string> Database = new("--db")
    {
        Description = "SQLite database file of the corpus (ingest and serve create it when missing; the verbs that read it expect it)",
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
    public NewsCorpus? Open(ParseResult parse, TextWriter stderr, Func<CorpusOptions, CorpusOptions>? adjust = null) =>
        Open(parse, stderr, adjust, mustExist: false);

    /// <summary>
    /// Opens a corpus that must already be there, for the verbs that only read it: a mistyped --db would otherwise
    /// create an empty file and answer "no matches" as if the corpus held nothing relevant.
    /// </summary>
    public NewsCorpus? OpenExisting(ParseResult parse, TextWriter stderr) => Open(parse, stderr, null, mustExist: true);

    private NewsCorpus? Open(ParseResult parse, TextWriter stderr, Func<CorpusOptions, CorpusOptions>? adjust, bool mustExist)
    {
        var options = Read(parse);
        if (adjust is not null) options = adjust(options);
        if (mustExist && options.PostgresConnectionString is null && !File.Exists(options.DatabasePath))
        {
            stderr.WriteLine($"lede: no corpus at {Path.GetFullPath(options.DatabasePath)}: nothing has been ingested there ('lede ingest INPUT... --db {options.DatabasePath}' creates it)");
            return null;
        }
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
