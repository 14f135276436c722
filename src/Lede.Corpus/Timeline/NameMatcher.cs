using System.Text;

namespace Lede.Corpus.Timeline;

/// <summary>
/// Loose name equality for following an entity across articles: case and punctuation aside,
/// a name matches when one is a whole-word run of the other ("Clinton" ~ "Hillary Clinton"),
/// with a minimum length so "US" does not match "U.S. Open".
/// </summary>
internal static class NameMatcher
{
    private const int MinPartialLength = 4;

    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('.' or '\'' or '\u2019'))
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    public static bool Matches(string queryKey, string? name)
    {
        var key = Key(name);
        if (key.Length == 0 || queryKey.Length == 0) return false;
        if (key == queryKey) return true;
        var (shorter, longer) = key.Length < queryKey.Length ? (key, queryKey) : (queryKey, key);
        return shorter.Length >= MinPartialLength && ContainsWords(longer, shorter);
    }

    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="text"/> on word boundaries (both already keys).</summary>
    public static bool ContainsWords(string text, string words)
    {
        for (var i = text.IndexOf(words, StringComparison.Ordinal); i >= 0; i = text.IndexOf(words, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || text[i - 1] == ' ';
            var after = i + words.Length == text.Length || text[i + words.Length] == ' ';
            if (before && after) return true;
        }
        return false;
    }
}
