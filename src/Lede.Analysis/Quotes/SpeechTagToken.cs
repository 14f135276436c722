namespace Lede.Analysis.Quotes;

/// <summary>A word or a punctuation mark of a text read for speech tags; a line break is a mark of its own.</summary>
internal readonly record struct SpeechTagToken(int Start, int End, bool IsWord)
{
    // The token list's first capacity: about one token (a word or a mark) per this many characters of text.
    private const int CharsPerTokenEstimate = 5;

    // An elided article or pronoun has at most this many letters before its apostrophe ("l’", "qu’").
    private const int MaxElidedWordLetters = 2;

    /// <summary>
    /// Words (letters and digits, with inner hyphens, apostrophes and dots) and single marks. An elided article or
    /// pronoun ("l’", "d’", "qu’", "s’") is a word of its own; a word keeps its trailing dot where word and dot are a
    /// listed honorific ("Dr.", "M.").
    /// </summary>
    public static List<SpeechTagToken> Tokenize(string text, IReadOnlySet<string> honorifics)
    {
        var tokens = new List<SpeechTagToken>(text.Length / CharsPerTokenEstimate);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') { tokens.Add(new SpeechTagToken(i, i + 1, false)); i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c)) { tokens.Add(new SpeechTagToken(i, i + 1, false)); i++; continue; }
            var start = i;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i])) { i++; continue; }
                if (text[i] is '-' or '’' or '\'' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                {
                    // An elision ends a word of one or two letters ("l’", "qu’"): split it off.
                    if (text[i] is '’' or '\'' && i - start <= MaxElidedWordLetters)
                    {
                        tokens.Add(new SpeechTagToken(start, i + 1, true));
                        start = i + 1;
                    }
                    i++;
                    continue;
                }
                break;
            }
            if (i < text.Length && text[i] == '.' && honorifics.Contains(text[start..(i + 1)])) i++;
            tokens.Add(new SpeechTagToken(start, i, true));
        }
        return tokens;
    }
}
