using System.Collections.Frozen;
using System.Text;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Metadata;

/// <summary>The text a reader sees in a subtree, one line per block, walked without recursion and capped in length.</summary>
internal static class VisibleText
{
    // Frozen: every element of every walk is looked up in these (tag names, ordinal).
    private static readonly FrozenSet<string> Invisible = FrozenSet.Create(StringComparer.Ordinal, "script", "style", "noscript", "template", "svg", "iframe", "select", "button", "form");
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.Ordinal, "nav", "footer", "aside");
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.Ordinal, "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header", "blockquote", "figcaption", "dd", "dt", "td", "th", "time", "span");

    // Reused per thread: this runs for every date, byline and heading candidate of a page.
    [ThreadStatic] private static StringBuilder? _buffer;
    [ThreadStatic] private static Stack<HtmlNode>? _pending;

    /// <param name="skipHidden">Leave out elements the page hides from readers (<see cref="IsHidden"/>): copies kept for search engines.</param>
    public static string Of(HtmlElement root, int maxChars, bool skipNonStory, bool skipHidden = false)
    {
        var sb = Collect(root, maxChars, skipNonStory, skipHidden);
        var text = sb.Length > maxChars ? sb.ToString(0, maxChars) : sb.ToString();
        Done(sb);
        return text;
    }

    /// <summary>
    /// <see cref="Of"/> passed through <see cref="HeadlineChooser.Normalize(string, bool)"/>, without making the visible
    /// text or its normalised form a string: for a whole page that is two large strings less. The characters sit in a
    /// buffer of this thread's that the next call reuses: read them before asking again.
    /// </summary>
    /// <param name="withoutCopyright">Blank each copyright notice ("© 2020 Jane Roe") to the end of the holder's line: the site's owner, not a byline.</param>
    public static ReadOnlyMemory<char> NormalizedOf(HtmlElement root, int maxChars, bool skipNonStory, bool skipHidden, bool padded, bool withoutCopyright = false)
    {
        var sb = Collect(root, maxChars, skipNonStory, skipHidden);
        var length = Math.Min(sb.Length, maxChars);
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        sb.CopyTo(0, chars, 0, length);
        Done(sb);
        if (withoutCopyright) BlankCopyright(chars.AsSpan(0, length));
        var normalized = _normalized is { } kept && kept.Length >= length + 2 ? kept : new char[Math.Max(length + 2, MinNormalizedChars)];
        var n = HeadlineChooser.NormalizeInto(chars.AsSpan(0, length), padded, normalized);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
        // Bounded as the text buffer is: a page's text up to 256K characters reuses it.
        _normalized = normalized.Length <= 256 * 1024 ? normalized : null;
        return normalized.AsMemory(0, n);
    }

    private const int MaxCopyrightLineChars = 120;

    private static void BlankCopyright(Span<char> text)
    {
        var signs = Rules.MetadataRules.CopyrightSigns;
        // Where each sign next occurs at or after `from` (-1: nowhere more), so each sign's search moves forward only:
        // a page of thousands of "(c)" stays linear.
        Span<int> next = stackalloc int[signs.Length];
        next.Fill(int.MinValue);
        var from = 0;
        while (from < text.Length)
        {
            // The earliest copyright sign still ahead ("©", "(c)", "Copyright").
            int at = -1, sign = 0;
            for (var k = 0; k < signs.Length; k++)
            {
                if (next[k] != -1 && next[k] < from)
                    next[k] = text[from..].IndexOf(signs[k], StringComparison.OrdinalIgnoreCase) is var i and >= 0 ? from + i : -1;
                if (next[k] >= 0 && (at < 0 || next[k] < at)) (at, sign) = (next[k], signs[k].Length);
            }
            if (at < 0) return;
            // The years and the line breaks before the holder's name ("©", "2020" and the name each in an element of its own),
            // then the holder's line.
            var end = at + sign;
            while (end < text.Length && (char.IsWhiteSpace(text[end]) || char.IsDigit(text[end]) || text[end] is '-' or '–' or ',')) end++;
            while (end < text.Length && end - at < MaxCopyrightLineChars && text[end] != '\n') end++;
            text[at..end].Fill(' ');
            from = end;
        }
    }

    private const int MinNormalizedChars = 16 * 1024;
    [ThreadStatic] private static char[]? _normalized;

    // The thread's buffer holding the visible text; it may run past maxChars by the last text appended.
    private static StringBuilder Collect(HtmlElement root, int maxChars, bool skipNonStory, bool skipHidden)
    {
        var sb = _buffer ??= new StringBuilder();
        var stack = _pending ??= new Stack<HtmlNode>();
        sb.Clear();
        stack.Clear();
        stack.Push(root);
        while (stack.Count > 0 && sb.Length < maxChars)
        {
            var node = stack.Pop();
            if (node is HtmlText t)
            {
                var data = t.DataSpan;
                if (!data.IsWhiteSpace()) sb.Append(data.Trim()).Append(' ');
                continue;
            }
            if (node is not HtmlElement e) continue;
            if (Invisible.Contains(e.LocalName)) continue;
            if (skipNonStory && e != root && (Skipped.Contains(e.LocalName) || IsNonStoryBlock(e))) continue;
            if (skipHidden && IsHidden(e)) continue;
            if (Blocks.Contains(e.LocalName) && sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
            for (var child = e.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
        }
        stack.Clear();
        return sb;
    }

    private static void Done(StringBuilder sb)
    {
        // Bounded: the page's whole text (up to MaxShownAuthorChars) reuses it, anything larger is let go.
        if (sb.Capacity > 256 * 1024) _buffer = null;
    }

    /// <summary>
    /// The element is hidden from readers: the <c>hidden</c> attribute, an inline <c>display:none</c> or <c>visibility:hidden</c>,
    /// or a class that hides it ("hidden", "sr-only", "rich-snippet-hidden"). Themes print such copies of the byline for
    /// search engines; what a reader never sees is not the page's byline.
    /// </summary>
    internal static bool IsHidden(HtmlElement e)
    {
        if (e.Attributes.Length == 0) return false;
        if (e.HasAttribute("hidden")) return true;
        // Read in place: this runs for every element of the page walk, so it must not allocate.
        if (e.AttributeSpan("style") is { Length: > 0 } style && Rules.MetadataRules.HiddenStyle().IsMatch(style)) return true;
        if (e.AttributeSpan("class") is not { Length: > 0 } cls) return false;
        var hidden = false;
        var lookup = HiddenClassLookup;
        var rest = cls;
        while (rest.Length > 0)
        {
            var space = rest.IndexOfAny(' ', '\t', '\n');
            var token = space < 0 ? rest : rest[..space];
            rest = space < 0 ? default : rest[(space + 1)..];
            if (token.Length == 0) continue;
            // "hidden md:block", "d-none d-lg-flex": hidden on small screens only, shown on others.
            if (token.Contains(':') || (token.StartsWith("d-", StringComparison.OrdinalIgnoreCase) && !token.Equals("d-none", StringComparison.OrdinalIgnoreCase))) return false;
            if (lookup.Contains(token)) hidden = true;
        }
        return hidden;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HiddenClassLookup =
        Rules.MetadataRules.HiddenClasses.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The element or one of its few nearest ancestors is hidden (<see cref="IsHidden"/>).</summary>
    internal static bool InHidden(HtmlElement e)
    {
        var depth = 0;
        for (var p = e; p is not null && p.LocalName is not ("body" or "html") && depth < MaxHiddenDepth; p = p.ParentElement, depth++)
            if (IsHidden(p)) return true;
        return false;
    }

    private const int MaxHiddenDepth = 12;

    private static bool IsNonStoryBlock(HtmlElement e) => DateCandidateCollector.MarkedWith(e, Rules.MetadataRules.NonStoryTokens);
}
