namespace Lede.Corpus.Ingest;

/// <summary>
/// The outcome of an ingest run. <see cref="Stored"/> new articles; <see cref="Duplicates"/> were
/// already stored (same URL and content); <see cref="Unchanged"/> raw inputs ingested by an earlier
/// run; <see cref="Skipped"/> held no article text; <see cref="Failed"/> inputs or records could not be read;
/// <see cref="KnownEntries"/> feed entries were ingested by an earlier run and not fetched again;
/// <see cref="EntriesOverLimit"/> feed entries were left unfetched by the pages-per-feed limit;
/// <see cref="FilesLeftAlone"/> files in the directories given were not read, their names being of no page, archive or
/// export (<see cref="FirstFileLeftAlone"/> is the first of them). <see cref="Documents"/> counts every document read,
/// stored or not, and every input, record or line that failed.
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
    int EntriesOverLimit = 0,
    int FilesLeftAlone = 0,
    string? FirstFileLeftAlone = null);
