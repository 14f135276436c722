namespace Lede.Corpus.Storage;

/// <summary>An entity an article names, lower-cased for filtering (the display name stays in the record).</summary>
internal sealed record EntityRow(string Name, string Type);
