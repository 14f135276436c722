namespace Lede.Corpus.Ingest;

/// <summary>Where an ingest run stands: input bytes read of the total (for the ETA) and document counts.</summary>
public readonly record struct IngestProgress(
    long BytesDone,
    long BytesTotal,
    int Documents,
    int Stored,
    int Duplicates,
    int Skipped,
    int Failed,
    TimeSpan Elapsed)
{
    /// <summary>Documents processed per second so far.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Documents / Elapsed.TotalSeconds : 0;
}
