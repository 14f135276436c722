namespace Lede.Extraction.Html.Parsing;

/// <summary>
/// Finds where a raw-text body (script, style, textarea, title...) ends, as the HTML tokenizer does: at its own end
/// tag, except that inside a script's "&lt;!--" a nested "&lt;script&gt;" hides the next "&lt;/script&gt;" (the
/// escaped and double-escaped script states).
/// </summary>
internal static class RawTextScanner
{
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static int IndexOf(ReadOnlySpan<char> html, ReadOnlySpan<char> value, int from)
    {
        var at = html[from..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Start of the end tag <c>&lt;/name</c> that closes a raw-text or RCDATA body, or the input's end.</summary>
    public static int RawTextEnd(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
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
    public static int ScriptEnd(ReadOnlySpan<char> html, int from)
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
