namespace Lede.Corpus.Warc;

/// <summary>A broken part of a WARC file that was skipped: where it starts (byte offset) and what is wrong.</summary>
/// <param name="Offset">Offset in the decompressed record stream, or in the compressed file for gzip damage.</param>
internal sealed record WarcProblem(long Offset, string Message);
