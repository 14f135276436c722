using System.Globalization;

namespace Lede.Crawl.Feeds;

/// <summary>
/// Dates as feeds write them: RFC 822 in RSS (often with named zones, a missing weekday or a wrong
/// one), W3C/ISO 8601 in Atom, sitemaps and JSON Feed. A date that cannot be read is left unknown
/// rather than failing the whole feed, which is what strict parsers do.
/// </summary>
internal static class FeedDate
{
    /// <summary>RFC 822 zone names and the US zones RFC 822 lists, as offsets.</summary>
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yyyy",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)) return iso;
        // RFC 822: drop the weekday (often wrong), turn a zone name or "+0000" into "+00:00".
        var comma = s.IndexOf(',');
        if (comma >= 0 && comma <= 10) s = s[(comma + 1)..].Trim();
        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 4)
        {
            var zone = parts[^1];
            if (Zones.TryGetValue(zone, out var offset)) parts[^1] = offset;
            else if (zone.Length == 5 && zone[0] is '+' or '-' && zone.Skip(1).All(char.IsAsciiDigit)) parts[^1] = zone[..3] + ":" + zone[3..];
            s = string.Join(' ', parts);
        }
        return DateTimeOffset.TryParseExact(s, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var rfc)
            ? rfc
            : null;
    }
}
