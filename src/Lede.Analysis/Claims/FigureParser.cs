using System.Globalization;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Claims;

/// <summary>
/// Finds figures in a token range: digits ("1,200", "1.2 million", "40%", "$3 billion") and number
/// words ("five", "two dozen", "twenty-four"), with the hedge before them ("about", "at least") and
/// the unit after them ("living hostages"). Years, days of the month, times and model numbers are
/// not figures.
/// </summary>
internal static class FigureParser
{
    private const int MaxMultipliers = 2;

    public static List<Figure> Parse(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var figures = new List<Figure>();
        for (var k = first; k < end; k++)
        {
            var figure = TryParseAt(text, tokens, k, end, out var next);
            if (figure is { } found) figures.Add(found);
            k = Math.Max(k, next - 1);
        }
        return figures;
    }

    private static Figure? TryParseAt(string text, IReadOnlyList<Token> tokens, int k, int end, out int next)
    {
        next = k + 1;
        var start = k;
        string? currency = null;
        var token = tokens[k].Text;
        if (AttributionRules.Currencies.TryGetValue(token, out var code) && k + 1 < end && tokens[k + 1].Start == tokens[k].End)
        {
            currency = code;
            k++;
            token = tokens[k].Text;
        }
        else if (token.Length > 1 && AttributionRules.Currencies.TryGetValue(token[..1], out code) && char.IsDigit(token[1]))
        {
            currency = code;
            token = token[1..];
        }

        // "40%" may come as one token.
        var percentGlued = token.Length > 1 && token[^1] == '%';
        if (percentGlued) token = token[..^1];
        if (!TryNumber(tokens, k, end, token, out var value, out var numberEnd, out var isWord)) return null;
        if (isWord && value == 1 && !(numberEnd < end && AttributionRules.Multipliers.ContainsKey(tokens[numberEnd].Text))) return null;
        if (!isWord && currency is null && !percentGlued && IsGlued(text, tokens[k])) return null;

        var m = numberEnd;
        var multiplied = false;
        for (var count = 0; count < MaxMultipliers && m < end && AttributionRules.Multipliers.TryGetValue(tokens[m].Text, out var factor)
             && (tokens[m].Text.Length > 1 || tokens[m].Start == tokens[m - 1].End); count++, m++)
        {
            value *= factor;
            multiplied = true;
        }

        string? unit = currency;
        var figureEnd = m;
        if (percentGlued)
        {
            unit = "percent";
        }
        else if (m < end && (tokens[m].Text == "%" || tokens[m].Text.Equals("percent", StringComparison.OrdinalIgnoreCase)))
        {
            unit = "percent";
            figureEnd = m + 1;
        }
        else if (m + 1 < end && tokens[m].Text.Equals("per", StringComparison.OrdinalIgnoreCase) && tokens[m + 1].Text.Equals("cent", StringComparison.OrdinalIgnoreCase))
        {
            unit = "percent";
            figureEnd = m + 2;
        }
        else if (currency is null)
        {
            if (IsDateOrTime(tokens, start, m, end, value, multiplied)) { next = m; return null; }
            var u = m;
            while (u < end && u - m < AttributionRules.MaxUnitWords && IsUnitWord(tokens[u].Text))
            {
                var word = tokens[u].Text;
                // A verb after the noun ends the unit: "boats sank", "people died".
                if (u > m && word.EndsWith("ed", StringComparison.Ordinal)) break;
                u++;
                // A plural noun heads the unit: "living hostages", "ministers".
                if (IsPlural(word)) break;
            }
            if (u > m)
            {
                unit = text[tokens[m].Start..tokens[u - 1].End];
                figureEnd = u;
            }
        }

        var qualifierStart = start;
        string? qualifier = null;
        foreach (var phrase in AttributionRules.Qualifiers)
        {
            var words = phrase.Split(' ');
            var q = start - words.Length;
            if (q < 0) continue;
            var matches = true;
            for (var w = 0; w < words.Length && matches; w++) matches = tokens[q + w].Text.Equals(words[w], StringComparison.OrdinalIgnoreCase);
            if (!matches) continue;
            qualifier = text[tokens[q].Start..tokens[start - 1].End];
            qualifierStart = q;
            break;
        }

        next = figureEnd;
        return new Figure(tokens[qualifierStart].Start, tokens[figureEnd - 1].End, value, qualifier, unit);
    }

    /// <summary>Digits ("1,200.5") or number words ("twenty-four", "twenty - four", "a dozen" is handled as "dozen").</summary>
    private static bool TryNumber(IReadOnlyList<Token> tokens, int k, int end, string token, out double value, out int numberEnd, out bool isWord)
    {
        numberEnd = k + 1;
        isWord = false;
        if (token.Length > 0 && char.IsDigit(token[0]))
        {
            var digits = token.Replace(",", "");
            return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && !token.EndsWith('.');
        }
        isWord = true;
        if (!TryNumberWord(token, out value)) return false;
        // "twenty - four" split by the tokenizer.
        if (value >= 20 && value < 100 && k + 2 < end && tokens[k + 1].Text == "-" && TryNumberWord(tokens[k + 2].Text, out var ones) && ones < 10)
        {
            value += ones;
            numberEnd = k + 3;
        }
        return true;
    }

    private static bool TryNumberWord(string word, out double value)
    {
        value = 0;
        var dash = word.IndexOf('-');
        if (dash > 0)
            return AttributionRules.NumberWords.TryGetValue(word[..dash], out var tens) && AttributionRules.NumberWords.TryGetValue(word[(dash + 1)..], out var ones)
                && tens >= 20 && ones < 10 && (value = tens + ones) > 0;
        return AttributionRules.NumberWords.TryGetValue(word, out value) && !(char.IsUpper(word[0]) && word.Length > 1 && char.IsUpper(word[1]));
    }

    /// <summary>"COVID-19", "F-16", "A320": a number glued to letters is a name.</summary>
    private static bool IsGlued(string text, Token token)
    {
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var after = token.End < text.Length ? text[token.End] : ' ';
        return char.IsLetter(before) || before == '-' && token.Start > 1 && char.IsLetterOrDigit(text[token.Start - 2])
            || char.IsLetter(after) && !(after == 's' && (token.End + 1 >= text.Length || !char.IsLetter(text[token.End + 1])))
            || after == ':' || before == '#';
    }

    private static bool IsDateOrTime(IReadOnlyList<Token> tokens, int start, int m, int end, double value, bool multiplied)
    {
        if (multiplied) return false;
        var previous = start > 0 ? tokens[start - 1].Text : "";
        var isYearLike = value is >= 1800 and <= 2100 && value == Math.Floor(value);
        if (isYearLike && (AttributionRules.DateWords.Contains(previous) || m >= end || !IsUnitWord(tokens[m].Text))) return true;
        // "March 4", "on the 4th": a day of the month.
        if (value is >= 1 and <= 31 && AttributionRules.DateWords.Contains(previous) && previous.Length > 3 && char.IsUpper(previous[0])) return true;
        return m < end && (tokens[m].Text is "a.m." or "p.m." or "am" or "pm" or "GMT" or "ET" or "EST");
    }

    private static bool IsPlural(string word) =>
        AttributionRules.IrregularPlurals.Contains(word)
        || word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

    private static bool IsUnitWord(string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]) || AttributionRules.UnitStops.Contains(word)) return false;
        foreach (var c in word)
            if (!char.IsLetter(c) && c != '-' && c != '.') return false;
        return !AttributionRules.NumberWords.ContainsKey(word) && !AttributionRules.Qualifiers.Contains(word.ToLowerInvariant());
    }
}
