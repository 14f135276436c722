using Lede.Analysis.Rules;

namespace Lede.Analysis.Text;

/// <summary>
/// Splits text into words and punctuation the way CoNLL-2003 and the Penn Treebank do: punctuation apart,
/// clitics apart ("Trump" "'s", "does" "n't"), abbreviations, decimals and hyphenated words whole.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of text[start..end) (end -1 = to the end), with offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0 || end > text.Length) end = text.Length;
        if (start < 0) start = 0;
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i])) i++;
            var chunkStart = i;
            while (i < end && !IsSpace(text[i])) i++;
            if (i > chunkStart) SplitChunk(text, chunkStart, i, tokens);
        }
        return tokens;
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    private static void SplitChunk(string text, int s, int e, List<Token> tokens)
    {
        // Opening punctuation comes off the front one mark at a time; a lone clitic ("'s" in pre-split text) stays whole.
        while (s < e)
        {
            var c = text[s];
            if (IsApostrophe(c) && IsBareClitic(text, s + 1, e)) break;
            if (c == '.' || c == '-')
            {
                var run = RunLength(text, s, e, c);
                if (run >= 2 || s + 1 == e) { Add(text, s, s + run, tokens); s += run; continue; }
                break;
            }
            if (IsOpening(c) || IsClosing(c) || IsDash(c) || c == '…' || ((c == '$' || c == '£' || c == '€' || c == '¥') && s + 1 < e && char.IsDigit(text[s + 1])))
            {
                Add(text, s, s + 1, tokens);
                s++;
                continue;
            }
            break;
        }
        if (s >= e) return;

        // Closing punctuation comes off the back; kept on a stack to emit in text order.
        Span<(int Start, int End)> trailing = stackalloc (int, int)[16];
        var trailingCount = 0;
        while (e > s && trailingCount < trailing.Length)
        {
            var c = text[e - 1];
            if (c == '.')
            {
                var run = 1;
                while (e - run - 1 >= s && text[e - run - 1] == '.') run++;
                if (run >= 2) { trailing[trailingCount++] = (e - run, e); e -= run; continue; }
                if (IsAbbreviation(text, s, e)) break;
                trailing[trailingCount++] = (e - 1, e);
                e--;
                continue;
            }
            if (IsClosing(c) || IsOpening(c) || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '…' || IsDash(c))
            {
                trailing[trailingCount++] = (e - 1, e);
                e--;
                continue;
            }
            break;
        }

        if (e > s) SplitWord(text, s, e, tokens);
        for (var k = trailingCount - 1; k >= 0; k--) Add(text, trailing[k].Start, trailing[k].End, tokens);
    }

    // The inside of a chunk: dashes, ellipses and letter/letter slashes separate; clitics split off the end.
    private static void SplitWord(string text, int s, int e, List<Token> tokens)
    {
        var pieceStart = s;
        var i = s;
        while (i < e)
        {
            var c = text[i];
            var sepLength = 0;
            if (c == '—' || c == '―' || c == '…') sepLength = 1;
            // An en dash before a lower-case word is a dash ("debate–published"); between names or numbers it joins ("Israel–Hamas", "1990–95").
            else if (c == '–' && i > s && i + 1 < e && char.IsLetter(text[i - 1]) && char.IsLower(text[i + 1])) sepLength = 1;
            else if (c == '-' && i + 1 < e && text[i + 1] == '-') sepLength = RunLength(text, i, e, '-');
            else if (c == '.' && i + 2 < e && text[i + 1] == '.' && text[i + 2] == '.') sepLength = RunLength(text, i, e, '.');
            else if (c == '/' && i > s && i + 1 < e && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])) sepLength = 1;
            if (sepLength > 0)
            {
                if (i > pieceStart) SplitClitic(text, pieceStart, i, tokens);
                Add(text, i, i + sepLength, tokens);
                i += sepLength;
                pieceStart = i;
                continue;
            }
            i++;
        }
        if (e > pieceStart) SplitClitic(text, pieceStart, e, tokens);
    }

    private static void SplitClitic(string text, int s, int e, List<Token> tokens)
    {
        var len = e - s;
        if (len >= 4 && (text[e - 1] == 't' || text[e - 1] == 'T') && IsApostrophe(text[e - 2]) && (text[e - 3] == 'n' || text[e - 3] == 'N')
            && char.IsLetter(text[e - 4]))
        {
            // "can't" stays "ca" "n't" as in the Treebank.
            Add(text, s, e - 3, tokens);
            Add(text, e - 3, e, tokens);
            return;
        }
        if (len >= 3 && IsApostrophe(text[e - 2]) && char.IsLetter(text[e - 3]) && "sSdDmM".Contains(text[e - 1]))
        {
            Add(text, s, e - 2, tokens);
            Add(text, e - 2, e, tokens);
            return;
        }
        if (len >= 4 && IsApostrophe(text[e - 3]) && char.IsLetter(text[e - 4]))
        {
            var a = char.ToLowerInvariant(text[e - 2]);
            var b = char.ToLowerInvariant(text[e - 1]);
            if ((a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e'))
            {
                Add(text, s, e - 3, tokens);
                Add(text, e - 3, e, tokens);
                return;
            }
        }
        Add(text, s, e, tokens);
    }

    /// <summary>Whether text[s..e), which ends in a full stop, keeps it: known abbreviations, initials, "U.S.".</summary>
    internal static bool IsAbbreviation(string text, int s, int e)
    {
        var len = e - 1 - s;
        if (len <= 0) return false;
        if (len == 1) return char.IsLetter(text[s]);
        var word = text.AsSpan(s, len);
        if (word.Contains('.'))
        {
            // "U.S", "a.m", "D.C": letters separated by full stops, no long runs.
            var run = 0;
            foreach (var c in word)
            {
                if (c == '.') { run = 0; continue; }
                if (!char.IsLetter(c) || ++run > 3) return false;
            }
            return true;
        }
        return KnownAbbreviation(word);
    }

    internal static bool KnownAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length > 8) return false;
        var lookup = TextRules.AbbreviationLookup;
        if (lookup.Contains(word)) return true;
        // "GEN." and "INC." in all-caps headlines.
        Span<char> cased = stackalloc char[word.Length];
        cased[0] = word[0];
        for (var i = 1; i < word.Length; i++) cased[i] = char.ToLowerInvariant(word[i]);
        return lookup.Contains(cased);
    }

    private static bool IsBareClitic(string text, int s, int e)
    {
        var len = e - s;
        if (len == 1) return "sSdDmM".Contains(text[s]);
        if (len != 2) return false;
        var a = char.ToLowerInvariant(text[s]);
        var b = char.ToLowerInvariant(text[s + 1]);
        return (a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e');
    }

    private static int RunLength(string text, int i, int e, char c)
    {
        var n = 0;
        while (i + n < e && text[i + n] == c) n++;
        return n;
    }

    private static void Add(string text, int s, int e, List<Token> tokens) =>
        tokens.Add(new Token(s, e, e - s == 1 && text[s] < OneCharStrings.Length ? OneCharStrings[text[s]] : text.Substring(s, e - s)));

    // One-character ASCII tokens (punctuation, "a", "I", digits: about one token in six) share one string each
    // instead of a new one per token.
    private static readonly string[] OneCharStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    internal static bool IsApostrophe(char c) => c == '\'' || c == '’' || c == '‘' || c == 'ʼ';

    internal static bool IsOpening(char c) => c is '(' or '[' or '{' or '"' or '“' or '‘' or '«' or '‹' or '„' or '\'' or '¿' or '¡' or '*';

    internal static bool IsClosing(char c) => c is ')' or ']' or '}' or '"' or '”' or '’' or '»' or '›' or '\'' or '*';

    internal static bool IsDash(char c) => c is '—' or '–' or '―';
}
