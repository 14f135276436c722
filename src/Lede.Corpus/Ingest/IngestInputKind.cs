namespace Lede.Corpus.Ingest;

/// <summary>What an ingest input holds.</summary>
public enum IngestInputKind { Page, Warc, JsonLines, Url, Missing }
