using Lede.Analysis.Rules;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Finds the outermost quoted spans of a text in any common marks. Quotes inside quotes stay inside
/// their outer span; a paragraph that opens a quote without closing it continues into the next
/// paragraph when that one opens again (the newspaper convention for long quotes).
/// </summary>
internal static class QuoteMarkScanner
{
    private const int MaxDepth = 4;

    // Stands for the two-apostrophe mark on the stack of open marks.
    private const char DoubledApostrophe = '\uE000';

    /// <summary>
    /// The quoted spans of <paramref name="text"/>. With <paramref name="spacedGuillemets"/> a guillemet opens before a
    /// space too (French sets « quote » apart with spaces); English text never is, so its scan is unchanged.
    /// </summary>
    public static IReadOnlyList<QuotedSpan> Scan(string text, bool spacedGuillemets = false)
    {
        var spans = new List<QuotedSpan>();
        Span<char> stack = stackalloc char[MaxDepth];
        var depth = 0;
        var outerStart = -1;
        var paragraphs = 0;
        // Straight-mark pairs closed inside a straight-mark quote: a quote in straight marks quotes in single ones, so
        // such a pair means the outer mark was stray if it is still open at the paragraph end.
        List<QuotedSpan>? strayInner = null;
        var innerStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (depth > 0 && stack[0] == '"' && strayInner is { Count: > 0 })
                {
                    // "Stray opening … "quoted words" …¶: the stray mark neither spans nor continues; its inner pairs stand.
                    spans.AddRange(strayInner);
                    strayInner.Clear();
                    depth = 0;
                }
                if (depth > 0)
                {
                    // An open quote at the end of a paragraph: continued if the next paragraph opens with a double mark.
                    var next = i;
                    while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                    var doubled = next + 1 < text.Length && text[next] == '\'' && text[next + 1] == '\'';
                    var continues = next < text.Length && (IsDoubleOpener(text[next]) || doubled) && IsDoubleOpener(stack[0])
                        && ++paragraphs < AttributionRules.MaxQuoteParagraphs;
                    if (continues)
                    {
                        stack[0] = doubled ? DoubledApostrophe : text[next];
                        depth = 1;
                        i = next + (doubled ? 2 : 1);
                        continue;
                    }
                    if (IsDoubleOpener(stack[0])) Add(spans, outerStart, TrimEnd(text, i), closed: false);
                    depth = 0;
                }
                i++;
                continue;
            }
            // Two apostrophes stand for a double mark in text that came through ASCII ('' … '').
            if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                if (depth > 0 && stack[depth - 1] == DoubledApostrophe)
                {
                    depth--;
                    if (depth == 0) Add(spans, outerStart, i + 2, closed: true);
                }
                else if (i + 2 < text.Length && !char.IsWhiteSpace(text[i + 2]) && depth < MaxDepth)
                {
                    if (depth == 0) { outerStart = i; paragraphs = 0; }
                    stack[depth++] = DoubledApostrophe;
                }
                i += 2;
                continue;
            }
            if (depth > 0 && IsCloser(text, i, stack[depth - 1]))
            {
                depth--;
                if (depth == 0)
                {
                    Add(spans, outerStart, i + 1, closed: true);
                    strayInner?.Clear();
                }
                else if (depth == 1 && stack[0] == '"' && stack[1] == '"') (strayInner ??= []).Add(new QuotedSpan(innerStart, i + 1, true));
            }
            else if (depth > 1 && ClosesOuter(text, i, stack[..depth], out var level))
            {
                // An inner single mark never closed was an apostrophe ("asked ‘em"): the outer mark closes all.
                depth = level;
                if (depth == 0) Add(spans, outerStart, i + 1, closed: true);
            }
            else if (depth == 0 && IsClosingMarkAsOpener(text, i))
            {
                // "¶”The plan failed.” ― Jo Park": a closing mark set where the opening one belongs opens the quote.
                outerStart = i;
                paragraphs = 0;
                strayInner?.Clear();
                stack[depth++] = '“';
            }
            else if (AttributionRules.QuotePairs.ContainsKey(c) && IsOpener(text, i, spacedGuillemets) && depth < MaxDepth)
            {
                if (depth == 0) { outerStart = i; paragraphs = 0; strayInner?.Clear(); }
                if (depth == 1) innerStart = i;
                stack[depth++] = c;
            }
            i++;
        }
        if (depth > 0 && IsDoubleOpener(stack[0])) Add(spans, outerStart, TrimEnd(text, text.Length), closed: false);
        return spans;
    }

    private static void Add(List<QuotedSpan> spans, int start, int end, bool closed)
    {
        if (end - start <= 2 || end - start > (closed ? AttributionRules.MaxClosedQuoteChars : AttributionRules.MaxQuoteChars)) return;
        spans.Add(new QuotedSpan(start, end, closed));
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static bool EndsParagraph(string text, int from)
    {
        for (var k = from; k < text.Length; k++)
        {
            if (text[k] == '\n') return true;
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return true;
    }

    /// <summary>
    /// A right double mark that opens its paragraph right before a word: no quote can be open there for it to close.
    /// Inside a paragraph it is left as it is.
    /// </summary>
    private static bool IsClosingMarkAsOpener(string text, int i)
    {
        if (text[i] != '”' || i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])) return false;
        var k = i - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u00A0') k--;
        return k < 0 || text[k] == '\n';
    }

    private static bool IsDoubleOpener(char c) => c is '“' or '"' or '«' or '„' or '»' or DoubledApostrophe;

    private static bool IsOpener(string text, int i, bool spacedGuillemets)
    {
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (spacedGuillemets && text[i] is '«' or '»' && next is ' ' or '\u00A0' or '\u202F')
            return i + 2 < text.Length && !char.IsWhiteSpace(text[i + 2]);
        if (char.IsWhiteSpace(next)) return false;
        if (!AttributionRules.SingleMarks.Contains(text[i])) return true;
        // A single mark opens only at a word start: not "don't", "Trump's", "'90s" stays ambiguous but harmless.
        var previous = i > 0 ? text[i - 1] : ' ';
        return !char.IsLetterOrDigit(previous) && char.IsLetter(next);
    }

    private static bool ClosesOuter(string text, int i, ReadOnlySpan<char> open, out int level)
    {
        level = -1;
        for (var d = open.Length - 1; d >= 1; d--)
        {
            if (!AttributionRules.SingleMarks.Contains(open[d])) return false;
            if (IsDoubleOpener(open[d - 1]) && IsCloser(text, i, open[d - 1])) { level = d - 1; return true; }
        }
        return false;
    }

    private static bool IsCloser(string text, int i, char opener)
    {
        var c = text[i];
        // "…,“ said Smith": an opening curly mark after the closing punctuation is a typo for the closing one.
        if (c == '“' && opener == '“' && i > 0 && text[i - 1] is ',' or '.' or '?' or '!' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))) return true;
        if (!AttributionRules.QuotePairs.TryGetValue(opener, out var closers) || !closers.Contains(c)) return false;
        var previous = i > 0 ? text[i - 1] : ' ';
        // A straight mark after a space opens, except as the last mark of its paragraph ("… spring. "¶), where nothing follows to quote.
        if (c == opener && char.IsWhiteSpace(previous) && c != '\'' && !EndsParagraph(text, i + 1)) return false;
        if (!AttributionRules.SingleMarks.Contains(c)) return true;
        // An apostrophe inside a word ("don’t") does not close a single-quoted span.
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsLetterOrDigit(next) && !char.IsWhiteSpace(previous);
    }
}
