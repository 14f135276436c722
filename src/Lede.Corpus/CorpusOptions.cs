namespace Lede.Corpus;

/// <summary>Where the corpus lives: an embedded SQLite file (default) or a shared PostgreSQL database.</summary>
public sealed record CorpusOptions
{
    /// <summary>Path of the SQLite database file; used when <see cref="PostgresConnectionString"/> is null.</summary>
    public string DatabasePath { get; init; } = "lede.db";

    /// <summary>Npgsql connection string of a shared PostgreSQL database (also read from LEDE_POSTGRES by the CLI).</summary>
    public string? PostgresConnectionString { get; init; }
}
