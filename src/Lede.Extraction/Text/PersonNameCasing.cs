using System.Text;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>Writes names set in capitals ("AAMER MADHANI", "SEAN O'BRIEN") the way the person writes them.</summary>
internal static class PersonNameCasing
{
    /// <summary>True when the text has letters and none of them is lower case.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /// <summary>"MARIA DE LA CRUZ" → "Maria de la Cruz", "RONALD MCDONALD JR." → "Ronald McDonald Jr.".</summary>
    public static string FromAllCaps(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(name.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            var word = words[i];
            if (TextRules.NameSuffixes.TryGetValue(word, out var suffix)) sb.Append(suffix);
            else if (i > 0 && i < words.Length - 1 && TextRules.NameParticles.Contains(word)) sb.Append(word.ToLowerInvariant());
            else AppendWord(sb, word);
        }
        return sb.ToString();
    }

    // Capitalises each part of "JEAN-PAUL", "O'BRIEN", "MCDONALD"; initials ("J.") stay as they are.
    private static void AppendWord(StringBuilder sb, string word)
    {
        var startOfPart = true;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsLetter(c))
            {
                sb.Append(c);
                startOfPart = c is '-' or '\'' or '’' or '.';
                continue;
            }
            sb.Append(startOfPart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            // "MC" starts a Gaelic name whose next letter is a capital again: McDonald, McNamee.
            startOfPart = IsMcPrefix(word, i);
        }
    }

    private static bool IsMcPrefix(string word, int i) =>
        i == 1 && word.Length > 3 && (word[0] is 'M' or 'm') && (word[1] is 'C' or 'c') && char.IsLetter(word[2]);
}
