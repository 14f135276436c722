namespace Lede.Extraction.Model;

/// <summary>The place (and wire agency) a story opens with: "WASHINGTON (AP) —".</summary>
public sealed record Dateline(string Place, string? Agency = null);
