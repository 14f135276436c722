namespace Lede.Extraction.Metadata.Dates;

/// <summary>Policy: which of a page's date candidates is the publication date, which the modification date, and which disagree.</summary>
public static class DateResolver
{
    // Independent sources naming the same day make it likelier; capped so many weak text dates cannot outvote metadata.
    private const double AgreementBonus = 0.04;
    private const int MaxAgreeingSources = 3;
    private const double MinWitnessConfidence = 0.4;

    // A candidate this sure that names another day is worth a warning.
    private const double ConflictConfidence = 0.7;

    /// <summary>Resolves with today (UTC) as the latest plausible day.</summary>
    public static ResolvedDates Resolve(IReadOnlyList<DateCandidate> candidates) =>
        Resolve(candidates, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>
    /// Chooses the publication and modification dates. Dates after <paramref name="today"/> (plus a day for time zones)
    /// or before 1995 are discarded as noise. Among plausible candidates the most reliable source wins, a small bonus going
    /// to days that several sources agree on; on a tie the earlier date wins, because pages show update stamps
    /// more often than they hide the original publication.
    /// </summary>
    public static ResolvedDates Resolve(IReadOnlyList<DateCandidate> candidates, DateOnly today) => Resolve(candidates, today, null);

    /// <summary>
    /// As <see cref="Resolve(IReadOnlyList{DateCandidate}, DateOnly)"/>; stamps written in UTC are first read in
    /// <paramref name="newsroomZone"/>, the zone the site's readers live in, whose day is the page's.
    /// </summary>
    public static ResolvedDates Resolve(IReadOnlyList<DateCandidate> candidates, DateOnly today, TimeZoneInfo? newsroomZone)
    {
        if (newsroomZone is not null) candidates = InZone(candidates, newsroomZone);
        var latest = today.AddDays(1);
        var plausible = candidates.Where(c => c.Day <= latest && c.Day >= Rules.MetadataRules.EarliestDate).ToList();
        var warnings = new List<string>();

        var forPublished = plausible.Where(c => c.Role != DateRole.Modified).ToList();
        var published = forPublished
            .Select(c => (Candidate: c, Score: c.Confidence + AgreementBonus * Math.Min(MaxAgreeingSources, AgreeingSources(c, plausible))))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Value)
            .Select(x => x.Candidate).FirstOrDefault();

        published = PrintedRevision(published, plausible);
        published = PrintedOriginal(published, plausible);

        // The best-sourced candidate may only give the day; take the time from another source naming that day.
        if (published is { HasTime: false })
        {
            var timed = forPublished.Where(c => c.HasTime && c.Day == published.Day && c.Role == DateRole.Published)
                .OrderByDescending(c => c.Confidence).FirstOrDefault();
            if (timed is not null) published = published with { Value = timed.Value, HasTime = true };
        }

        // A UTC stamp and a local wall-clock time of the same instant name different days around midnight;
        // readers see the local day, so it wins.
        if (published is { HasTime: true } && published.Value.Offset == TimeSpan.Zero)
        {
            var local = forPublished.FirstOrDefault(c => c.HasTime && c.Day != published.Day && c.Source != published.Source
                && (c.Value.Offset == TimeSpan.Zero
                    // A printed wall clock often drops the seconds ("08:19 PM" for 01:19:34 UTC).
                    ? c.Value.Minute == published.Value.Minute && (c.Value.Second == published.Value.Second || c.Value.Second == 0 && c.Value.Millisecond == 0)
                      && Math.Abs((c.Value - published.Value).TotalHours) is > 0.5 and <= 14
                    // A printed time with its zone's name ("8:19 pm EST") is the same instant.
                    : Math.Abs((c.Value - published.Value).TotalMinutes) < 1)
                // The wall-clock one is the stamp without a zone: an explicit UTC stamp is never the local day.
                && !IsExplicitUtc(c.Evidence));
            if (local is not null) published = published with { Value = local.Value };
        }

        // A stamp that writes the UTC clock under the local offset ("04:31:13-06:00" for "10:31 pm CST" the evening
        // before): the page prints, with the same zone, a time whose UTC clock is the stamp's. The printed day is right.
        if (published is { HasTime: true } && published.Value.Offset != TimeSpan.Zero)
        {
            var offset = published.Value.Offset;
            var wall = published.Value.DateTime;
            var printed = forPublished.FirstOrDefault(c => c.HasTime && c.Value.Offset == offset && c.Day != published.Day && c.Source != published.Source
                && Math.Abs((c.Value.UtcDateTime - wall).TotalMinutes) < 1);
            if (printed is not null) published = printed;
        }

        // A stamp in UTC is the server's clock; the day the page prints (byline, URL) is the newsroom's. When only
        // the printed day, one day off in the direction the hour allows, disagrees with a UTC stamp, the printed day wins.
        if (published is { HasTime: true } && published.Value.Offset == TimeSpan.Zero && IsExplicitUtc(published.Evidence)
            && !forPublished.Any(c => IsPrinted(c) && c.Day == published.Day))
        {
            var hour = published.Value.Hour;
            var utc = published.Value;
            var printed = forPublished.Where(c => IsPrinted(c) && (c.Source == DateSources.Url || IsZoneShift(c, utc))
                    && ((c.Day == published.Day.AddDays(-1) && hour < UtcHoursBehind) || (c.Day == published.Day.AddDays(1) && hour >= 24 - UtcHoursAhead)))
                .OrderByDescending(c => c.Confidence).FirstOrDefault();
            if (printed is not null) published = printed;
        }

        var modified = plausible.Where(c => c.Role == DateRole.Modified)
            .OrderByDescending(c => c.Confidence).ThenByDescending(c => c.Value).FirstOrDefault();

        if (published is not null && modified is not null)
        {
            if (modified.Day < published.Day || (modified.HasTime && published.HasTime && modified.Value < published.Value - TimeSpan.FromMinutes(1)))
                // Measured: the stale stamp is usually the "modified" one, so the published date stands and only a warning is given.
                warnings.Add($"dateModified {modified.ToIso()} ({modified.Source}) is before datePublished {published.ToIso()} ({published.Source})");
        }

        if (published is not null)
        {
            var reported = new HashSet<DateOnly>();
            foreach (var c in forPublished)
            {
                if (Math.Abs(c.Day.DayNumber - published.Day.DayNumber) <= 1 || !reported.Add(c.Day)) continue;
                if (c.Source == DateSources.Header)
                    warnings.Add($"the page header gives the date {c.Day:yyyy-MM-dd}, which contradicts the story's own date {published.Day:yyyy-MM-dd} ({published.Source})");
                else if (c.Confidence >= ConflictConfidence && c.Role == DateRole.Published)
                    warnings.Add($"sources disagree on the publication date: {c.Source} gives {c.Day:yyyy-MM-dd}, {published.Source} gives {published.Day:yyyy-MM-dd}");
            }
        }
        foreach (var c in candidates)
            if (c.Role == DateRole.Published && c.Confidence >= ConflictConfidence && c.Day > latest)
            {
                warnings.Add($"{c.Source} gives a publication date in the future ({c.Day:yyyy-MM-dd}); ignored");
                break;
            }
        return new ResolvedDates(published, modified, warnings);
    }

