namespace Lede.Corpus.Ingest;

/// <summary>
/// The outcome of an ingest run. <see cref="Stored"/> new articles; <see cref="Duplicates"/> were
/// already stored (same URL and content); <see cref="Unchanged"/> raw inputs ingested by an earlier
/// run; <see cref="Skipped"/> held no article text; <see cref="Failed"/> inputs or records could not be read.
/// </summary>
public sealed record IngestReport(
    int Documents,
    int Stored,
    int Duplicates,
    int Unchanged,
    int Skipped,
    int Failed,
    int NonPageRecords,
    long Articles,
    TimeSpan Elapsed,
    bool Cancelled);
