using Lede.Extraction.Model;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Reads the dateline a story opens with: "WASHINGTON (AP) —", "Washington (AFP) –",
/// "LONDON, March 5 (Reuters) -", "NEW YORK —", "BERLIN (dpa) -", "SAN JUAN, Puerto Rico (AP) —".
/// </summary>
public static class DatelineParser
{
    /// <summary>The dateline and the length of the opening it occupies, or null.</summary>
    public static (Dateline Dateline, int Length)? Parse(string paragraph) =>
        ParseDetailed(paragraph) is { } m ? (m.Dateline, m.Length) : null;

    /// <summary>The dateline with the day it names, or null.</summary>
    internal static DatelineMatch? ParseDetailed(string paragraph)
    {
        if (string.IsNullOrEmpty(paragraph)) return null;
        var head = paragraph.Length > 160 ? paragraph[..160] : paragraph;
        var m = TextRules.DatelineOpening().Match(head);
        if (!m.Success)
        {
            // "Dec 29 (Reuters) -": the agency without a place.
            var dayOnly = TextRules.DayOnlyDateline().Match(head);
            if (!dayOnly.Success || WireAgencies.FindAll(dayOnly.Groups["agency"].Value).Count == 0) return null;
            return new DatelineMatch(new Dateline("", dayOnly.Groups["agency"].Value.Trim()), dayOnly.Length, dayOnly.Groups["date"].Value);
        }

        var agencyGroup = m.Groups["agency"];
        string? agency = null;
        if (agencyGroup.Success)
        {
            agency = agencyGroup.Value.Trim();
            if (!LooksLikeAgency(agency)) return null;
        }
        if (m.Groups["mixed"].Success && agency is null) return null;
        if (m.Groups["upper"].Success && !IsPlaceInCapitals(m.Groups["upper"].Value)) return null;
        // The dash must be followed by the story, not end the paragraph.
        if (m.Length >= paragraph.Length - 1) return null;

        var place = (m.Groups["upper"].Success ? m.Groups["upper"].Value : m.Groups["mixed"].Value).Trim();
        if (m.Groups["region"].Success) place += m.Groups["region"].Value.TrimEnd();
        if (m.Groups["region2"].Success) place += ", " + m.Groups["region2"].Value.Trim();
        var dateText = m.Groups["date"].Success ? m.Groups["date"].Value : null;
        return new DatelineMatch(new Dateline(place, agency), m.Length, dateText);
    }

    // "(AP)", "(Reuters)", "(dpa/AFP)", "(CNN)": a news organisation, not an aside like "(R-Texas)".
    private static bool LooksLikeAgency(string text)
    {
        if (WireAgencies.FindAll(text).Count > 0) return true;
        return TextRules.AgencyToken().IsMatch(text) && text.Any(char.IsUpper) && text.Count(char.IsUpper) >= 2;
    }

    // A place in capitals has at least two letters per word and is no longer than five words.
    private static bool IsPlaceInCapitals(string place)
    {
        var letters = place.Count(char.IsLetter);
        if (letters < 3) return false;
        var words = place.Split([' ', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5;
    }
}
