using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Recognises photo captions in flattened text by their credit: "… (AP Photo/Alex Brandon)",
/// "… Photo: Reuters", "… (Getty Images)", or a credit on a line of its own.
/// </summary>
internal static class CaptionParser
{
    /// <summary>The caption and credit a line holds, or null when the line carries no photo credit.</summary>
    public static Caption? Parse(string line)
    {
        if (line.Length is < 3 or > TextRules.MaxCaptionChars) return null;

        var paren = TextRules.TrailingParenthesis().Match(line);
        if (paren.Success && IsCredit(paren.Groups["credit"].Value))
            return Build(line[..paren.Index], paren.Groups["credit"].Value);

        var labelled = TextRules.LabelledCredit().Match(line);
        if (labelled.Success && labelled.Groups["credit"].Value.Split(' ').Length <= 8)
        {
            var label = labelled.Groups["label"].Value;
            // "Source: …" is a credit only for pictures; in prose it cites a study.
            if (!label.Equals("source", StringComparison.OrdinalIgnoreCase) || labelled.Index == 0)
                return Build(line[..labelled.Index], labelled.Groups["credit"].Value);
        }

        if (line.Length <= 90 && TextRules.CreditOnlyLine().IsMatch(line) && TextRules.CreditMarker().IsMatch(line))
            return new Caption(null, line.Trim().Trim('(', ')').TrimEnd('.').Trim());
        return null;
    }

    // A parenthesis is a photo credit when it names a photo, an agency's picture desk or a picture agency:
    // "AP Photo/Alex Brandon", "Getty Images", "Jane Roe/Pool Photo via AP", "File".
    private static bool IsCredit(string text)
    {
        if (text.Length > 100 || text.Split(' ').Length > 12) return false;
        if (!TextRules.CreditMarker().IsMatch(text)) return false;
        // A bare agency name in parentheses closes a dateline or a sentence, not a caption.
        if (WireAgencies.Find(text) is not null) return false;
        return true;
    }

    private static Caption Build(string before, string credit)
    {
        var text = before.Trim().TrimEnd('|', '-', '–', '—').Trim();
        return new Caption(text.Length == 0 ? null : text, credit.Trim().TrimEnd('.').Trim());
    }
}
