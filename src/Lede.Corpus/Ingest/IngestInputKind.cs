namespace Lede.Corpus.Ingest;

/// <summary>What an ingest input holds: a <see cref="Feed"/> is an RSS/Atom/JSON feed or sitemap file whose pages are fetched.</summary>
public enum IngestInputKind { Page, Warc, JsonLines, Url, Missing, Feed }
