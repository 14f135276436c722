using System.Text;

namespace Lede.Bench.Common;

/// <summary>
/// trafilatura's evaluation (tests/comparison): each <c>main_text_with</c> segment found in the output is a
/// true positive (else a false negative), each <c>main_text_without</c> segment found is a false positive
/// (else a true negative). Whitespace runs are collapsed on both sides so line breaks do not decide.
/// </summary>
public static class SegmentMetric
{
    public static SegmentScore ScorePage(string? output, IEnumerable<string> with, IEnumerable<string> without)
    {
        var text = Normalize(output ?? "");
        int tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var segment in with)
            if (text.Contains(Normalize(segment), StringComparison.Ordinal)) tp++; else fn++;
        foreach (var segment in without)
            if (text.Contains(Normalize(segment), StringComparison.Ordinal)) fp++; else tn++;
        return new SegmentScore(tp, fn, fp, tn);
    }

    /// <summary>Collapses whitespace runs to one space, as the comparison does.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
