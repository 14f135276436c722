using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata.Dates;

/// <summary>
/// The time zone a site's readers live in, guessed from its country-code domain: a stamp written in UTC
/// ("2022-05-04T02:41:00Z") names the day the page was published there only after conversion.
/// </summary>
internal static class NewsroomTimeZone
{
    /// <summary>The zone for <paramref name="url"/>'s country-code domain; null for generic domains or when the system has no such zone.</summary>
    public static TimeZoneInfo? Of(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u)) return null;
        var host = u.Host.TrimEnd('.');
        var dot = host.LastIndexOf('.');
        if (dot < 0 || !MetadataRules.CountryTimeZones.TryGetValue(host[(dot + 1)..], out var id)) return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }
}
