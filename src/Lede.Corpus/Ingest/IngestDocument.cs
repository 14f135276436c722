using Lede.Analysis.Model;
using Lede.Extraction;
using Lede.Extraction.Model;

namespace Lede.Corpus.Ingest;

/// <summary>
/// One document read from an input, before extraction: raw page bytes with what is known about
/// them, or an article already in Lede's schema (JSON Lines). <see cref="InputHash"/> identifies
/// the raw input, so a rerun can skip documents it already ingested without extracting them again.
/// </summary>
internal sealed record IngestDocument(string Source, string InputHash)
{
    public byte[]? Bytes { get; init; }
    public string? Url { get; init; }
    public string? ContentType { get; init; }
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Set for a page a feed listed: the key that marks its address as ingested, so later runs do not fetch it again.</summary>
    public string? EntryKey { get; init; }

    /// <summary>Set for JSON Lines input: the article as given (url, datePublished, headline are kept).</summary>
    public NewsArticle? Article { get; init; }

    /// <summary>Set when the JSON Lines object carried analysis fields.</summary>
    public ArticleAnalysis? Analysis { get; init; }
}
