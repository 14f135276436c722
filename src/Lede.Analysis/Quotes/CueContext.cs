using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Where each token stands in its sentence, for the cue classifier's context features: how far the sentence's start, the
/// nearest quote mark on each side and the nearest capitalised word before it (not the sentence's first) lie, and which word
/// opens its clause. The same word is a cue in some sentences and not in others ("Officials [backed] …" against "the plan
/// [backed] by …"); what lies around it, beyond the two words either side, tells them apart. Made in two passes over an
/// article's tokens, so scoring a token reads it without scanning.
/// </summary>
internal sealed class CueContext
{
    // A quote mark further than this after the token, or one past the sentence's end, is none.
    private const int QuoteLookahead = 12;
    // A clause break further than this before the token leaves its clause's opener unknown.
    private const int ClauseLookbehind = 10;

    /// <summary>Per token: the distance class of the nearest quote mark before it (0 none) times 4, plus the one after it.</summary>
    public byte[] QuoteSides { get; }

    /// <summary>Per token: the distance class of its sentence's start (0 the first token, 5 more than ten tokens on).</summary>
    public byte[] SentencePosition { get; }

    /// <summary>Per token: the distance class of the nearest capitalised word before it in its sentence, its first word aside (0 none).</summary>
    public byte[] CapitalBefore { get; }

    /// <summary>Per token: the word that opens its clause (the first after a comma, colon, quote mark, …), or −1.</summary>
    public int[] ClauseOpener { get; }

    private CueContext(int count)
    {
        // Classes of a few values each: a byte a token keeps an article's context small.
        QuoteSides = new byte[count];
        SentencePosition = new byte[count];
        CapitalBefore = new byte[count];
        ClauseOpener = new int[count];
    }

    public static CueContext Of(IReadOnlyList<Token> tokens)
    {
        var context = new CueContext(tokens.Count);
        int sentenceStart = 0, quote = -1, capital = -1, clauseBreak = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            context.SentencePosition[i] = DistanceClass(i - sentenceStart);
            context.QuoteSides[i] = (byte)((quote < 0 ? 0 : i - quote <= 3 ? 1 : i - quote <= 10 ? 2 : 3) * 4);
            context.CapitalBefore[i] = (byte)(capital < 0 ? 0 : i - capital <= 2 ? 1 : i - capital <= 5 ? 2 : 3);
            context.ClauseOpener[i] = clauseBreak >= 0 && clauseBreak >= i - ClauseLookbehind && clauseBreak + 1 < i ? clauseBreak + 1 : -1;
            var text = tokens[i].Text;
            if (IsSentenceEnd(text)) { sentenceStart = i + 1; quote = -1; capital = -1; }
            else
            {
                if (IsQuoteMark(text)) quote = i;
                if (i > 0 && !IsSentenceEnd(tokens[i - 1].Text) && char.IsUpper(text[0])) capital = i;
            }
            if (IsClauseBreak(text)) clauseBreak = i;
        }
        var next = -1;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (next >= 0 && next - i <= QuoteLookahead) context.QuoteSides[i] += (byte)(next - i <= 3 ? 1 : 2);
            var text = tokens[i].Text;
            if (IsSentenceEnd(text)) next = -1;
            else if (IsQuoteMark(text)) next = i;
        }
        return context;
    }

    private static byte DistanceClass(int distance) => distance switch { 0 => 0, 1 => 1, 2 => 2, <= 5 => 3, <= 10 => 4, _ => 5 };

    private static bool IsSentenceEnd(string text) => text is "." or "?" or "!";

    // Only the unambiguous marks: "’" and "'" are apostrophes as often.
    private static bool IsQuoteMark(string text) => text is "“" or "”" or "\"" or "``" or "''";

    private static bool IsClauseBreak(string text) => text is "," or ";" or ":" or "." or "?" or "!" or "(" or "“" or "”" or "\"" or "—" or "–";
}
