namespace Lede.Corpus;

/// <summary>Where the corpus lives (an embedded SQLite file by default, or a shared PostgreSQL database) and how ingest runs.</summary>
public sealed record CorpusOptions
{
    /// <summary>Path of the SQLite database file (default "lede.db"); used when <see cref="PostgresConnectionString"/> is null.</summary>
    public string DatabasePath { get; init; } = "lede.db";

    /// <summary>Npgsql connection string of a shared PostgreSQL database (the CLI also reads LEDE_POSTGRES).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>Documents per write transaction (default 256): large enough to amortise a commit, small enough that a kill loses little work.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Threads for extraction and analysis (default: all cores).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// New articles between snapshots of the duplicate and story state (default 20,000; a snapshot
    /// is also written at the end of every run). Articles after the last snapshot are replayed on open.
    /// </summary>
    public int SnapshotEvery { get; init; } = 20_000;

    /// <summary>Lists every problem with these options; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (PostgresConnectionString is null && string.IsNullOrWhiteSpace(DatabasePath)) errors.Add($"{nameof(DatabasePath)} is empty.");
        if (PostgresConnectionString is not null && string.IsNullOrWhiteSpace(PostgresConnectionString)) errors.Add($"{nameof(PostgresConnectionString)} is empty.");
        if (BatchSize is < 1 or > 100_000) errors.Add($"{nameof(BatchSize)} must be 1..100000 (was {BatchSize}).");
        if (Parallelism < 1) errors.Add($"{nameof(Parallelism)} must be at least 1 (was {Parallelism}).");
        if (SnapshotEvery < 1) errors.Add($"{nameof(SnapshotEvery)} must be at least 1 (was {SnapshotEvery}).");
        return errors;
    }
}
