using System.Text;

namespace Lede.Extraction.Html;

/// <summary>
/// Bounds tag nesting in raw markup before parsing. An HTML parser checks element scopes against its
/// stack of open elements at every start tag, so 100,000 unclosed &lt;div&gt;s cost it quadratic time;
/// start tags past the limit (and as many end tags) are dropped, their text kept. One linear scan;
/// pages that stay under the limit (all real ones) are returned untouched.
/// </summary>
internal static class MarkupDepthLimiter
{
    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // Auto-closed by their next sibling in practice, so they never pile up.
        "p", "li", "option", "dt", "dd", "tr", "td", "th",
    };

    public static string Limit(string html, int maxDepth, out bool changed)
    {
        changed = false;
        if (MaxDepth(html, maxDepth, null) <= maxDepth) return html;
        var output = new StringBuilder(html.Length);
        MaxDepth(html, maxDepth, output);
        changed = true;
        return output.ToString();
    }

    /// <summary>Scans tags; with <paramref name="output"/>, copies the markup without the start tags past the limit.</summary>
    private static int MaxDepth(string html, int limit, StringBuilder? output)
    {
        int depth = 0, max = 0, excess = 0, copied = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var second = html[i + 1];
            if (second == '!')
            {
                var end = html.AsSpan(i).StartsWith("<!--") ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i + 2);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }
            var closing = second == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosing = html[tagEnd - 1] == '/';
            var drop = false;
            var next = tagEnd + 1;
            if (closing)
            {
                if (!IsVoid(name)) { if (excess > 0) { excess--; drop = true; } else if (depth > 0) depth--; }
            }
            else if (!selfClosing && !IsVoid(name))
            {
                if (depth >= limit)
                {
                    if (output is null) return limit + 1;
                    excess++;
                    drop = true;
                }
                else if (++depth > max) max = depth;
                // Raw-text elements: their content is not markup; their end tag is met next.
                var isScript = name.Equals("script", StringComparison.OrdinalIgnoreCase);
                if (isScript || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    var close = html.IndexOf(isScript ? "</script" : "</style", tagEnd, StringComparison.OrdinalIgnoreCase);
                    next = close < 0 ? html.Length : close;
                }
            }
            if (output is not null && drop)
            {
                output.Append(html, copied, i - copied);
                copied = tagEnd + 1;
            }
            i = next;
        }
        if (output is not null) output.Append(html, copied, html.Length - copied);
        return max;
    }

    private static bool IsVoid(ReadOnlySpan<char> name) => VoidTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
}
