using Lede.Extraction;

namespace Lede.Corpus.Ingest;

/// <summary>A page read from an input, waiting for extraction: its bytes and what is known about them.</summary>
public sealed record PageToProcess(string Source, byte[] Bytes, string? Url, string? ContentType, InputFormat Format);
