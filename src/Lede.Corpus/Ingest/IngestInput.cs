namespace Lede.Corpus.Ingest;

/// <summary>One input of an ingest run: a file (page, WARC, JSON Lines), a URL, or a path that does not exist.</summary>
public sealed record IngestInput(string Source, IngestInputKind Kind, long Bytes);
