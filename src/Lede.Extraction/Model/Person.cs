namespace Lede.Extraction.Model;

/// <summary>An author as the byline names them.</summary>
public sealed record Person(string Name, string? Url = null);
