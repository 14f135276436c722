using System.Globalization;

namespace Lede.Extraction.Metadata.Dates;

/// <summary>Which date of the article a candidate claims to be.</summary>
public enum DateRole { Published, Modified, Unknown }

/// <summary>
/// One date the page offers, with where it came from. Sources (stable strings, written to
/// <c>datePublishedSource</c>): jsonld, meta, time-element, url, byline-text, body-text, caption, header.
/// </summary>
/// <param name="Value">The instant; midnight with zero offset when only the day is known.</param>
/// <param name="HasTime">False when the source gives a day only.</param>
/// <param name="Confidence">0..1, how far this source is usually right for <paramref name="Role"/>.</param>
/// <param name="Evidence">The text the date was read from, for warnings.</param>
public sealed record DateCandidate(DateTimeOffset Value, bool HasTime, DateRole Role, string Source, double Confidence, string? Evidence = null)
{
    public DateOnly Day => DateOnly.FromDateTime(Value.DateTime);

    /// <summary>ISO 8601: the day alone, or the date-time with its offset (Gregorian, whatever calendar the reader's culture keeps).</summary>
    public string ToIso() => HasTime ? Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The chosen dates and what the resolver noticed while choosing.</summary>
public sealed record ResolvedDates(DateCandidate? Published, DateCandidate? Modified, IReadOnlyList<string> Warnings);
