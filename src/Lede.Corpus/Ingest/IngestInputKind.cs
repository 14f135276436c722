namespace Lede.Corpus.Ingest;

/// <summary>
/// What an ingest input holds: a <see cref="Feed"/> is an RSS/Atom/JSON feed or sitemap file whose pages are fetched;
/// <see cref="Empty"/> is a zero-byte file found by a directory walk, reported and never opened (pipes and devices
/// also report zero bytes, and opening one would wait forever).
/// </summary>
public enum IngestInputKind { Page, Warc, JsonLines, Url, Missing, Feed, Empty }
