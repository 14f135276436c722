namespace Lede.Analysis.Claims;

/// <summary>
/// A number in the text with its hedge and what it counts: "at least 35 others". <paramref name="Measure"/> is what a
/// figure without a counted noun measures, read from its clause's subject: "unemployment" in "unemployment rose to 5.2
/// percent".
/// </summary>
internal readonly record struct Figure(int Start, int End, double Value, string? Qualifier, string? Unit, string? Measure = null);
