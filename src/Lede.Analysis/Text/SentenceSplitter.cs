using Lede.Analysis.Model;
using Lede.Analysis.Rules;

namespace Lede.Analysis.Text;

/// <summary>
/// Splits text into sentences over its tokens: a line break always ends one; a full stop, "?", "!" or an
/// ellipsis ends one unless the next word is lower-case; abbreviations and initials end one only before a
/// typical sentence opener ("U.S. The"), titles ("Gen.", "Mr.") never. Closing quotes and brackets that
/// follow the full stop belong to the sentence they close. A run of <see cref="MaxSentenceTokens"/> tokens
/// without a boundary is cut there: no real sentence is that long, and the stages after this one scan
/// whole sentences, so an unpunctuated megabyte would otherwise cost quadratic time.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The most tokens one sentence may hold; a longer unpunctuated run is cut into pieces this long.</summary>
    public const int MaxSentenceTokens = 1_000;

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, Tokenizer.Tokenize(text));
    }

    /// <summary>Sentences over the tokens of the whole text (<see cref="Tokenizer.Tokenize"/>), for callers that have them already.</summary>
    internal static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        if (tokens.Count == 0) return sentences;
        var closes = ClosingQuotes(text, tokens);
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i;
            var end = false;
            if (i + 1 == tokens.Count) end = true;
            else if (HasLineBreak(text, tokens[i].End, tokens[i + 1].Start)) end = true;
            else if (i + 1 - first >= MaxSentenceTokens) end = true;
            else if (Terminator(tokens[i].Text) is var kind and not TerminatorKind.None)
            {
                // Further marks ("?!", "...") and closing quotes/brackets stay with this sentence.
                var j = i + 1;
                while (j < tokens.Count && !HasLineBreak(text, tokens[j - 1].End, tokens[j].Start)
                       && (Terminator(tokens[j].Text) == TerminatorKind.Strong || IsClosingAfter(tokens[j - 1], tokens[j], closes[j])))
                    j++;
                last = j - 1;
                if (j == tokens.Count) end = true;
                else if (HasLineBreak(text, tokens[last].End, tokens[j].Start)) end = true;
                // No break without a space: "said.”Then" is a typo, and a boundary inside "U.S.)" would re-tokenize differently.
                else end = tokens[j].Start > tokens[last].End && StartsSentence(kind, tokens[j].Text, tokens[last].Text != tokens[i].Text);
                if (!end) last = i;
                else i = last;
            }
            if (!end) continue;
            sentences.Add(new Sentence(tokens[first].Start, tokens[last].End));
            first = last + 1;
        }
        return sentences;
    }

    private enum TerminatorKind { None, Strong, Ellipsis, Abbreviation, Title, Date }

    private static TerminatorKind Terminator(string token)
    {
        if (token is "." or "?" or "!" or "?!" or "!?") return TerminatorKind.Strong;
        if (token == "…" || (token.Length >= 2 && token.AsSpan().IndexOfAnyExcept('.') < 0)) return TerminatorKind.Ellipsis;
        if (token.Length < 2 || token[^1] != '.') return TerminatorKind.None;
        var word = token.AsSpan(0, token.Length - 1);
        if (ContainsCased(TextRules.TitleAbbreviations, word)) return TerminatorKind.Title;
        if (ContainsCased(TextRules.DateAbbreviations, word)) return TerminatorKind.Date;
        return TerminatorKind.Abbreviation;
    }

    private static bool ContainsCased(HashSet<string> set, ReadOnlySpan<char> word)
    {
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word)) return true;
        if (word.Length > 8) return false;
        Span<char> cased = stackalloc char[word.Length];
        cased[0] = word[0];
        for (var i = 1; i < word.Length; i++) cased[i] = char.ToLowerInvariant(word[i]);
        return lookup.Contains(cased);
    }

    private static bool StartsSentence(TerminatorKind kind, string next, bool closedQuote)
    {
        var c = next[0];
        var opensLikeSentence = char.IsUpper(c) || char.IsDigit(c) || Tokenizer.IsOpening(c) || Tokenizer.IsDash(c);
        switch (kind)
        {
            case TerminatorKind.Strong:
            case TerminatorKind.Ellipsis:
                // '"Stop!" she said.' and "...and then" continue the sentence.
                return opensLikeSentence && !(closedQuote && char.IsLower(c));
            case TerminatorKind.Title:
                return false;
            default:
                // "U.S. The", "Inc. He": only a typical opener proves a new sentence; "U.S. Senate" does not.
                if (TextRules.SentenceOpeners.Contains(next)) return true;
                return Tokenizer.IsOpening(c) && c != '(' && c != '[';
        }
    }

    private static bool IsClosingAfter(Token previous, Token token, bool closesQuote)
    {
        if (token.Text.Length != 1) return false;
        var c = token.Text[0];
        if (c is '”' or '’' or ')' or ']' or '}' or '»' or '›') return true;
        // A straight quote touching the full stop closes, and so does one that ends an open quote
        // ('he said . "' in pre-tokenised text); otherwise it opens the next sentence.
        return (c == '"' || c == '\'' || c == '*') && (token.Start == previous.End || closesQuote);
    }

    // For each straight double quote: whether it closes a quote opened earlier in the same paragraph.
    private static bool[] ClosingQuotes(string text, IReadOnlyList<Token> tokens)
    {
        var closes = new bool[tokens.Count];
        var open = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && HasLineBreak(text, tokens[i - 1].End, tokens[i].Start)) open = false;
            if (tokens[i].Text != "\"") continue;
            closes[i] = open;
            open = !open;
        }
        return closes;
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085') return true;
        return false;
    }
}
