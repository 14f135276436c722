using System.Globalization;
using System.Text.RegularExpressions;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata.Dates;

/// <summary>Reads the publication day that many CMSs put in article paths: /2025/03/05/, /2025-03-05-, /20250305/.</summary>
public static class UrlDateParser
{
    public const double Confidence = 0.72;

    public static DateCandidate? Parse(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var path = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.AbsolutePath : url;
        foreach (var regex in new[] { MetadataRules.UrlSeparatedDate(), MetadataRules.UrlCompactDate() })
        {
            foreach (Match m in regex.Matches(path))
            {
                var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) continue;
                var day = new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
                return new DateCandidate(day, false, DateRole.Published, DateSources.Url, Confidence, m.Value);
            }
        }
        return null;
    }
}
