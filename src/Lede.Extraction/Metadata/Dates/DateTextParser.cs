using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata.Dates;

/// <summary>A date written in running text, with its position.</summary>
public sealed record DateMention(int Start, int Length, DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null);

/// <summary>
/// Finds dates written in text: ISO forms, numeric day-first forms ("5.3.2025", "05/03/2025"),
/// year-first forms with CJK unit characters ("2025年3月5日"), and month names in English, German, French,
/// Spanish, Italian, Portuguese, Dutch and Polish ("March 5, 2025", "5. März 2025", "5 de marzo de 2025",
/// "5 marca 2025"), with a time when one follows.
/// </summary>
public static class DateTextParser
{
    private static readonly Dictionary<string, int> MonthByWord = BuildMonthIndex();

    // Text longer than this is searched for year-bearing forms only near its four-digit years.
    private const int WholeTextChars = 600;
    // How far a date form reaches from its year: a month word, day and ordinal before it, a time of day after it.
    private const int WindowReach = 90;

    // Any word may stand where a month does; the dictionary decides. A 300-word alternation in the
    // pattern would make the regex engine try every month at every position.
    private const string MonthAlternation = @"\p{L}{3,13}";

    // A zone's name after a printed time ("10:31 pm CST") is read by ZoneAfter, not by the patterns: in five compiled
    // patterns the alternation of names cost every process 0.13 s at start.
    private static readonly FrozenDictionary<string, TimeSpan> ZoneOffsets =
        DateWords.ZoneNames.ToFrozenDictionary(z => z.Name, z => TimeSpan.FromHours(z.Hours), StringComparer.Ordinal);
    private static readonly int LongestZoneName = DateWords.ZoneNames.Max(z => z.Name.Length);

    private const string TimeSuffix =
        @"(?:\s*(?:,|-|–|\||@|um|at|à|a\s+las|alle|às|om|o|godz\.?)?\s*(?<h>[0-2]?\d)[:h](?<mi>[0-5]\d)(?::(?<s>[0-5]\d))?(?:\s*(?<ampm>[ap]\.?\s?m\.?)(?![\p{L}]))?(?:\s*(?:uhr|h)(?![\p{L}]))?)?";

