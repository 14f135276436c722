namespace Lede.Extraction.Metadata.Dates;

/// <summary>A parsed date value before it is given a source and role.</summary>
/// <param name="Value">The instant; midnight with zero offset when only the day is known.</param>
/// <param name="HasTime">False when the text gives a day only.</param>
public readonly record struct DateCandidateValue(DateTimeOffset Value, bool HasTime);
