namespace Lede.Extraction.Text;

/// <summary>A photo caption split from its credit: "Smoke rises over the port." + "AP Photo/Jane Roe". Text is null for a credit alone.</summary>
internal sealed record Caption(string? Text, string Credit);
