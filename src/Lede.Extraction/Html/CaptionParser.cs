using Lede.Extraction.Rules;

namespace Lede.Extraction.Html;

/// <summary>Splits a photo caption from its credit: "(Photo: X)", "Credit: X", "X/Getty Images".</summary>
internal static class CaptionParser
{
    public static (string? Caption, string? Credit) Split(string? text, string? credit = null)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return (null, Clean(credit));
        if (credit is null)
        {
            var m = BoilerplateRules.CaptionCreditLabelled().Match(text);
            if (!m.Success) m = BoilerplateRules.CaptionCreditAgency().Match(text);
            if (m.Success)
            {
                credit = m.Groups["credit"].Value;
                text = text[..m.Index];
            }
        }
        else if (text.EndsWith(credit, StringComparison.Ordinal))
        {
            text = text[..^credit.Length];
        }
        return (Clean(text), Clean(credit));
    }

    // Made once: a params list here would build its array on every call.
    private static readonly char[] EdgeMarks = ['(', ')', '[', ']', '|', '-', '–', '—'];

    private static string? Clean(string? s)
    {
        s = s?.Trim().Trim(EdgeMarks).Trim();
        return string.IsNullOrEmpty(s) ? null : s;
    }
}
