using System.Text;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Spots teaser lines: the opening of a paragraph repeated above the story, whole or cut short
/// ("… with", "…", "Read more"), as pages do in their summary or social-card text.
/// </summary>
internal static class TeaserDetector
{
    /// <summary>Shortest teaser worth comparing, in letters and digits: shorter lines repeat by chance.</summary>
    private const int MinTeaserChars = 30;

    /// <summary>True when <paramref name="line"/> repeats the start (or the whole) of <paramref name="paragraph"/>.</summary>
    public static bool IsTeaserOf(string line, string paragraph)
    {
        var teaser = Normalise(TextRules.TruncationMark().Replace(line, ""));
        if (teaser.Length < MinTeaserChars) return false;
        var target = Normalise(paragraph);
        return target.Length >= teaser.Length && target.StartsWith(teaser, StringComparison.Ordinal);
    }

    // Letters and digits, lower case, one space between words: quotes, dashes and spacing differ between copies.
    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else space = true;
        }
        return sb.ToString();
    }
}
