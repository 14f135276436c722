using System.Buffers;

namespace Lede.Extraction.Html;

/// <summary>
/// One linear scan over raw markup before parsing, doing two jobs:
/// <list type="bullet">
/// <item>Bounds tag nesting. An HTML parser checks element scopes against its stack of open elements at every
/// start tag, so 100,000 unclosed &lt;div&gt;s cost it quadratic time; start tags past the limit (and as many
/// end tags) are dropped, their text kept.</item>
/// <item>Empties the bodies of &lt;script&gt; (all but JSON-LD) and &lt;style&gt; elements. Nothing reads them,
/// they are a third of a typical page's characters, and the parser would copy each into a text node.</item>
/// </list>
/// Tags are found the way the HTML tokenizer finds them (quoted attribute values, comments, raw-text and
/// RCDATA elements, script escapes), so a cut never lands anywhere the parser would see markup.
/// A page with nothing to cut is returned as the same string.
/// </summary>
internal static class MarkupPrescanner
{
    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // Auto-closed by their next sibling in practice, so they never pile up.
        "p", "li", "option", "dt", "dd", "tr", "td", "th",
    };

    // Elements whose content the tokenizer reads as text up to their own end tag (HTML namespace only).
    private static readonly HashSet<string> TextOnlyTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
    };

    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create("\t\n\f\r />");

    /// <summary>Returns the markup with script/style bodies emptied and nesting past <paramref name="maxDepth"/> flattened.</summary>
    /// <param name="cutNesting">True when tags were dropped to respect the depth limit.</param>
    public static string Prepare(string html, int maxDepth, out bool cutNesting)
    {
        var cuts = Scan(html, maxDepth, out cutNesting);
        if (cuts.Count == 0) return html;
        var removed = 0;
        foreach (var (start, end) in cuts) removed += end - start;
        return string.Create(html.Length - removed, (html, cuts), static (output, state) =>
        {
            var (source, list) = state;
            var length = Compact(source, list, output);
            System.Diagnostics.Debug.Assert(length == output.Length);
        });
    }

    /// <summary>Prepares markup in place (the cuts only ever move text left); returns its new length.</summary>
    public static int Prepare(Span<char> html, int maxDepth, out bool cutNesting)
    {
        var cuts = Scan(html, maxDepth, out cutNesting);
        return cuts.Count == 0 ? html.Length : Compact(html, cuts, html);
    }

    /// <summary>Copies <paramref name="source"/> without the cut ranges into <paramref name="output"/> (which may be the same memory).</summary>
    private static int Compact(ReadOnlySpan<char> source, List<(int Start, int End)> cuts, Span<char> output)
    {
        int copied = 0, at = 0;
        foreach (var (start, end) in cuts)
        {
            source[copied..start].CopyTo(output[at..]);
            at += start - copied;
            copied = end;
        }
        source[copied..].CopyTo(output[at..]);
        return at + source.Length - copied;
    }

    /// <summary>The ranges [start, end) to remove, in order and not overlapping.</summary>
    private static List<(int Start, int End)> Scan(ReadOnlySpan<char> html, int limit, out bool cutNesting)
    {
        var cuts = new List<(int, int)>();
        cutNesting = false;
        int depth = 0, excess = 0, foreign = 0, i = 0;
        while ((i = IndexOf(html, '<', i)) >= 0 && i + 1 < html.Length)
        {
            var second = html[i + 1];
            if (second == '!' || second == '?')
            {
                i = MarkupDeclarationEnd(html, i, foreign > 0);
                continue;
            }
            var closing = second == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "</>" is dropped and "</3" is a bogus comment up to '>'; "<3" is text.
                i = closing ? MarkupDeclarationEnd(html, i, false) : i + 1;
                continue;
            }
            var nameEnd = html[nameStart..].IndexOfAny(TagNameEnd);
            nameEnd = nameEnd < 0 ? html.Length : nameStart + nameEnd;
            var tagEnd = TagEnd(html, nameEnd);
            if (tagEnd < 0) break; // an unfinished tag at the end is dropped by the tokenizer: nothing follows it
            var name = html.Slice(nameStart, nameEnd - nameStart);
            var selfClosing = html[tagEnd - 1] == '/';
            var next = tagEnd + 1;
            var drop = false;
            if (closing)
            {
                if (foreign > 0 && (name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase))) foreign--;
                if (!IsVoid(name)) { if (excess > 0) { excess--; drop = true; } else if (depth > 0) depth--; }
            }
            else
            {
                if (!selfClosing && !IsVoid(name))
                {
                    if (depth >= limit) { excess++; drop = true; }
                    else depth++;
                }
                if (foreign > 0 || !selfClosing && (name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase)))
                {
                    // SVG and MathML content is markup even inside their <script>, <style> and <title>.
                    if (!selfClosing && (name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase))) foreign++;
                }
                else if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
                {
                    if (drop) { cuts.Add((i, tagEnd + 1)); cutNesting = true; }
                    break; // everything after it is text
                }
                else if (IsTextOnly(name))
                {
                    // The body runs to the element's own end tag; the end tag itself is met next.
                    var isScript = name.Equals("script", StringComparison.OrdinalIgnoreCase);
                    var bodyEnd = isScript ? ScriptEnd(html, next) : RawTextEnd(html, next, name);
                    var emptied = isScript ? !MayBeJsonLd(html[nameEnd..tagEnd]) : name.Equals("style", StringComparison.OrdinalIgnoreCase);
                    if (drop) { cuts.Add((i, tagEnd + 1)); cutNesting = true; drop = false; }
                    if (emptied && bodyEnd > next) cuts.Add((next, bodyEnd));
                    next = bodyEnd;
                }
            }
            if (drop) { cuts.Add((i, tagEnd + 1)); cutNesting = true; }
            i = next;
        }
        return cuts;
    }

    private static int IndexOf(ReadOnlySpan<char> html, char c, int from)
    {
        var at = html[from..].IndexOf(c);
        return at < 0 ? -1 : from + at;
    }

    private static int IndexOf(ReadOnlySpan<char> html, ReadOnlySpan<char> value, int from)
    {
        var at = html[from..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    private static bool IsVoid(ReadOnlySpan<char> name) => VoidTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static bool IsTextOnly(ReadOnlySpan<char> name) => TextOnlyTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>JSON-LD is read later, so its body stays; an attribute with a character reference ("ld&amp;#x2B;json") may be one.</summary>
    private static bool MayBeJsonLd(ReadOnlySpan<char> attributes) =>
        attributes.Contains("ld+json", StringComparison.OrdinalIgnoreCase) || attributes.Contains('&');

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>
    /// Index of the '&gt;' that closes a tag whose name ends at <paramref name="at"/>, or -1 when the input ends first.
    /// Follows the tokenizer's attribute states: a '&gt;' inside a quoted value does not close the tag.
    /// </summary>
    private static int TagEnd(ReadOnlySpan<char> html, int at)
    {
        var i = at;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>') return i;
            if (IsSpace(c) || c == '/') { i++; continue; }
            // Attribute name: its first character may be anything (even '=' or a quote).
            i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '=')) i++;
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length) return -1;
            var quote = html[i];
            if (quote is '"' or '\'')
            {
                var close = IndexOf(html, quote, i + 1);
                if (close < 0) return -1;
                i = close + 1;
            }
            else
            {
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>') i++;
            }
        }
        return -1;
    }

    /// <summary>End (exclusive) of a comment, doctype, CDATA or bogus comment starting at <paramref name="at"/>.</summary>
    private static int MarkupDeclarationEnd(ReadOnlySpan<char> html, int at, bool inForeignContent)
    {
        if (inForeignContent && html[at..].StartsWith("<![CDATA["))
        {
            var close = IndexOf(html, "]]>", at + 9);
            return close < 0 ? html.Length : close + 3;
        }
        if (html[at..].StartsWith("<!--"))
        {
            var body = at + 4;
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (body < html.Length && html[body] == '>') return body + 1;
            if (body + 1 < html.Length && html[body] == '-' && html[body + 1] == '>') return body + 2;
            for (var j = body; ; j++)
            {
                j = IndexOf(html, "--", j);
                if (j < 0) return html.Length;
                if (j + 2 < html.Length && html[j + 2] == '>') return j + 3;
                if (j + 3 < html.Length && html[j + 2] == '!' && html[j + 3] == '>') return j + 4;
            }
        }
        var end = IndexOf(html, '>', at + 2);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>Start of the end tag <c>&lt;/name</c> that closes a raw-text or RCDATA body, or the input's end.</summary>
    private static int RawTextEnd(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        var i = from;
        while ((i = IndexOf(html, "</", i)) >= 0)
        {
            if (IsEndTag(html, i, name)) return i;
            i += 2;
        }
        return html.Length;
    }

    /// <summary>True when an end tag for <paramref name="name"/> (any case, followed by space, '/' or '&gt;') starts at <paramref name="at"/>.</summary>
    private static bool IsEndTag(ReadOnlySpan<char> html, int at, ReadOnlySpan<char> name)
    {
        var after = at + 2 + name.Length;
        return after < html.Length
            && html.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
            && (IsSpace(html[after]) || html[after] is '/' or '>');
    }

    /// <summary>
    /// Start of the &lt;/script&gt; that ends a script body. A body with "&lt;!--" in it goes through the
    /// tokenizer's escaped and double-escaped states, where a nested "&lt;script&gt;" hides the next end tag.
    /// </summary>
    private static int ScriptEnd(ReadOnlySpan<char> html, int from)
    {
        var end = -1;
        while (true)
        {
            // The first end tag at or after 'from' stays the same while 'from' has not passed it.
            if (end < from) end = RawTextEnd(html, from, "script");
            var comment = html[from..end].IndexOf("<!--", StringComparison.Ordinal);
            if (comment < 0) return end;
            var at = EscapedScriptEnd(html, from + comment + 4, out var ended);
            if (ended) return at;
            from = at; // "-->" led back to plain script data
        }
    }

    /// <summary>
    /// Scans the escaped states that follow "&lt;!--" in a script body. Returns the start of the end tag
    /// (<paramref name="ended"/> true), or the index after the "--&gt;" that returns to plain script data.
    /// </summary>
    private static int EscapedScriptEnd(ReadOnlySpan<char> html, int i, out bool ended)
    {
        ended = true;
        var doubleEscaped = false;
        var dashes = 2;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '-') { dashes++; i++; continue; }
            if (c == '>' && dashes >= 2) { ended = false; return i + 1; }
            dashes = 0;
            if (c != '<') { i++; continue; }
            if (!doubleEscaped && IsEndTag(html, i, "script")) return i;
            var slash = i + 1 < html.Length && html[i + 1] == '/';
            var nameAt = slash ? i + 2 : i + 1;
            if (nameAt + 6 < html.Length && html.Slice(nameAt, 6).Equals("script", StringComparison.OrdinalIgnoreCase)
                && (IsSpace(html[nameAt + 6]) || html[nameAt + 6] is '/' or '>'))
            {
                // "<script" enters the double-escaped state, "</script" inside it leaves it.
                if (slash == doubleEscaped) doubleEscaped = !doubleEscaped;
                i = nameAt + 6;
                continue;
            }
            i++;
        }
        return html.Length;
    }
}
