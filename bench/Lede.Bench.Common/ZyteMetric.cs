using System.Globalization;
using System.Text;

namespace Lede.Bench.Common;

/// <summary>
/// The metric of scrapinghub/article-extraction-benchmark (<c>evaluate.py</c>), reproduced exactly:
/// words are Python <c>\w+</c> tokens; per page, word 4-gram shingles are counted (a text shorter than
/// four words is one shingle of all its words); tp/fp/fn are the min/excess of the counts, normalised
/// to sum to 1; precision is averaged over pages with tp+fp &gt; 0, recall over pages with tp+fn &gt; 0;
/// F1 is the harmonic mean of the two averages; accuracy is the share of pages whose word sequence
/// equals the gold's.
/// </summary>
public static class ZyteMetric
{
    private const int ShingleSize = 4;

    public static ZytePageScore ScorePage(string? gold, string? predicted)
    {
        var goldTokens = Tokenize(gold);
        var predTokens = Tokenize(predicted);
        var goldShingles = Shingles(goldTokens);
        var predShingles = Shingles(predTokens);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, goldCount) in goldShingles)
        {
            predShingles.TryGetValue(key, out var predCount);
            tp += Math.Min(goldCount, predCount);
            fn += Math.Max(0, goldCount - predCount);
        }
        foreach (var (key, predCount) in predShingles)
        {
            goldShingles.TryGetValue(key, out var goldCount);
            fp += Math.Max(0, predCount - goldCount);
        }
        var sum = tp + fp + fn;
        if (sum > 0) { tp /= sum; fp /= sum; fn /= sum; }
        return new ZytePageScore(tp, fp, fn, goldTokens.SequenceEqual(predTokens, StringComparer.Ordinal));
    }

    public static ZyteScore Aggregate(IReadOnlyCollection<ZytePageScore> pages)
    {
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0, exact = 0;
        foreach (var p in pages)
        {
            if (p.TruePositive + p.FalsePositive > 0) { precisionSum += p.Precision; precisionPages++; }
            if (p.TruePositive + p.FalseNegative > 0) { recallSum += p.Recall; recallPages++; }
            if (p.ExactMatch) exact++;
        }
        var precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        var recall = recallPages == 0 ? 0 : recallSum / recallPages;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ZyteScore(f1, precision, recall, pages.Count == 0 ? 0 : (double)exact / pages.Count, pages.Count);
    }

    /// <summary>Python's <c>re.findall(r'\w+', text)</c>: runs of letters, digits/numerals and underscores.</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text)) return tokens;
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var width);
            if (IsWordRune(rune)) { if (start < 0) start = i; }
            else if (start >= 0) { tokens.Add(text[start..i]); start = -1; }
            i += width;
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens;
    }

    // Python's \w on str: alphanumeric (letters L*, numbers N*) or underscore; combining marks are not word characters.
    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_') return true;
        if (rune.IsAscii) return char.IsAsciiLetterOrDigit((char)rune.Value);
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var end = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < end; i++)
        {
            var length = Math.Min(ShingleSize, tokens.Count - i);
            if (length <= 0) continue;
            var key = length == 1 ? tokens[i] : string.Join('\u0001', tokens.GetRange(i, length));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
