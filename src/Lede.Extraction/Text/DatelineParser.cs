using System.Text.RegularExpressions;
using Lede.Extraction.Model;

namespace Lede.Extraction.Text;

/// <summary>Reads the dateline a story opens with: "WASHINGTON (AP) —", "LONDON, March 5 (Reuters) -".</summary>
public static partial class DatelineParser
{
    /// <summary>The dateline and the length of the opening it occupies, or null.</summary>
    public static (Dateline Dateline, int Length)? Parse(string paragraph)
    {
        // Interim version (skeleton). Owner: plain-text work.
        var m = Opening().Match(paragraph);
        if (!m.Success) return null;
        return (new Dateline(m.Groups["place"].Value.Trim(), m.Groups["agency"].Success ? m.Groups["agency"].Value : null), m.Length);
    }

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z .'-]+)(?:,[^(—–-]{1,40})?\s*(?:\((?<agency>[A-Za-z]{2,12})\))?\s*[—–-]+\s*")]
    private static partial Regex Opening();
}
