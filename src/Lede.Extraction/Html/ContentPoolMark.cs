namespace Lede.Extraction.Html;

/// <summary>A position in a <see cref="ContentNodePool"/>: nodes handed out, and where the child slab is being filled.</summary>
internal readonly record struct ContentPoolMark(int Node, int Chunk, int ChunkUsed);
