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
    private const double MaxConfidence = 0.95;

    /// <summary>Paragraphs of the story read for dates and weekdays.</summary>
    private const int LeadParagraphs = 3;

    /// <summary>Longest evidence kept with a candidate.</summary>
    private const int MaxEvidenceChars = 200;

    public static List<DateCandidate> Collect(
        IEnumerable<string> headerLines, IEnumerable<string> bylineLines, IEnumerable<string> captions, IReadOnlyList<string> paragraphs)
    {
        var lead = string.Join("\n", paragraphs.Take(LeadParagraphs));
        var found = new List<DateCandidate>();
        foreach (var line in headerLines) Add(found, line, DateSources.Header, HeaderConfidence, lead: null);
        foreach (var line in bylineLines) Add(found, line, DateSources.BylineText, BylineConfidence, lead: null);
        foreach (var line in captions) Add(found, line, DateSources.Caption, CaptionConfidence, lead);
        foreach (var line in paragraphs.Take(LeadParagraphs)) Add(found, line, DateSources.BodyText, BodyConfidence, lead);
        return found;
    }

    private static void Add(List<DateCandidate> found, string line, string source, double confidence, string? lead)
    {
        var role = TextRules.ModifiedLabel().IsMatch(line) ? DateRole.Modified : DateRole.Published;
        foreach (var mention in DateTextParser.FindDates(line))
        {
            var value = new DateTimeOffset(mention.Date.ToDateTime(mention.Time ?? TimeOnly.MinValue), mention.Offset ?? TimeSpan.Zero);
            var score = confidence;
            // "said Wednesday" in the lede, and this date is a Wednesday: the day of the news.
            if (lead is not null && RelativeDateResolver.IsConsistent(lead, mention.Date, out _)) score += WeekdayAgreementBonus;
            var hasTime = mention.Time is not null && mention.Offset is not null;
            found.Add(new DateCandidate(value, hasTime, role, source, Math.Min(score, MaxConfidence), line.Length > MaxEvidenceChars ? line[..MaxEvidenceChars] : line));
        }
    }
}
