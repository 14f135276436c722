using System.Globalization;
using System.Text.RegularExpressions;

namespace Lede.Extraction.Metadata.Dates;

/// <summary>A date written in running text, with its position.</summary>
public sealed record DateMention(int Start, int Length, DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null);

/// <summary>Finds dates written in text ("March 5, 2025", "5. März 2025", "2025-03-05").</summary>
public static partial class DateTextParser
{
    // Interim version (skeleton): ISO dates and English "Month D, YYYY". Owner: metadata work (all languages).
    public static IReadOnlyList<DateMention> FindDates(string text)
    {
        var found = new List<DateMention>();
        foreach (Match m in IsoDate().Matches(text))
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                found.Add(new DateMention(m.Index, m.Length, d));
        foreach (Match m in EnglishDate().Matches(text))
            if (DateOnly.TryParse($"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value}", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                found.Add(new DateMention(m.Index, m.Length, d));
        return found.OrderBy(f => f.Start).ToList();
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b")]
    private static partial Regex EnglishDate();
}
