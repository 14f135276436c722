namespace Lede.Corpus.Ingest;

/// <summary>
/// The outcome of an ingest run. <see cref="Stored"/> new articles; <see cref="Duplicates"/> were
/// already stored (same URL and content); <see cref="Unchanged"/> raw inputs ingested by an earlier
/// run; <see cref="Skipped"/> held no article text; <see cref="Failed"/> inputs or records could not be read;
/// <see cref="KnownEntries"/> feed entries were ingested by an earlier run and not fetched again;
/// <see cref="EntriesOverLimit"/> feed entries were left unfetched by the pages-per-feed limit.
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
    bool Cancelled,
    int KnownEntries = 0,
    int EntriesOverLimit = 0);