    /// <summary>
    /// A revised page prints the day readers see as its date; the declared first publication may be printed nowhere.
    /// When the chosen date is only declared (JSON-LD, meta) or only read from running text, and the page prints a later
    /// declared modification day (byline, &lt;time&gt;) but not the chosen day, the printed day is the page's date.
    /// With no publication candidate at all, a printed or declared modification day is better than none.
    /// </summary>
    internal static DateCandidate? PrintedRevision(DateCandidate? published, List<DateCandidate> plausible)
    {
        if (published is null)
            return plausible.Where(c => c.Role == DateRole.Modified).OrderByDescending(c => c.Confidence).ThenBy(c => c.Value)
                .Select(c => c with { Role = DateRole.Published, Confidence = c.Confidence * FallbackModifiedFactor }).FirstOrDefault();
        if (IsShown(published) || plausible.Any(c => IsShown(c) && c.Day == published.Day)) return published;
        var weak = published.Source is DateSources.BodyText or DateSources.Caption;
        if (!weak && published.Source is not (DateSources.JsonLd or DateSources.Meta)) return published;
        var revision = plausible.Where(c => c.Role == DateRole.Modified && c.Day > published.Day
                && (weak ? IsShown(c) : c.Source is DateSources.JsonLd or DateSources.Meta)
                && plausible.Any(s => IsShown(s) && s.Day == c.Day))
            .OrderByDescending(c => c.Confidence).FirstOrDefault();
        if (revision is null) return published;
        var shown = plausible.Where(s => IsShown(s) && s.Day == revision.Day).OrderByDescending(s => s.Confidence).First();
        return (revision.HasTime ? revision : shown) with { Role = DateRole.Published, Source = shown.Source, Confidence = shown.Confidence };
    }

    /// <summary>
    /// A CMS that stamps publication and modification together (minutes apart) at every save declares the day of the last
    /// save. When that day is printed nowhere and the page prints an earlier day in two places (its &lt;time&gt;, its byline),
    /// the printed day is the original publication.
    /// </summary>
    internal static DateCandidate? PrintedOriginal(DateCandidate? published, List<DateCandidate> plausible)
    {
        if (published is not { HasTime: true } || published.Source is not (DateSources.JsonLd or DateSources.Meta)) return published;
        var resaved = plausible.Any(c => c.Role == DateRole.Modified && c.HasTime && c.Source is DateSources.JsonLd or DateSources.Meta
            && Math.Abs((c.Value - published.Value).TotalMinutes) <= ResaveMinutes);
        if (!resaved || plausible.Any(c => IsShown(c) && c.Role != DateRole.Modified && c.Day == published.Day)) return published;
        var earlier = plausible.Where(c => IsShown(c) && c.Role != DateRole.Modified && c.Day < published.Day && c.Confidence >= MinPrintedOriginalConfidence)
            .GroupBy(c => c.Day).Where(g => g.Select(c => c.Source).Distinct().Count() >= 2).OrderByDescending(g => g.Max(c => c.Confidence)).FirstOrDefault();
        return earlier is null ? published : earlier.OrderByDescending(c => c.Confidence).First() with { Role = DateRole.Published };
    }

