namespace Lede.Analysis.Claims;

/// <summary>A number in the text with its hedge and what it counts: "at least 35 others".</summary>
internal readonly record struct Figure(int Start, int End, double Value, string? Qualifier, string? Unit);