    // A time printed before its date ("11:26 pm EST, Tuesday, November 19, 2019", "09:15, Wed, Mar 4, 2020"): read from
    // the text just before a date that has no time after it, up to a weekday word.
    private static readonly Regex TimeBeforeDate = new(
        @"(?<![\d:.])(?<h>[0-2]?\d):(?<mi>[0-5]\d)(?:\s*(?<ampm>[aApP]\.?\s?[mM]\.?)(?![\p{L}]))?(?:\s*(?<zone>\p{Lu}{2,5})(?![\p{L}]))?\s*[,|·–-]?\s*(?:\p{L}{2,12}\.?,?\s*)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private const int TimeBeforeDateReach = 40;

    private static readonly Regex FourDigitYear = new(@"(?<!\d)(?:19|20)\d{2}(?!\d)", RegexOptions.Compiled);

    private static readonly Regex Iso = new(
        @"(?<!\d)(?<y>(?:19|20)\d{2})-(?<m>[01]?\d)-(?<d>[0-3]?\d)(?:[T\s]+(?<h>[0-2]?\d):(?<mi>[0-5]\d)(?::(?<s>[0-5]\d))?(?:[.,]\d+)?\s*(?<z>Z|[+-][01]\d:?[0-5]\d)?)?(?![\d])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex YearFirst = new(
        @"(?<![\d./])(?<y>(?:19|20)\d{2})(?<sep>[/.])(?<m>[01]?\d)\k<sep>(?<d>[0-3]?\d)(?![\d]|\.\d)" + TimeSuffix,
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Chinese, Japanese and Korean pages write the year first with unit characters: "2020年07月03日", "2020년 7월 3일".
    private static readonly Regex YearMonthDayUnits = new(
        @"(?<!\d)(?<y>(?:19|20)\d{2})\s?[年년]\s?(?<m>[01]?\d)\s?[月월]\s?(?<d>[0-3]?\d)\s?[日일]?" + TimeSuffix,
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "26.01.2022", "26/01/22", and in tables "26 | 01 | 2022" (a piped date takes a four-digit year: "3 | 12 | 20" is scores).
    private static readonly Regex DayFirst = new(
        @"(?<![\d./,-])(?<d>[0-3]?\d)(?<sep>[./-]| ?\| ?)\s?(?<m>[01]?\d)\k<sep>\s?(?<y>(?:19|20)\d{2}|(?<!\|\s?)\d{2})(?![\d]|[.,]\d)" + TimeSuffix,
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex DayMonthName = new(
        @"(?<!\d)(?<d>[0-3]?\d)(?:\.|er|º|°|st|nd|rd|th)?\s*(?:de\s+|of\s+)?(?<mn>" + MonthAlternation + @")(?![\p{L}])\.?,?\s*(?:de\s+|del\s+|')?(?<y>(?:19|20)\d{2})(?!\d)" + TimeSuffix,
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "March 5, 2025", "Juni 19th, 2018", and with the time before the year as ctime writes it: "Jan 04 09:34 2021".
    private static readonly Regex MonthNameDay = new(
        @"(?<![\p{L}])(?<mn>" + MonthAlternation + @")(?![\p{L}])\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?:(?<h>[0-2]?\d):(?<mi>[0-5]\d)\s+)?(?<y>(?:19|20)\d{2})(?!\d)" + TimeSuffix,
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Every date in <paramref name="text"/>, in order of position; overlapping readings keep the longest.</summary>
    public static IReadOnlyList<DateMention> FindDates(string text) => FindDates(text, monthFirst: false);

    /// <summary>
    /// As <see cref="FindDates(string)"/>; <paramref name="monthFirst"/> reads ambiguous slashed dates
    /// ("03/05/2025") as month/day, the US order.
    /// </summary>
    public static IReadOnlyList<DateMention> FindDates(string text, bool monthFirst)
    {
        if (string.IsNullOrEmpty(text)) return [];
        // Cheap gate before the regexes: every form needs digits, and all but "05.03.25" a four-digit year.
        var (digits, hasYear) = ScanDigits(text);
        if (digits < 4) return [];
        var found = new List<DateMention>();
        if (!hasYear)
        {
            foreach (Match m in DayFirst.Matches(text)) Add(found, text, m, MonthFromNumber(m), isoZone: false);
            return found;
        }
        foreach (Match m in DayFirst.Matches(text))
        {
            // Slashes are ambiguous: US pages write month/day. Dots and dashes are day-first in every language here.
            var swap = m.Groups["sep"].Value == "/" && (monthFirst || int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) > 12);
            Add(found, text, m, MonthFromNumber(m), isoZone: false, swapDayMonth: swap);
        }
        // The other forms all contain a four-digit year: in long text they are sought only in windows around one,
        // so the month-name patterns do not try every word of an article.
        foreach (var (start, length) in YearWindows(text))
        {
            var part = start == 0 && length == text.Length ? text : text.Substring(start, length);
            foreach (Match m in Iso.Matches(part)) Add(found, part, m, MonthFromNumber(m), isoZone: true, offset: start);
            foreach (Match m in YearFirst.Matches(part)) Add(found, part, m, MonthFromNumber(m), isoZone: false, offset: start);
            foreach (Match m in YearMonthDayUnits.Matches(part)) Add(found, part, m, MonthFromNumber(m), isoZone: false, offset: start);
            foreach (Match m in DayMonthName.Matches(part))
                if (MonthByWord.TryGetValue(m.Groups["mn"].Value, out var month)) Add(found, part, m, month, isoZone: false, offset: start);
            foreach (Match m in MonthNameDay.Matches(part))
                if (MonthByWord.TryGetValue(m.Groups["mn"].Value, out var month)) Add(found, part, m, month, isoZone: false, offset: start);
        }
        if (found.Count < 2) return found;

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<DateMention>(found.Count);
        foreach (var f in found)
        {
            if (kept.Count > 0 && f.Start < kept[^1].Start + kept[^1].Length) continue;
            kept.Add(f);
        }
        return kept;
    }

    /// <summary>Reads a machine date value (meta content, JSON-LD, datetime attributes): ISO 8601, RFC 1123, epoch seconds, or any form <see cref="FindDates(string)"/> knows.</summary>
    public static DateCandidateValue? ParseValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.Length > 200) v = v[..200];
        if (MetadataRules.EpochNumber().IsMatch(v) && long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            var instant = v.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return new DateCandidateValue(instant, true);
        }
        var iso = Iso.Match(v);
        if (iso.Success && iso.Index <= 2)
        {
            var mention = ToMention(iso, MonthFromNumber(iso), isoZone: true, swapDayMonth: false);
            // "T00:00:00" is how CMSs write a bare day: it carries no time of day.
            if (mention is { Time: { Hour: 0, Minute: 0, Second: 0 } }) mention = mention with { Time = null, Offset = null };
            if (mention is not null) return FromMention(mention);
        }
        var mentions = FindDates(v);
        if (mentions.Count > 0) return FromMention(mentions[0]);
        // RFC 1123 and friends; a value without a four-digit year ("10:52") would be read as today.
        if (FourDigitYear.IsMatch(v) && DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && parsed.Year >= 1990)
            return new DateCandidateValue(parsed, parsed.TimeOfDay != TimeSpan.Zero);
        return null;
    }

    internal static DateCandidateValue FromMention(DateMention m)
    {
        var time = m.Time ?? TimeOnly.MinValue;
        var local = m.Date.ToDateTime(time);
        return new DateCandidateValue(new DateTimeOffset(local, m.Offset ?? TimeSpan.Zero), m.Time is not null);
    }

    private static (int Digits, bool HasYear) ScanDigits(string text)
    {
        int digits = 0, run = 0;
        var hasYear = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits++;
                run++;
                if (run == 4 && (text[i - 3] == '1' && text[i - 2] == '9' || text[i - 3] == '2' && text[i - 2] == '0')) hasYear = true;
            }
            else run = 0;
        }
        return (digits, hasYear);
    }

    /// <summary>
    /// Stretches of <paramref name="text"/> around each four-digit year, merged where they overlap; short text is one stretch.
    /// Each stretch starts and ends at whitespace (or the text's ends), so the patterns' look-arounds see what they would
    /// see in the whole text.
    /// </summary>
    private static List<(int Start, int Length)> YearWindows(string text)
    {
        if (text.Length <= WholeTextChars) return [(0, text.Length)];
        var windows = new List<(int Start, int Length)>();
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) { run = 0; continue; }
            if (++run != 4 || !(text[i - 3] == '1' && text[i - 2] == '9' || text[i - 3] == '2' && text[i - 2] == '0')) continue;
            var start = Math.Max(0, i - 3 - WindowReach);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            var end = Math.Min(text.Length, i + 1 + WindowReach);
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            if (windows.Count > 0 && start <= windows[^1].Start + windows[^1].Length)
                windows[^1] = (windows[^1].Start, end - windows[^1].Start);
            else
                windows.Add((start, end - start));
        }
        return windows;
    }

    private static int MonthFromNumber(Match m) => int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);

    private static void Add(List<DateMention> found, string input, Match m, int month, bool isoZone, bool swapDayMonth = false, int offset = 0)
    {
        var mention = ToMention(m, month, isoZone, swapDayMonth, input);
        if (mention is not null) found.Add(offset == 0 ? mention : mention with { Start = mention.Start + offset });
    }

    /// <param name="input">The text matched, where a printed time may be followed by its zone's name; null for none.</param>
    private static DateMention? ToMention(Match m, int month, bool isoZone, bool swapDayMonth, string? input = null)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (swapDayMonth) (day, month) = (month, day);
        var yearText = m.Groups["y"].Value;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (yearText.Length == 2)
        {
            // Two-digit years only in dotted dates ("05.03.25"); pick the century that is not in the future.
            if (m.Groups["sep"].Value != ".") return null;
            year += year <= DateTime.UtcNow.Year % 100 + 1 ? 2000 : 1900;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateOnly(year, month, day);
        TimeOnly? time = null;
        TimeSpan? offset = null;
        if (m.Groups["h"].Success)
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
            var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            if (m.Groups["ampm"].Success)
            {
                var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
                if (hour == 12) hour = pm ? 12 : 0;
                else if (pm) hour += 12;
            }
            if (hour < 24) time = new TimeOnly(hour, minute, second);
        }
        if (isoZone && m.Groups["z"].Success && time is not null)
        {
            var z = m.Groups["z"].Value;
            if (z == "Z") offset = TimeSpan.Zero;
            else
            {
                var digits = z.Replace(":", "", StringComparison.Ordinal);
                var hours = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
                var minutes = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
                offset = new TimeSpan(hours, minutes, 0) * (digits[0] == '-' ? -1 : 1);
            }
        }
        if (!isoZone && time is null && input is not null && m.Index > 0 && TimeBefore(input, m.Index) is ({ } before, var beforeOffset))
            (time, offset) = (before, beforeOffset);
        var length = m.Length;
        // Trailing separators matched by an absent time belong to the next text.
        while (length > 0 && !char.IsLetterOrDigit(m.Value[length - 1]) && m.Value[length - 1] != '.') length--;
        // A printed time with its zone's name is an instant; without one it is the wall clock of an unknown zone.
        if (!isoZone && time is not null && input is not null && ZoneAfter(input, m.Index + m.Length) is var (zone, zoneEnd) && zone is { } zoneOffset)
        {
            offset = zoneOffset;
            length = zoneEnd - m.Index;
        }
        return new DateMention(m.Index, length, date, time, offset);
    }

    /// <summary>
    /// The time printed right before a date at <paramref name="at"/> ("11:26 pm EST, Tuesday, "), with its zone's offset
    /// when a known zone's name follows it; nulls for none. The date's span stays as matched, so a byline cut at the
    /// date keeps its own words.
    /// </summary>
    private static (TimeOnly? Time, TimeSpan? Offset) TimeBefore(string text, int at)
    {
        var from = Math.Max(0, at - TimeBeforeDateReach);
        var m = TimeBeforeDate.Match(text, from, at - from);
        if (!m.Success) return (null, null);
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return (null, null);
            var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            hour = hour == 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
        }
        if (hour > 23) return (null, null);
        TimeSpan? offset = m.Groups["zone"].Success && ZoneOffsets.TryGetValue(m.Groups["zone"].Value, out var z) ? z : null;
        return (new TimeOnly(hour, minute), offset);
    }

    /// <summary>
    /// A zone's name in capitals right after a time, maybe in brackets ("10:31 pm CST", "14:05 Uhr (MESZ)"): its offset
    /// and where the name (and its closing bracket) ends; null offset when none follows.
    /// </summary>
    private static (TimeSpan? Offset, int End) ZoneAfter(string text, int at)
    {
        var i = at;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var bracket = i < text.Length && text[i] == '(';
        if (bracket) i++;
        var start = i;
        while (i < text.Length && i - start <= LongestZoneName && char.IsAsciiLetterUpper(text[i])) i++;
        if (i == start || i < text.Length && char.IsLetter(text[i])) return (null, at);
        if (!ZoneOffsets.TryGetValue(text[start..i], out var offset)) return (null, at);
        if (bracket && i < text.Length && text[i] == ')') i++;
        return (offset, i);
    }

    private static Dictionary<string, int> BuildMonthIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, month) in DateWords.Months) index.TryAdd(word, month);
        return index;
    }
}