    private const double ResaveMinutes = 10;
    private const double MinPrintedOriginalConfidence = 0.5;

    // A modification date standing in for a missing publication date is less sure than either.
    private const double FallbackModifiedFactor = 0.8;

    /// <summary>Printed where readers see it: a byline date or a &lt;time&gt; element.</summary>
    private static bool IsShown(DateCandidate c) => c.Source is DateSources.BylineText or DateSources.TimeElement;

    // The Americas run up to 10 hours behind UTC, Asia and Oceania up to 14 ahead.
    private const int UtcHoursBehind = 10;
    private const int UtcHoursAhead = 14;
    private const double PrintedDateConfidence = 0.6;

    private static bool IsPrinted(DateCandidate c) =>
        c.Role != DateRole.Modified && (c.Source == DateSources.Url || (c.Source == DateSources.BylineText && c.Confidence >= PrintedDateConfidence));

    /// <summary>
    /// The printed date-time is the UTC stamp seen in some time zone: it differs from it by whole quarter hours within
    /// the zones' range. Dates printed without a time, or a clock that shows the reader's visit, do not qualify.
    /// </summary>
    private static bool IsZoneShift(DateCandidate printed, DateTimeOffset utc)
    {
        if (!printed.HasTime) return false;
        var shift = new DateTimeOffset(printed.Value.DateTime, TimeSpan.Zero) - new DateTimeOffset(utc.DateTime, TimeSpan.Zero);
        if (shift.TotalHours < -UtcHoursBehind || shift.TotalHours > UtcHoursAhead) return false;
        var minutes = Math.Abs(shift.TotalMinutes) % 15;
        return minutes <= 2 || minutes >= 13;
    }

    /// <summary>The stamp says it is UTC ("…Z", "+00:00", "GMT"), rather than being read as UTC for want of an offset.</summary>
    private static bool IsExplicitUtc(string? evidence)
    {
        if (evidence is null) return false;
        var e = evidence.TrimEnd();
        return e.EndsWith('Z') || e.EndsWith("+00:00", StringComparison.Ordinal) || e.EndsWith("+0000", StringComparison.Ordinal)
            || e.Contains("GMT", StringComparison.Ordinal) || e.Contains("UTC", StringComparison.Ordinal);
    }

    /// <summary>
    /// Explicit UTC stamps read in the newsroom's zone. A site whose clock is set to UTC prints the UTC day itself:
    /// when the page prints a stamp's UTC day and not its local day, that stamp stays as written.
    /// </summary>
    private static List<DateCandidate> InZone(IReadOnlyList<DateCandidate> candidates, TimeZoneInfo zone)
    {
        var printed = new HashSet<DateOnly>();
        foreach (var c in candidates)
            if (c.Role != DateRole.Modified && c.Source is DateSources.BylineText or DateSources.Url) printed.Add(c.Day);
        var converted = new List<DateCandidate>(candidates.Count);
        foreach (var c in candidates)
        {
            if (!c.HasTime || c.Value.Offset != TimeSpan.Zero || !IsExplicitUtc(c.Evidence)) { converted.Add(c); continue; }
            var local = c with { Value = TimeZoneInfo.ConvertTime(c.Value, zone) };
            // A stamp at the newsroom's midnight is a day stored without its time ("2022-11-06T23:00:00Z" for 7 November in
            // Berlin): the editors' day is the local one, even where the page's renderer prints it back in UTC.
            var keepUtc = local.Day != c.Day && printed.Contains(c.Day) && !printed.Contains(local.Day) && local.Value.TimeOfDay != TimeSpan.Zero;
            converted.Add(keepUtc ? c : local);
        }
        return converted;
    }

    /// <summary>Captions are part of the story text: a caption's date read again as body text is one witness, not two.</summary>
    private static string Family(string source) => source == DateSources.Caption ? DateSources.BodyText : source;

    private static int AgreeingSources(DateCandidate c, List<DateCandidate> all)
    {
        var sources = 0;
        string? last = null;
        foreach (var other in all)
        {
            if (ReferenceEquals(other, c) || other.Role == DateRole.Modified || other.Day != c.Day || Family(other.Source) == Family(c.Source)) continue;
            // A date in a sidebar, the site header or anywhere on the page is no witness for the story's day.
            if (other.Confidence < MinWitnessConfidence) continue;
            if (other.Source == last) continue;
            last = other.Source;
            sources++;
        }
        return sources;
    }
}
