using System.Text;
using Lede.Corpus.Rules;

namespace Lede.Corpus.Timeline;

/// <summary>
/// Turns a claim's unit into the key its figures are grouped by: lower case, hedges and
/// determiners dropped, synonyms unified and the last word singular, so "the living hostages",
/// "Living hostages" and "living hostage" are one measure.
/// </summary>
internal static class MeasureNormaliser
{
    public static string? Normalise(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        var lowered = unit.Trim().ToLowerInvariant();
        if (CorpusRules.UnitSynonyms.TryGetValue(lowered, out var whole)) return whole;

        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in lowered + " ")
        {
            if (char.IsLetterOrDigit(c) || c is '%' or '$' or '€' or '£' or '-')
            {
                sb.Append(c);
                continue;
            }
            if (sb.Length > 0)
            {
                var w = sb.ToString();
                if (!CorpusRules.UnitNoiseWords.Contains(w) && !w.All(char.IsDigit)) words.Add(w);
                sb.Clear();
            }
        }
        if (words.Count == 0) return null;
        for (var i = 0; i < words.Count; i++)
        {
            if (CorpusRules.UnitSynonyms.TryGetValue(words[i], out var s)) words[i] = s;
        }
        words[^1] = Singular(words[^1]);
        return string.Join(' ', words);
    }

    private static string Singular(string word)
    {
        if (word.Length <= 3 || CorpusRules.NotPlural.Contains(word)) return word;
        foreach (var (plural, singular) in CorpusRules.PluralSuffixes)
        {
            if (word.EndsWith(plural, StringComparison.Ordinal) && word.Length - plural.Length >= 2)
            {
                // "-ss" words ("witness") are singular already.
                if (plural == "s" && word.EndsWith("ss", StringComparison.Ordinal)) return word;
                return word[..^plural.Length] + singular;
            }
        }
        return word;
    }
}
