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
        ShareRangeUnits(text, tokens, figures);
        for (var i = 0; i < figures.Count; i++)
            if (IsBareUnit(figures[i].Unit) && MeasureBefore(text, tokens, first, figures[i].Start) is { } measure) figures[i] = figures[i] with { Measure = measure };
        return figures;
    }

    /// <summary>A unit that says how a figure is written, not what it counts: none, "percent", a currency.</summary>
    private static bool IsBareUnit(string? unit) =>
        unit is null || unit == AttributionRules.PercentUnit || AttributionRules.CurrencyCodes.Contains(unit);

    /// <summary>
    /// The subject of a level or change verb right before the figure: "[the jobless rate] fell sharply to 4.1%",
    /// "[Clinton] had 46 percent". Up to <see cref="AttributionRules.MaxMeasureWords"/> words after a determiner or the
    /// clause's opening, within [<paramref name="first"/>, figure); none for a pronoun or a number.
    /// </summary>
    private static string? MeasureBefore(string text, IReadOnlyList<Token> tokens, int first, int figureStart)
    {
        var k = TokenPositions.FirstAt(tokens, figureStart) - 1;
        var skipped = 0;
        while (k >= first && skipped < 2 && (AttributionRules.MeasureVerbParticles.Contains(tokens[k].Text) || IsAdverb(tokens[k].Text)))
        {
            k--;
            skipped++;
        }
        if (k < first || !AttributionRules.MeasureVerbs.Contains(tokens[k].Text)) return null;
        // "has fallen", "appears to have declined", "finally reached": auxiliaries and adverbs stand between subject and verb.
        var head = k - 1;
        while (head >= first && (AttributionRules.MeasureAuxiliaries.Contains(tokens[head].Text) || IsAdverb(tokens[head].Text))) head--;
        var start = head + 1;
        // A possessive's "'s" is part of a word, not one more: "the state's jobless rate" is three words. A preposition
        // between two words of it ties on what the head is of ("donations to super PACs", "the rate for young people");
        // it and its determiner count as no word.
        for (var words = 0; start - 1 >= first; start--)
        {
            var inner = start - 1 < head && start - 2 >= first && AttributionRules.MeasureInnerPrepositions.Contains(tokens[start - 1].Text)
                && IsMeasureWord(tokens, start - 2)
                // "the share of voters in the first days": a determiner right after such a preposition is inside too.
                || start - 1 < head && start - 3 >= first && AttributionRules.MeasureDeterminers.Contains(tokens[start - 1].Text)
                && AttributionRules.MeasureInnerPrepositions.Contains(tokens[start - 2].Text) && IsMeasureWord(tokens, start - 3);
            if (!inner && !IsMeasureWord(tokens, start - 1)) break;
            if (!inner && tokens[start - 1].Text is not ("'s" or "’s") && ++words > AttributionRules.MaxMeasureWords) break;
        }
        if (start > head || AttributionRules.MeasureNonHeads.Contains(tokens[head].Text)) return null;
        return text[tokens[start].Start..tokens[head].End];
    }

    private static bool IsAdverb(string word) =>
        word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !AttributionRules.NounsEndingInLy.Contains(word);

    // A word of the subject's noun phrase: letters (a hyphen, an apostrophe inside), or a possessive's "'s".
    private static bool IsMeasureWord(IReadOnlyList<Token> tokens, int k)
    {
        var word = tokens[k].Text;
        if (word is "'s" or "’s") return true;
        if (word.Length == 0 || !char.IsLetter(word[0]) || AttributionRules.MeasureStops.Contains(word)) return false;
        return word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.');
    }

    /// <summary>"two to three weeks", "55 to 65 percent": the first number of a range counts what the second counts.</summary>
    private static void ShareRangeUnits(string text, IReadOnlyList<Token> tokens, List<Figure> figures)
    {
        for (var i = figures.Count - 2; i >= 0; i--)
        {
            var (first, second) = (figures[i], figures[i + 1]);
            if (first.Unit is not null || second.Unit is null || second.Qualifier is not null) continue;
            var between = text[first.End..second.Start].Trim();
            if (AttributionRules.RangeJoiners.Contains(between)) figures[i] = first with { Unit = second.Unit };
        }
    }

    private static Figure? TryParseAt(string text, IReadOnlyList<Token> tokens, int k, int end, out int next)
    {
        if (TryShare(tokens, k, end, out var share, out next)) return Qualified(text, tokens, k, next, share, AttributionRules.PercentUnit);
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
        if (currency is null && (IsNamePart(text, tokens, start, isWord) || IsAge(tokens, start, numberEnd, end)
            || start > 0 && AttributionRules.LabelWords.Contains(tokens[start - 1].Text))) return null;

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
            if (IsDateOrTime(tokens, start, m, end, token, value, multiplied)) { next = m; return null; }
            var u = m;
            var plural = false;
            var conjunctions = 0;
            // "50 Airbus A350-900 jets", "24 F-16 fighters", "58 Fortune 500 companies": a model's designation, or a
            // number after a name, inside the unit when a noun follows it.
            while (u < end && u - m - conjunctions < AttributionRules.MaxUnitWords
                && (IsUnitWord(tokens[u].Text) || (IsModelDesignation(tokens[u].Text) || u > m && char.IsUpper(tokens[u - 1].Text[0]) && IsDigits(tokens[u].Text))
                    && u + 1 < end && IsUnitWord(tokens[u + 1].Text)))
            {
                var word = tokens[u].Text;
                // A verb after the noun ends the unit: "boats sank", "people died"; so does a verb right after the
                // number when no plural noun follows it: "the two raised money" (but "two armed men").
                if (word.EndsWith("ed", StringComparison.Ordinal) && (u > m || !PluralFollows(tokens, u + 1, end))) break;
                // An adverb ends it too ("from 16 currently to 80"), an adjective in "-ly" does not ("10 likely voters").
                if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !AttributionRules.NounsEndingInLy.Contains(word) && !PluralFollows(tokens, u + 1, end)) break;
                u++;
                // A plural noun heads the unit: "living hostages", "ministers".
                if (IsPlural(word)) { plural = true; break; }
                // "3 million small- and mid-size tenants": a word with a suspended hyphen goes on past its conjunction.
                if (word[^1] == '-' && u + 1 < end && tokens[u].Text is "and" or "or" && IsUnitWord(tokens[u + 1].Text)) { u++; conjunctions++; }
            }
            // A year before a noun is a date ("the 2020 budget request", "her 2008 presidential bid"): a count of
            // something needs a plural ("1900 people"), and not a name's ("a 2003 Michael Lewis book").
            if (IsYearLike(token, value, multiplied) && (!plural || char.IsUpper(tokens[m].Text[0]))) { next = Math.Max(u, m); return null; }
            // "18 years ago", "two years later", "14 months after the launch": a point in time; not a span ("for nearly
            // nine years after leaving", "three to six years before it fruits").
            var timeUnit = u > m && AttributionRules.TimeUnitWords.Contains(tokens[u - 1].Text);
            if (u < end && (AttributionRules.RelativeTimeWords.Contains(tokens[u].Text)
                || timeUnit && AttributionRules.RelativeTimeWordsAfterTimeUnit.Contains(tokens[u].Text) && !IsSpan(tokens, start))) { next = u + 1; return null; }
            // "17 years old", "a three month-old network": an age ("50,000 years old" is a find's, a figure).
            if (u > m && value <= AttributionRules.MaxAge && (timeUnit && u < end && tokens[u].Text.Equals(AttributionRules.AgeWordAfterUnit, StringComparison.OrdinalIgnoreCase)
                || tokens[m].Text.EndsWith("-" + AttributionRules.AgeWordAfterUnit, StringComparison.OrdinalIgnoreCase))) { next = u + 1; return null; }
            // "over the past five years", "the first six months of 2019": a time frame, not a figure; "avoid taxes for
            // the next 18 years" is a span.
            if (timeUnit && start > 1 && AttributionRules.TimeFrameOpeners.Contains(tokens[start - 1].Text)
                && tokens[start - 2].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
                && !(start > 2 && AttributionRules.DurationOpeners.Contains(tokens[start - 3].Text))) { next = u; return null; }
            if (IsAddress(tokens, m, end)) { next = m; return null; }
            // "a 911 call", "a 747 jet": a code or a model before a singular noun.
            if (u > m && !plural && token.Length >= 3 && token.All(char.IsDigit) && !multiplied && start > 0 && AttributionRules.CodeArticles.Contains(tokens[start - 1].Text)
                && !AttributionRules.SingularMeasureWords.Contains(tokens[m].Text)) { next = u; return null; }
            if (u > m)
            {
                // "90 miles per gallon": a rate keeps its denominator.
                if (u + 1 < end && AttributionRules.RateWords.Contains(tokens[u].Text) && IsUnitWord(tokens[u + 1].Text)) u += 2;
                unit = text[tokens[m].Start..tokens[u - 1].End];
                figureEnd = u;
            }
            // "the two were on the ground", "those two": a bare number word standing for people already named.
            else if (isWord && !multiplied && start > 0 && AttributionRules.NumberPronounDeterminers.Contains(tokens[start - 1].Text)) return null;
            // "not in the top 5": a rank.
            else if (!multiplied && start > 0 && AttributionRules.RankWords.Contains(tokens[start - 1].Text) && IsBare(tokens, m, end)) return null;
        }

        if (unit == "percent") (unit, figureEnd) = ShareOf(text, tokens, figureEnd, end);
        next = figureEnd;
        return Qualified(text, tokens, start, figureEnd, value, unit);
    }

    /// <summary>
    /// "57 percent of licensed anglers", "47 percent of the vote": a share names what it is a share of, so that shares of
    /// different things are not one series. The words after "of" up to a plural noun (a determiner first is kept); a
    /// participle with no noun after it ends them ("of those asked" stays "percent"; "of licensed anglers" does not), and so does a name ("of Ruiz's voters"; "of Danes" is a group).
    /// </summary>
    private static (string Unit, int End) ShareOf(string text, IReadOnlyList<Token> tokens, int at, int end)
    {
        if (at + 1 >= end || !tokens[at].Text.Equals("of", StringComparison.OrdinalIgnoreCase)) return ("percent", at);
        var first = at + 1;
        var w = AttributionRules.ShareOfDeterminers.Contains(tokens[first].Text) ? first + 1 : first;
        var stop = w;
        var plural = false;
        while (stop < end && stop - w < AttributionRules.MaxUnitWords && IsShareWord(tokens, stop, end))
        {
            var word = tokens[stop].Text;
            stop++;
            if (IsPlural(word)) { plural = true; break; }
        }
        // A plural ends the phrase ("of likely voters"); without one, a determiner must open it ("of the vote"), so
        // that "of what" or "of both" name nothing.
        return stop > w && (plural || w > first) ? ("percent of " + text[tokens[first].Start..tokens[stop - 1].End], stop) : ("percent", at);
    }

    /// <summary>
    /// Whether token k goes on a share's "of" phrase: a unit word, not a participle or adverb with no plural after it, and
    /// not a name (a capitalised plural is a group).
    /// </summary>
    private static bool IsShareWord(IReadOnlyList<Token> tokens, int k, int end)
    {
        var word = tokens[k].Text;
        if (!IsUnitWord(word)) return false;
        if ((word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal))
            && !PluralFollows(tokens, k + 1, end)) return false;
        return !char.IsUpper(word[0]) || IsPlural(word);
    }

    /// <summary>The figure over tokens [start, end) with the hedge right before it ("about", "at least"), if any.</summary>
    private static Figure Qualified(string text, IReadOnlyList<Token> tokens, int start, int end, double value, string? unit)
    {
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
        return new Figure(tokens[qualifierStart].Start, tokens[end - 1].End, value, qualifier, unit);
    }

    /// <summary>
    /// A share of a whole, as a percentage: a fraction before "of" or a determiner ("two-thirds of voters", "half the
    /// roads", "a quarter of homes"; not "half an hour", "the first half", "three quarters" of a year without "of") or
    /// "one in five homes". Only the fraction is the figure; what it is a share of follows it.
    /// </summary>
    private static bool TryShare(IReadOnlyList<Token> tokens, int k, int end, out double percent, out int next)
    {
        percent = 0;
        next = k + 1;
        var word = tokens[k].Text;
        if (k > 0 && AttributionRules.FractionPeriodWords.Contains(tokens[k - 1].Text)) return false;
        double numerator, denominator;
        int after;
        var dash = word.IndexOf('-');
        if (dash > 0 && AttributionRules.FractionDenominators.TryGetValue(word[(dash + 1)..], out denominator) && Numerator(word[..dash], out numerator))
        {
            after = k + 1; // "two-thirds"
        }
        else if (k + 2 < end && tokens[k + 1].Text == "-" && tokens[k + 1].Start == tokens[k].End
                 && AttributionRules.FractionDenominators.TryGetValue(tokens[k + 2].Text, out denominator) && Numerator(word, out numerator))
        {
            after = k + 3; // "two - thirds" as the tokenizer may split it
        }
        else if (k + 1 < end && AttributionRules.FractionDenominators.TryGetValue(tokens[k + 1].Text, out denominator) && Numerator(word, out numerator)
                 && !tokens[k + 1].Text.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            after = k + 2; // "three quarters", "a third"
        }
        else if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            // "a year and a half of failed ideas": a mixed number, not a share.
            if (k > 1 && tokens[k - 1].Text.Equals("a", StringComparison.OrdinalIgnoreCase)
                && tokens[k - 2].Text.Equals(AttributionRules.MixedNumberJoiner, StringComparison.OrdinalIgnoreCase)) return false;
            (numerator, denominator, after) = (1, 2, k + 1); // "half of", "half the"
        }
        else
        {
            return InOf(tokens, k, end, out percent, out next);
        }
        // Numerators past the denominator ("five thirds") or a singular after a plural numerator read as something else.
        if (numerator >= denominator || after >= end || !AttributionRules.FractionFollowers.Contains(tokens[after].Text)) return false;
        // "a quarter of a million dollars", "a quarter of a percent": an amount, not a share of something.
        if (after + 2 < end && tokens[after].Text == "of" && tokens[after + 1].Text is "a" or "an"
            && AttributionRules.FractionAmountWords.Contains(tokens[after + 2].Text)) return false;
        percent = Math.Round(100 * numerator / denominator, 1);
        next = after;
        return true;

        static bool Numerator(string w, out double n) =>
            AttributionRules.FractionArticles.TryGetValue(w, out n) || AttributionRules.NumberWords.TryGetValue(w, out n) && n is >= 1 and < 10;
    }

    /// <summary>"one in five homes", "1 in 4 adults": a ratio before a noun, as a percentage.</summary>
    private static bool InOf(IReadOnlyList<Token> tokens, int k, int end, out double percent, out int next)
    {
        percent = 0;
        next = k + 1;
        if (k + 3 >= end || !tokens[k + 1].Text.Equals("in", StringComparison.Ordinal)) return false;
        if (!Count(tokens[k].Text, out var part) || !Count(tokens[k + 2].Text, out var whole) || part < 1 || part >= whole || whole > 1000) return false;
        // A noun follows ("homes", "adults", "Americans"): not "one in 2020".
        if (!IsUnitWord(tokens[k + 3].Text)) return false;
        percent = Math.Round(100 * part / whole, 1);
        next = k + 3;
        return true;

        static bool Count(string w, out double n) =>
            w.Length is > 0 and <= 4 && w.All(char.IsDigit) ? double.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out n)
            : AttributionRules.NumberWords.TryGetValue(w, out n);
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
        if (!TryNumberWord(token, out value))
        {
            // "a couple dozen": a number only before a multiplier ("the couple" is two people, not a figure).
            return AttributionRules.NumberWordsBeforeMultiplier.TryGetValue(token, out value)
                && k + 1 < end && AttributionRules.Multipliers.ContainsKey(tokens[k + 1].Text);
        }
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

    private static bool IsDateOrTime(IReadOnlyList<Token> tokens, int start, int m, int end, string number, double value, bool multiplied)
    {
        if (multiplied) return false;
        var previous = start > 0 ? tokens[start - 1].Text : "";
        if (IsYearLike(number, value, multiplied) && (AttributionRules.DateWords.Contains(previous) || AttributionRules.YearWords.Contains(previous) || m >= end || !IsUnitWord(tokens[m].Text))) return true;
        // "September 11, 2001 attacks": a year after a day of the month.
        if (IsYearLike(number, value, multiplied) && previous == "," && start > 2 && AttributionRules.MonthNames.Contains(tokens[start - 3].Text)) return true;
        // "March 4", "May 18": a day of the month.
        if (value is >= 1 and <= 31 && AttributionRules.MonthNames.Contains(previous) && char.IsUpper(previous[0])) return true;
        return m < end && AttributionRules.ClockWords.Contains(tokens[m].Text);
    }

    /// <summary>"2019", not "2,019" or "two thousand".</summary>
    private static bool IsYearLike(string number, double value, bool multiplied) =>
        !multiplied && number.Length == 4 && number.All(char.IsDigit) && value is >= 1800 and <= 2100;

    /// <summary>
    /// "Round 2", "Fortune 500", "iPhone 11", "Ground Zero": a number right after a capitalised word in mid-sentence, or
    /// a capitalised number word in mid-sentence, is part of a name. Months are dates, handled apart; "I" is a speaker.
    /// </summary>
    private static bool IsNamePart(string text, IReadOnlyList<Token> tokens, int start, bool isWord)
    {
        if (start == 0 || IsSentenceStart(text, tokens, start)) return false;
        if (isWord) return char.IsUpper(tokens[start].Text[0]);
        var previous = tokens[start - 1];
        // "iPhone 11": a brand in camel case counts as capitalised.
        return previous.Text.Length > 0 && previous.Text.Any(char.IsUpper) && char.IsLetter(previous.Text[^1])
            && !AttributionRules.CapitalisedNonNames.Contains(previous.Text) && !AttributionRules.MonthNames.Contains(previous.Text)
            && !IsSentenceStart(text, tokens, start - 1);
    }

    /// <summary>"2417 Maple Place", "88 North Elm St.": capitalised words after the number that end in a street word.</summary>
    private static bool IsAddress(IReadOnlyList<Token> tokens, int m, int end)
    {
        for (var u = m; u < end && u - m < AttributionRules.MaxUnitWords + 1 && char.IsUpper(tokens[u].Text[0]); u++)
            if (u > m && AttributionRules.StreetWords.Contains(tokens[u].Text))
                // "two Oak Court openings": a plural after the name makes it a count of that plural.
                return u + 1 >= end || !(IsUnitWord(tokens[u + 1].Text) && IsPlural(tokens[u + 1].Text) && char.IsLower(tokens[u + 1].Text[0]));
        return false;
    }

    /// <summary>
    /// "Donna Rawlings, 59, of Ashton": an age set off by commas after a name; "people age 12 and older", "the ages of
    /// 18 and 35"; a bare number after "who are", "they're", "I was" ("kids who are 14 or 15"), and the second number of
    /// a range whose first is an age.
    /// </summary>
    private static bool IsAge(IReadOnlyList<Token> tokens, int start, int numberEnd, int end)
    {
        // "14 or 15", "18 and 35": the second number of a range is an age when the first is.
        var rangeFirst = start > 1 && AttributionRules.RangeJoiners.Contains(tokens[start - 1].Text) && IsNumberToken(tokens[start - 2].Text) ? start - 2 : -1;
        if (AfterAgeWord(tokens, start) || rangeFirst >= 0 && AfterAgeWord(tokens, rangeFirst)) return true;
        if (IsBare(tokens, numberEnd, end) && (AfterSubjectAndBe(tokens, start) || rangeFirst >= 0 && AfterSubjectAndBe(tokens, rangeFirst))) return true;
        return start > 1 && tokens[start - 1].Text == "," && numberEnd < tokens.Count && tokens[numberEnd].Text == ","
            && char.IsUpper(tokens[start - 2].Text[0]) && char.IsDigit(tokens[start].Text[0]) && tokens[start].Text.Length <= 3;
    }

    /// <summary>Whether the token opens a sentence, paragraph or quote: nothing but spaces and closing marks since the last stop.</summary>
    private static bool IsSentenceStart(string text, IReadOnlyList<Token> tokens, int index)
    {
        for (var c = tokens[index].Start - 1; c >= 0; c--)
        {
            var ch = text[c];
            // An opening quote mark starts the quoted sentence: "The answer was, 'Eighty percent of which?'".
            if (ch == '\n' || ch is '.' or '!' or '?' or ':' or ';' or '—' or '(' || AttributionRules.QuotePairs.ContainsKey(ch)) return true;
            if (char.IsWhiteSpace(ch) || ch is '”' or '’') continue;
            return false;
        }
        return true;
    }

    /// <summary>"people age 12", "a boy aged 9", "between the ages of 18 …"; not "an average age of 71".</summary>
    private static bool AfterAgeWord(IReadOnlyList<Token> tokens, int start) =>
        start > 0 && AttributionRules.AgeWords.Contains(tokens[start - 1].Text)
        || start > 1 && tokens[start - 1].Text == "of" && AttributionRules.AgeWords.Contains(tokens[start - 2].Text)
            && !(start > 2 && AttributionRules.AgeStatisticWords.Contains(tokens[start - 3].Text));

    /// <summary>
    /// Whether the number at start counts a span of time: after "for" or "took" (a hedge between allowed: "for nearly
    /// nine years"), or as the second number of a range ("three to six years").
    /// </summary>
    private static bool IsSpan(IReadOnlyList<Token> tokens, int start)
    {
        if (start > 1 && AttributionRules.RangeJoiners.Contains(tokens[start - 1].Text) && IsNumberToken(tokens[start - 2].Text)) return true;
        var before = start - 1;
        while (before >= 0 && AttributionRules.QualifierWords.Contains(tokens[before].Text)) before--;
        return before >= 0 && AttributionRules.DurationOpeners.Contains(tokens[before].Text);
    }

    /// <summary>"who are 14", "they're 19", "I was eighteen".</summary>
    private static bool AfterSubjectAndBe(IReadOnlyList<Token> tokens, int start) =>
        start > 1 && AttributionRules.BeForms.Contains(tokens[start - 1].Text) && AttributionRules.AgeSubjects.Contains(tokens[start - 2].Text);

    /// <summary>No unit after the number, nor after the second number of its range: "14 or 15", not "5 to 10 points".</summary>
    private static bool IsBare(IReadOnlyList<Token> tokens, int numberEnd, int end) =>
        numberEnd >= end || !IsUnitWord(tokens[numberEnd].Text)
        && !(AttributionRules.RangeJoiners.Contains(tokens[numberEnd].Text) && numberEnd + 2 < end && IsNumberToken(tokens[numberEnd + 1].Text) && IsUnitWord(tokens[numberEnd + 2].Text));

    private static bool IsNumberToken(string word) =>
        word.Length > 0 && char.IsDigit(word[0]) || TryNumberWord(word, out _);

    private static bool PluralFollows(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var u = from; u < end && u - from < AttributionRules.MaxUnitWords - 1 && IsUnitWord(tokens[u].Text); u++)
            if (IsPlural(tokens[u].Text)) return true;
        return false;
    }

    private static bool IsPlural(string word) =>
        AttributionRules.IrregularPlurals.Contains(word)
        || AttributionRules.IrregularPluralEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !AttributionRules.SingularsWithPluralEndings.Contains(word)
        || word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

    private static bool IsDigits(string word) => word.Length is > 0 and <= AttributionRules.MaxModelDesignationChars && word.All(char.IsAsciiDigit);

    /// <summary>"A350-900", "F-16", "MQ-9": a capital, letters, digits and hyphens, at least one digit.</summary>
    private static bool IsModelDesignation(string word)
    {
        if (word.Length is < 2 or > AttributionRules.MaxModelDesignationChars || !char.IsUpper(word[0])) return false;
        var digit = false;
        foreach (var c in word)
        {
            if (char.IsDigit(c)) digit = true;
            else if (!char.IsLetter(c) && c != '-') return false;
        }
        return digit;
    }

    private static bool IsUnitWord(string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]) || AttributionRules.UnitStops.Contains(word)) return false;
        foreach (var c in word)
            if (!char.IsLetter(c) && c != '-' && c != '.') return false;
        return !AttributionRules.NumberWords.ContainsKey(word) && !AttributionRules.Qualifiers.Contains(word.ToLowerInvariant());
    }
}
