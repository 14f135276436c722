using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Collects the dates flattened text offers, each with where it stood: the page header (above the
/// headline), the byline and its stamps, photo captions, the story's first paragraphs.
/// A caption or body date whose weekday the story names ("said Wednesday") gains confidence:
/// captions of file photos carry older dates, the day of the news is the one the story speaks of.
/// </summary>
internal static class TextDateCollector
{
    // How often each place in flattened text gives the publication day (before weekday agreement).
    private const double BylineConfidence = 0.75;
    private const double HeaderConfidence = 0.45;
    private const double CaptionConfidence = 0.5;
    private const double BodyConfidence = 0.25;
    private const double WeekdayAgreementBonus = 0.3;

    /// <summary>Paragraphs of the story read for dates and weekdays.</summary>
    private const int LeadParagraphs = 3;

    public static List<DateCandidate> Collect(
        IEnumerable<string> headerLines, IEnumerable<string> bylineLines, IEnumerable<string> captions, IReadOnlyList<string> paragraphs)
    {
        var lead = paragraphs.Take(LeadParagraphs).ToList();
        var weekdays = StoryWeekdays(lead);
        var found = new List<DateCandidate>();
        foreach (var line in headerLines) Add(found, line, "header", HeaderConfidence, weekdays: null);
        foreach (var line in bylineLines) Add(found, line, "byline-text", BylineConfidence, weekdays: null);
        foreach (var line in captions) Add(found, line, "caption", CaptionConfidence, weekdays);
        foreach (var line in lead) Add(found, line, "body-text", BodyConfidence, weekdays);
        return found;
    }

    private static void Add(List<DateCandidate> found, string line, string source, double confidence, HashSet<DayOfWeek>? weekdays)
    {
        var role = TextRules.ModifiedLabel().IsMatch(line) ? DateRole.Modified : DateRole.Published;
        foreach (var mention in DateTextParser.FindDates(line))
        {
            var value = new DateTimeOffset(mention.Date.ToDateTime(mention.Time ?? TimeOnly.MinValue), mention.Offset ?? TimeSpan.Zero);
            var score = confidence;
            if (weekdays is not null && weekdays.Contains(mention.Date.DayOfWeek)) score += WeekdayAgreementBonus;
            var hasTime = mention.Time is not null && mention.Offset is not null;
            found.Add(new DateCandidate(value, hasTime, role, source, Math.Min(score, 0.95), line.Length > 200 ? line[..200] : line));
        }
    }

    // "said Wednesday", "on Tuesday": the weekdays the story's news happened on.
    private static HashSet<DayOfWeek> StoryWeekdays(IEnumerable<string> paragraphs)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var paragraph in paragraphs)
            foreach (System.Text.RegularExpressions.Match m in TextRules.StoryWeekday().Matches(paragraph))
                days.Add((DayOfWeek)Array.IndexOf(TextRules.EnglishWeekdays, m.Groups["day"].Value));
        return days;
    }
}
