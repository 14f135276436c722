namespace Lede.Cluster.Grains;

/// <summary>A page sent to a silo: what <see cref="Lede.Corpus.Ingest.PageToProcess"/> holds, in Orleans's wire format.</summary>
/// <param name="Format">The <see cref="Lede.Extraction.InputFormat"/> by name, so silos and clients agree whatever the enum's numbering.</param>
[GenerateSerializer, Immutable]
public sealed record PageWork(string Source, byte[] Bytes, string? Url, string? ContentType, string Format);
