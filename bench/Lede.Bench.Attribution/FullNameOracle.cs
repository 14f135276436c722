using System.Text.RegularExpressions;
using Lede.Analysis.Rules;

namespace Lede.Bench.Attribution;

/// <summary>
/// The full name a gold source refers to, where the gold itself tells: a source whose last capitalised
/// word is the surname of a longer capitalised name in the article ("Clinton" → "Hillary Clinton").
/// Pronoun and common-noun sources have no gold full name and are left out.
/// </summary>
internal static partial class FullNameOracle
{
    public static string? FullName(string text, string source)
    {
        // The person is the first run of capitalised words ("Josh Bivens, an economist at the Economic Policy Institute").
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StripPossessive).ToArray();
        // A capitalised run followed by a lower-case word modifies a noun ("the New York businessman", "White House
        // press secretary Jo Park"): it is no name, and the person is the next run, if any.
        int first = -1, last = -1;
        for (var from = 0; from < words.Length; from = last + 1)
        {
            first = Array.FindIndex(words, from, w => w.Length > 1 && char.IsUpper(w[0]) && !AffiliationWords.Contains(w)
                && !AttributionRules.RoleHeads.Contains(w) && !AttributionRules.Determiners.Contains(w));
            if (first < 0) return null;
            last = first;
            while (last + 1 < words.Length && words[last + 1].Length > 0 && char.IsUpper(words[last + 1][0]) && !source.Contains(words[last] + ",")) last++;
            var modifier = last + 1 < words.Length && words[last + 1].Length > 0 && char.IsLower(words[last + 1][0])
                && !source.Contains(words[last] + ",") && !source.Contains(words[last] + "'s") && !source.Contains(words[last] + "’s")
                && words[last + 1] is not ("of" or "from" or "at" or "in" or "and" or "who");
            if (!modifier) break;
            first = -1;
        }
        if (first < 0) return null;
        var surname = words[last];
        if (surname.Length < 2 || !char.IsUpper(surname[0]) || !surname.Skip(1).Any(char.IsLower)) return null;
        var counts = new Dictionary<string, int>();
        foreach (Match m in NamePattern(surname).Matches(text))
        {
            var all = m.Value.Split((char[])[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            // Keep the words after the last title or function word: "Sen. Ted Cruz", "When Clinton".
            var from = 0;
            for (var i = 0; i < all.Length - 1; i++)
                if (all[i].EndsWith('.') && !(all[i].Length == 2 && char.IsUpper(all[i][0])) || AffiliationWords.Contains(all[i])
                    || AttributionRules.RoleHeads.Contains(all[i]) || AttributionRules.Honorifics.Contains(all[i])
                    || AttributionRules.SourceBoundaries.Contains(all[i]) || AttributionRules.Determiners.Contains(all[i])
                    || all[i].EndsWith("’s", StringComparison.Ordinal) || all[i].EndsWith("'s", StringComparison.Ordinal)) from = i + 1;
            var name = all[from..];
            if (name.Length < 2) continue;
            if (name.Length > 3) name = name[^2..];
            var candidate = string.Join(' ', name);
            counts[candidate] = counts.GetValueOrDefault(candidate) + 1;
        }
        var ranked = counts.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key.Length).ToArray();
        if (ranked.Length == 0) return null;
        // Two people the article names as often ("Barack Obama" and "Michelle Obama" once each): the gold does not tell which.
        if (ranked.Length > 1 && ranked[1].Value == ranked[0].Value && IsOtherPerson(ranked[0].Key, ranked[1].Key)) return null;
        return ranked[0].Key;
    }

    // Words journalists put before a name that are not part of it.
    private static readonly HashSet<string> AffiliationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Democrat", "Republican", "Democratic", "GOP", "Former", "State", "Senator", "Rep", "Sen", "Gov", "Fr", "Rev", "AG", "Assemblywoman", "Assemblyman", "Mayor", "Candidate", "See", "And", "But",
    };

    private static bool IsOtherPerson(string name, string other)
    {
        var words = name.Split(' ');
        var otherWords = other.Split(' ');
        return words[0] != otherWords[0] && !words.All(otherWords.Contains) && !otherWords.All(words.Contains);
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd(',', '.');

    private static Regex NamePattern(string surname) =>
        new(@"(?<![\w.])(?:[A-Z][\w.'’-]*[ \u00A0]){1,4}" + Regex.Escape(surname) + @"\b", RegexOptions.CultureInvariant);
}
