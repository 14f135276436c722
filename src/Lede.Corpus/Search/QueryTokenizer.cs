using System.Globalization;
using System.Text;

namespace Lede.Corpus.Search;

/// <summary>
/// Splits text into index tokens the way both full-text indexes do for ordinary words: runs of
/// letters, digits and combining marks, lower-cased. Query words go through the same function.
/// </summary>
internal static class QueryTokenizer
{
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }
}
