using System.Globalization;
using System.Text.RegularExpressions;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata.Dates;

/// <summary>Reads the publication day that many CMSs put in article paths: /2025/03/05/, /2025-03-05-, /20250305/.</summary>
public static class UrlDateParser
{
    public const double Confidence = 0.72;

    /// <summary>
    /// A day in a local file's path ("2016-06-29_senate-vote.txt") is how many crawlers and archives name what they save,
    /// but it may be the day of the crawl: the weakest source, taken when the text itself gives no day.
    /// </summary>
    public const double FilePathConfidence = 0.2;

    public static DateCandidate? Parse(string? url) => Parse(url, DateSources.Url, Confidence);

    /// <summary>The day in a local file's path (<see cref="ExtractionRequest.Source"/> when it is no URL), or null.</summary>
    public static DateCandidate? ParseFilePath(string? source)
    {
        if (string.IsNullOrEmpty(source) || source.Contains("://", StringComparison.Ordinal)) return null;
        return Parse(source.Replace('\\', '/'), DateSources.FileName, FilePathConfidence);
    }

    private static DateCandidate? Parse(string? url, string source, double confidence)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var path = Uri.TryCreate(url, UriKind.Absolute, out var u) && !u.IsFile ? u.AbsolutePath : url;
        foreach (var regex in new[] { MetadataRules.UrlSeparatedDate(), MetadataRules.UrlCompactDate() })
        {
            foreach (Match m in regex.Matches(path))
            {
                var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) continue;
                var day = new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
                return new DateCandidate(day, false, DateRole.Published, source, confidence, m.Value);
            }
        }
        return null;
    }
}
