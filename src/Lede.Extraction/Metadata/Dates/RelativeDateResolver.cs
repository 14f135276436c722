using System.Text.RegularExpressions;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata.Dates;

/// <summary>A weekday named in running text ("said Wednesday", "am Mittwoch").</summary>
public sealed record WeekdayMention(int Start, int Length, DayOfWeek Day);

/// <summary>
/// Places weekday mentions ("said Wednesday") on the calendar against the story's best absolute date:
/// news reports what happened, so a bare weekday is the latest such day on or before that date.
/// </summary>
public static class RelativeDateResolver
{
    private static readonly Dictionary<string, DayOfWeek> DayByWord =
        DateWords.Weekdays.ToDictionary(w => w.Word, w => w.Day, StringComparer.OrdinalIgnoreCase);

    private static readonly Regex Weekday = new(
        @"(?<![\p{L}])(?<w>" + string.Join('|', DayByWord.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}-])",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The latest <paramref name="weekday"/> on or before <paramref name="reference"/>.</summary>
    public static DateOnly Resolve(DayOfWeek weekday, DateOnly reference)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        return reference.AddDays(-back);
    }

    /// <summary>Weekday words in <paramref name="text"/> that stand alone, not as part of a full date ("Wednesday, March 5, 2025").</summary>
    public static IReadOnlyList<WeekdayMention> FindWeekdays(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var dates = DateTextParser.FindDates(text);
        var found = new List<WeekdayMention>();
        foreach (Match m in Weekday.Matches(text))
        {
            var end = m.Index + m.Length;
            // A weekday written right before a full date is that date's label, not a relative mention.
            if (dates.Any(d => d.Start >= end && d.Start - end <= 3)) continue;
            found.Add(new WeekdayMention(m.Index, m.Length, DayByWord[m.Groups["w"].Value]));
        }
        return found;
    }

    /// <summary>True when every bare weekday in <paramref name="text"/> falls within the week before <paramref name="reference"/>, as it does in a story written that day.</summary>
    public static bool IsConsistent(string text, DateOnly reference, out IReadOnlyList<DateOnly> resolved)
    {
        var days = FindWeekdays(text).Select(w => Resolve(w.Day, reference)).Distinct().ToList();
        resolved = days;
        return days.Count > 0 && days.Contains(reference);
    }
}
