using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Collects the dates flattened text offers, each with where it stood: the page header (above the
/// headline), the byline and its stamps, photo captions, the story's first paragraphs.
/// A caption or body date whose weekday the story names ("said Wednesday") gains confidence:
/// captions of file photos carry older dates, the day of the news is the one the story speaks of.
/// A date inside a sentence of the story is what happened ("the flood of Sept. 14, 2012, which …"), rarely when
/// the story ran, so a body date counts only where it reads as a stamp: a short line, the end of a paragraph
/// (an embedded post's sign-off), the dateline, a date in brackets, or a date labelled with its weekday. A weekday the lede names
/// ("said Tuesday") agrees with one day in seven, so it does not rescue a date from a sentence.
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

    /// <summary>A body line this short is a stamp ("Published March 5, 2025"), not a sentence.</summary>
    private const int StampLineChars = 60;

    /// <summary>How far into a paragraph a dateline's date may start ("LONDON, March 5, 2025 (Reuters) -").</summary>
    private const int DatelineReach = 40;

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
            if (source == DateSources.BodyText && !ReadsAsStamp(line, mention)) continue;
            if (lead is not null && RelativeDateResolver.IsConsistent(lead, mention.Date, out _)) score += WeekdayAgreementBonus;
            var hasTime = mention.Time is not null && mention.Offset is not null;
            found.Add(new DateCandidate(value, hasTime, role, source, Math.Min(score, MaxConfidence), line.Length > MaxEvidenceChars ? line[..MaxEvidenceChars] : line));
        }
    }

    /// <summary>True when a date in a story paragraph stands where a stamp stands rather than inside a sentence.</summary>
    internal static bool ReadsAsStamp(string line, DateMention mention)
    {
        if (line.Length <= StampLineChars) return true;
        var end = mention.Start + mention.Length;
        var before = line.AsSpan(0, mention.Start).TrimEnd(" ,");
        // A date labelled with its weekday ("for Monday, May 2, 2016") names the day being written about.
        var labelled = line.AsSpan(mention.Start);
        foreach (var (word, _) in DateWords.Weekdays)
            if (labelled.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                || (before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (before.Length == word.Length || !char.IsLetter(before[before.Length - word.Length - 1]))))
                return true;
        // A sign-off that ends the paragraph, set off by punctuation rather than a sentence's words:
        // "— Jane Roe (@janeroe) June 29, 2016", "| March 5, 2025" (not "… in Oslo on Sept. 11, 2012.").
        var rest = line.AsSpan(end);
        if (rest.StartsWith("</", StringComparison.Ordinal)) rest = rest[(rest.IndexOf('>') + 1)..];
        // A date in brackets is set apart from the sentence: "today (19.08.2020) at dawn", "Oslo, (12.11.2021)."
        if (before.EndsWith("(") && rest.TrimStart(' ').StartsWith(")")) return true;
        if (rest.IndexOfAnyExcept(" \t.)]\u201D\"") < 0 && (before.IsEmpty || !char.IsLetterOrDigit(before[^1]))) return true;
        // A dateline opens the paragraph: a place, the date, then an agency, a bracket or a dash
        // ("LONDON, March 5, 2025 (Reuters) -", "Oslo, (12.11.2021).", "27.1.2022 - The …").
        if (mention.Start > DatelineReach || !IsDatelinePlace(before)) return false;
        var after = rest.TrimStart(' ');
        return before.EndsWith("(") || (after.Length > 0 && after[0] is '(' or ')' or '-' or '\u2013' or '\u2014');
    }

    // Nothing, or up to three capitalised words ("LONDON", "Bad Ems", "Oslo, (").
    private static bool IsDatelinePlace(ReadOnlySpan<char> before)
    {
        var words = 0;
        foreach (var range in before.Split(' '))
        {
            var word = before[range].Trim(",(");
            if (word.IsEmpty) continue;
            if (++words > 3 || !char.IsUpper(word[0])) return false;
        }
        return true;
    }
}
