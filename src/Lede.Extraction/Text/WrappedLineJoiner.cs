using System.Text;

namespace Lede.Extraction.Text;

/// <summary>
/// Puts back together paragraphs that a text browser or converter broke at a fixed width (lynx and w3m dumps,
/// html2text's 78 columns, e-mail's 72): without this every wrapped line of the story reads as a line of its own,
/// too short to be prose, and the story is lost. Text is taken as hard-wrapped when nearly every line fits within one
/// width and, of the lines that end just short of it, enough go on in mid-sentence (the next line opens in lower case);
/// then a line joins the one before it when its first word would not have fitted there, which is why the wrapper
/// broke the line. Unwrapped text whose lines are all short (menus, lists) has lines near its longest too, but the
/// lines after them open new blocks, in capitals.
/// </summary>
internal static class WrappedLineJoiner
{
    // Fewer lines than this cannot show a wrapping width.
    private const int MinLines = 20;

    // Widths text browsers and converters wrap at lie in this range; longer "widths" are unwrapped prose.
    private const int MinWidth = 40;
    private const int MaxWidth = 160;

    // The wrap width is the line length that all but this share of lines stay within (a URL or table row may overrun).
    private const double OverrunShare = 0.02;

    // A wrapped line ends within this many characters of the width: a long word moved to the next line leaves that gap.
    private const int FullLineSlack = 14;

    // Lines that end near the width and are followed by text: at least this many, and this share of them followed by a
    // line in lower case, for the text to count as wrapped (0 to 0.15 on unwrapped dev pages, up to 0.9 on wrapped ones).
    private const int MinFullLines = 6;
    private const double MinLowerCaseContinuations = 0.2;

    // Shorter lines are not counted as full whatever the width (menus and headings).
    private const int CountedLineChars = 20;

    /// <summary>The text with wrapped paragraphs joined, or the same instance when it is not hard-wrapped.</summary>
    public static string Join(string text)
    {
        var width = WrapWidth(text.Split('\n'));
        // The next line's first word would not have fitted after this one: the wrapper broke here.
        return width == 0 ? text : Rejoin(text, (line, next) =>
            line.Length + 1 + (next.IndexOf(' ') is var space and > 0 ? space : next.Length) > width ? " " : null);
    }

    /// <summary>
    /// Joins lines that are pieces of one sentence: a crawler that writes every text node on a line of its own
    /// (BeautifulSoup's <c>get_text("\n")</c>) breaks a paragraph at each link ("The", "mayor", "said on Tuesday …").
    /// A line that opens in lower case or with closing punctuation goes on the sentence of a line that did not end one.
    /// </summary>
    public static string JoinFragments(string text) =>
        Rejoin(text, (line, next) => EndsSentence(line) || !ContinuesSentence(next) ? null
            : char.IsLetterOrDigit(next[0]) ? " " : "");

    // The text again with each line break that `separator` gives a joint for (the line and the next, both non-empty,
    // trimmed) replaced by it; the same instance when nothing joins.
    private static string Rejoin(string text, Func<string, string, string?> separator)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length);
        var joined = false;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var next = lines[i + 1].Trim();
            if (line.Length > 0 && next.Length > 0 && separator(line, next) is { } joint)
            {
                sb.Append(line).Append(joint);
                lines[i + 1] = next;
                joined = true;
            }
            else sb.Append(lines[i]).Append('\n');
        }
        return joined ? sb.Append(lines[^1]).ToString() : text;
    }

    private static bool EndsSentence(ReadOnlySpan<char> line) => line[^1] is '.' or '!' or '?' or ':' or '…' or '"' or '”' or '»' or '|';

    // A word in lower case ("mayor said …"; not an identifier such as "img_2_en", nor a byline's "by") or closing punctuation.
    private static bool ContinuesSentence(string next)
    {
        if (Rules.TextRules.BylinePrefix().IsMatch(next)) return false;
        if (next[0] is ',' or ';' or ')' or ']' or '”' or '’' or '%') return true;
        if (next[0] is '.') return next.Length == 1 || next[1] == ' ';
        if (!char.IsLower(next[0])) return false;
        var word = next.IndexOf(' ') is var space and > 0 ? next[..space] : next;
        foreach (var c in word)
            if (char.IsDigit(c) || c is '_' or '/' or '=' or '@') return false;
        return true;
    }

    /// <summary>The column the text was wrapped at, or 0 when it does not read as hard-wrapped.</summary>
    internal static int WrapWidth(string[] lines)
    {
        var lengths = new List<int>(lines.Length);
        foreach (var line in lines)
        {
            var length = line.AsSpan().TrimEnd().Length;
            if (length > 0) lengths.Add(length);
        }
        if (lengths.Count < MinLines) return 0;
        lengths.Sort();
        var width = lengths[(int)Math.Floor((1 - OverrunShare) * (lengths.Count - 1))];
        if (width is < MinWidth or > MaxWidth) return 0;
        int full = 0, lowerCase = 0;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var length = lines[i].AsSpan().TrimEnd().Length;
            if (length < Math.Max(CountedLineChars, width - FullLineSlack) || length > width) continue;
            var next = lines[i + 1].AsSpan().Trim();
            if (next.IsEmpty) continue;
            full++;
            if (char.IsLower(next[0])) lowerCase++;
        }
        return full >= MinFullLines && lowerCase >= MinLowerCaseContinuations * full ? width : 0;
    }
}
