using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace Lede.Extraction.Html.Parsing;

/// <summary>
/// Decodes character references (&amp;amp; &amp;#8217; &amp;#x2019;) the way the HTML tokenizer does, including the
/// legacy names a browser accepts without a semicolon. Names are looked up in AngleSharp's table of the
/// 2,231 HTML entities.
/// </summary>
internal static class CharacterReferences
{
    private const int MaxNameChars = 32;
    private static readonly IEntityProvider Entities = HtmlEntityProvider.Resolver;

    // The names the HTML standard also matches without a trailing semicolon.
    private static readonly FrozenSet<string> LegacyNames = FrozenSet.ToFrozenSet(
    [
        "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil", "ETH", "Eacute", "Ecirc",
        "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash",
        "Otilde", "Ouml", "QUOT", "REG", "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute",
        "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg",
        "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt", "iacute", "icirc", "iexcl",
        "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro", "middot", "nbsp", "not", "ntilde", "oacute", "ocirc",
        "ograve", "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy",
        "sup1", "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml",
    ], StringComparer.Ordinal);

    // What numeric references to the C1 control range mean (windows-1252), per the HTML standard.
    private static readonly char[] C1Replacements =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>
    /// Appends <paramref name="raw"/> to <paramref name="sb"/> with references decoded, CR and CRLF read as LF,
    /// and NUL dropped (text) or replaced (attribute values).
    /// </summary>
    public static void Decode(ReadOnlySpan<char> raw, bool inAttribute, StringBuilder sb)
    {
        var i = 0;
        while (i < raw.Length)
        {
            var next = raw[i..].IndexOfAny('&', '\r', '\0');
            if (next < 0) { sb.Append(raw[i..]); return; }
            sb.Append(raw.Slice(i, next));
            i += next;
            var c = raw[i];
            if (c == '\r')
            {
                sb.Append('\n');
                i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (c == '\0')
            {
                if (inAttribute) sb.Append('\uFFFD');
                i++;
                continue;
            }
            i = DecodeReference(raw, i, inAttribute, sb);
        }
    }

    /// <summary>Appends raw text (script, style, CDATA) with CR and CRLF read as LF and NUL replaced.</summary>
    public static void NormalizeLineBreaks(ReadOnlySpan<char> raw, StringBuilder sb)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r') { sb.Append('\n'); if (i + 1 < raw.Length && raw[i + 1] == '\n') i++; }
            else sb.Append(c == '\0' ? '\uFFFD' : c);
        }
    }

    /// <summary>Decodes the reference starting at the '&amp;' at <paramref name="at"/>; returns the index after it.</summary>
    private static int DecodeReference(ReadOnlySpan<char> raw, int at, bool inAttribute, StringBuilder sb)
    {
        var i = at + 1;
        if (i < raw.Length && raw[i] == '#') return DecodeNumeric(raw, at, sb);
        var end = i;
        while (end < raw.Length && end - i < MaxNameChars && char.IsAsciiLetterOrDigit(raw[end])) end++;
        if (end == i) { sb.Append('&'); return i; }
        var name = raw[i..end];
        if (end < raw.Length && raw[end] == ';' && Entities.GetSymbol(string.Concat(name, ";")) is { } symbol)
        {
            sb.Append(symbol);
            return end + 1;
        }
        var lookup = LegacyNames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(name.Length, 6); length >= 2; length--)
        {
            if (!lookup.TryGetValue(name[..length], out var legacy)) continue;
            var after = i + length;
            // In an attribute "&copy=1" or "&notit" stays as written (it is usually part of a URL).
            if (inAttribute && after < raw.Length && (char.IsAsciiLetterOrDigit(raw[after]) || raw[after] == '=')) break;
            if (Entities.GetSymbol(legacy + ";") is not { } value) break;
            sb.Append(value);
            return after;
        }
        sb.Append('&');
        return i;
    }

    private static int DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    private static int DecodeNumeric(ReadOnlySpan<char> raw, int at, StringBuilder sb)
    {
        var i = at + 2;
        var hex = i < raw.Length && raw[i] is 'x' or 'X';
        if (hex) i++;
        var start = i;
        long value = 0;
        while (i < raw.Length && (hex ? char.IsAsciiHexDigit(raw[i]) : char.IsAsciiDigit(raw[i])))
        {
            if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + DigitValue(raw[i]);
            i++;
        }
        if (i == start)
        {
            // "&#" or "&#x" with no digits is text.
            sb.Append(raw[at..i]);
            return i;
        }
        if (i < raw.Length && raw[i] == ';') i++;
        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF) sb.Append('\uFFFD');
        else if (value is >= 0x80 and <= 0x9F) sb.Append(C1Replacements[value - 0x80]);
        else if (value < 0x10000) sb.Append((char)value);
        else sb.Append(char.ConvertFromUtf32((int)value));
        return i;
    }
}
