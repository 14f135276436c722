using Lede.Corpus.Rules;

namespace Lede.Corpus.Stories;

/// <summary>
/// The figures an article opens with: the numbers of its headline and first words ("beat Turkey 2-1", "killed 38",
/// "rose 2.5 percent"). Accounts of one happening give its figures; two happenings told in one frame (two matches of a
/// day, two days of a league's table) give different ones. Dates are not figures of the happening: a year, an ISO date
/// ("1996-08-31") and a day after a month name ("August 30") are left out.
/// </summary>
internal static class LedeNumbers
{
    private const int MaxNumberLength = 24;
    private const int MaxMonthLength = 16;

    /// <summary>The distinct numbers of the headline and the body's first <paramref name="bodyWords"/> words, as written (thousands separators dropped).</summary>
    public static string[] Of(string? headline, string? body, int bodyWords)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Collect(headline ?? "", int.MaxValue, found);
        Collect(body ?? "", bodyWords, found);
        if (found.Count == 0) return [];
        var numbers = found.ToArray();
        Array.Sort(numbers, StringComparer.Ordinal);
        return numbers;
    }

    private static void Collect(ReadOnlySpan<char> text, int maxWords, HashSet<string> found)
    {
        var words = 0;
        var previousWasMonth = false;
        var i = 0;
        // One buffer for every word: a stackalloc inside the loop would hold a slice of stack per word until the method
        // returns, and a headline is read whole.
        Span<char> lower = stackalloc char[MaxMonthLength];
        while (i < text.Length && words < maxWords)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            var start = i;
            if (char.IsLetter(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]))) i++;
                words++;
                var word = text[start..i].TrimEnd('.');
                previousWasMonth = word.Length <= MaxMonthLength && IsMonth(word, lower);
                continue;
            }
            // A number runs over separators between digits: "2-1", "2.5", "10,000", "10:30", "3/4".
            while (i < text.Length && (char.IsDigit(text[i]) || text[i] is '.' or ',' or '-' or ':' or '/' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start)) i++;
            // A number glued to letters ("21st", "U-21", "5km") is read as the number.
            while (i < text.Length && char.IsLetter(text[i])) i++;
            words++;
            var afterMonth = previousWasMonth;
            previousWasMonth = false;
            var token = text[start..i];
            var end = 0;
            while (end < token.Length && !char.IsLetter(token[end])) end++;
            var number = token[..end].ToString().Replace(",", "", StringComparison.Ordinal);
            if (number.Length == 0 || number.Length > MaxNumberLength || IsDate(number, afterMonth)) continue;
            found.Add(number);
        }
    }

    private static bool IsMonth(ReadOnlySpan<char> word, Span<char> lower)
    {
        word.ToLowerInvariant(lower);
        return CorpusRules.MonthWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..word.Length]);
    }

    private static bool IsDate(string number, bool afterMonth)
    {
        if (number.Length == 4 && int.TryParse(number, out var year) && year is >= 1800 and <= 2100) return true;
        if (number.Length == 10 && number[4] == '-' && number[7] == '-') return true;
        return afterMonth && number.Length <= 2 && int.TryParse(number, out var day) && day is >= 1 and <= 31;
    }
}
