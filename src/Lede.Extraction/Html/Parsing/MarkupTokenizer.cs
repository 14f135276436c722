using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using Lede.Extraction.Html.Dom;

namespace Lede.Extraction.Html.Parsing;

/// <summary>
/// The HTML tokenizer's states reduced to spans: finds tags, text, comments and doctypes the way a browser's
/// tokenizer does (quoted attribute values, "&lt;" that starts nothing, raw-text and RCDATA bodies, bogus
/// comments), without a token object per token. Comments are skipped; nothing reads them.
/// </summary>
internal sealed class MarkupTokenizer
{
    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create("\t\n\f\r />");
    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create("\t\n\f\r />=");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create("\t\n\f\r >");
    private static readonly SearchValues<char> NeedsDecoding = SearchValues.Create("&\r\0");
    private static readonly SearchValues<char> UpperCase = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // Names every page repeats: read from the markup without allocating a string each time.
    private static readonly FrozenSet<string> CommonNames = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "blockquote", "body", "br", "button", "canvas",
        "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "i", "iframe", "img", "input", "ins", "label", "li", "link", "main", "meta", "nav", "noscript", "ol",
        "option", "p", "path", "picture", "pre", "q", "s", "script", "section", "select", "small", "source", "span", "strong",
        "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "time", "title", "tr", "u", "ul", "video", "g", "use", "circle", "rect", "defs", "symbol", "polygon", "line", "button",
        // Attribute names.
        "class", "id", "href", "src", "srcset", "sizes", "alt", "rel", "type", "name", "content", "property", "itemprop",
        "itemscope", "itemtype", "style", "role", "hidden", "aria-hidden", "aria-label", "datetime", "width", "height",
        "loading", "target", "title", "data-src", "lang", "charset", "http-equiv", "d", "fill", "viewbox", "xmlns",
        "decoding", "async", "defer", "media", "value", "for", "tabindex", "data-id",
    ], StringComparer.Ordinal);
    // Made once: asking the set for it validates its comparer on every call, and this runs for every tag and attribute.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonNameLookup = CommonNames.GetAlternateLookup<ReadOnlySpan<char>>();

    // Names already read on this thread, by a cheap hash of their characters: most names are found here with one
    // comparison, before the lower-casing checks and the two table lookups below.
    private const int NameCacheSlots = 512;
    [ThreadStatic] private static string?[]? _threadNames;
    private readonly string?[] _names;

    private readonly ReadOnlyMemory<char> _source;
    private readonly StringBuilder _scratch = new();
    private const int MaxSharedChars = SharedStrings.MaxSharedChars;
    private int _position;
    private string? _rawTextEnd;      // set while inside a raw-text or RCDATA element
    private bool _rawTextDecodes;     // RCDATA (title, textarea) decodes references
    private bool _plainText;

    public MarkupTokenizer(ReadOnlyMemory<char> source)
    {
        _source = source;
        _names = _threadNames ??= new string?[NameCacheSlots];
        SharedStrings.Trim();
    }

    /// <summary>The tag's lower-case name (start and end tags).</summary>
    public string TagName { get; private set; } = "";
    public bool SelfClosing { get; private set; }
    /// <summary>The start tag's attributes (the first of duplicate names wins); reused for the next tag.</summary>
    public List<HtmlAttribute> Attributes { get; } = [];
    /// <summary>Names of <see cref="Attributes"/> once a tag has many: a hostile tag with 50,000 attributes must not cost a scan each.</summary>
    private readonly HashSet<string> _attributeNames = new(StringComparer.Ordinal);
    private const int AttributesScannedLinearly = 16;
    /// <summary>The text token's references are not decoded (raw text, CDATA); CR and NUL are still normalised.</summary>
    private bool _textIsLiteral;
    private int _textStart, _textLength;
    /// <summary>The doctype names the HTML standard's no-quirks mode (see <see cref="HtmlTreeBuilder"/>).</summary>
    public bool DoctypeIsQuirky { get; private set; }
    /// <summary>Set by the tree builder while the current node is SVG or MathML, where &lt;![CDATA[ is text.</summary>
    public bool InForeignContent { get; set; }

    /// <summary>
    /// The text token, references decoded: a slice of the markup when it needs no decoding (the tree keeps the slice
    /// and makes a string only when asked), else a new string.
    /// </summary>
    public ReadOnlyMemory<char> Text()
    {
        var raw = _source.Slice(_textStart, _textLength);
        if (!raw.Span.ContainsAny(NeedsDecoding)) return raw;
        return Decoded(raw.Span).AsMemory();
    }

    private string Decoded(ReadOnlySpan<char> raw)
    {
        _scratch.Clear();
        if (_textIsLiteral) CharacterReferences.NormalizeLineBreaks(raw, _scratch);
        else CharacterReferences.Decode(raw, inAttribute: false, _scratch);
        return _scratch.ToString();
    }

    /// <summary>The next characters up to the end tag <paramref name="endTag"/> are text (script, style, title, textarea...).</summary>
    public void EnterRawText(string endTag, bool decodesReferences)
    {
        _rawTextEnd = endTag;
        _rawTextDecodes = decodesReferences;
    }

    /// <summary>Everything after the current position is text (&lt;plaintext&gt;).</summary>
    public void EnterPlainText() => _plainText = true;

    public MarkupTokenKind Next()
    {
        var html = _source.Span;
        if (_position >= html.Length) return MarkupTokenKind.EndOfFile;
        if (_plainText) return EmitText(_position, html.Length, literal: false);
        if (_rawTextEnd is not null) return NextRawText(html);
        while (true)
        {
            if (_position >= html.Length) return MarkupTokenKind.EndOfFile;
            var start = _position;
            var lt = FindMarkup(html, start);
            if (lt > start) return EmitText(start, lt, literal: false);
            if (lt < 0) return EmitText(start, html.Length, literal: false);
            // Markup starts at 'lt' == start.
            var second = html[lt + 1];
            if (second == '!')
            {
                if (InForeignContent && html[lt..].StartsWith("<![CDATA["))
                {
                    var close = html[(lt + 9)..].IndexOf("]]>");
                    var end = close < 0 ? html.Length : lt + 9 + close;
                    _position = close < 0 ? html.Length : end + 3;
                    if (end > lt + 9) return EmitText(lt + 9, end, literal: true);
                    continue;
                }
                if (IsDoctype(html, lt)) return ReadDoctype(html, lt);
                _position = DeclarationEnd(html, lt);
                continue;
            }
            if (second == '?')
            {
                _position = BogusCommentEnd(html, lt + 2);
                continue;
            }
            if (second == '/')
            {
                if (lt + 2 < html.Length && html[lt + 2] == '>') { _position = lt + 3; continue; } // "</>" is dropped
                if (lt + 2 < html.Length && !char.IsAsciiLetter(html[lt + 2])) { _position = BogusCommentEnd(html, lt + 2); continue; }
                if (ReadTag(html, lt + 2, closing: true)) return MarkupTokenKind.EndTag;
                _position = html.Length; // an unfinished tag at the end is dropped
                return MarkupTokenKind.EndOfFile;
            }
            if (ReadTag(html, lt + 1, closing: false)) return MarkupTokenKind.StartTag;
            _position = html.Length;
            return MarkupTokenKind.EndOfFile;
        }
    }

    /// <summary>Index of the next '&lt;' that starts markup (a tag, end tag, comment, doctype or bogus comment), or -1.</summary>
    private static int FindMarkup(ReadOnlySpan<char> html, int from)
    {
        var i = from;
        while (true)
        {
            var at = html[i..].IndexOf('<');
            if (at < 0) return -1;
            i += at;
            if (i + 1 >= html.Length) return -1; // a lone '<' at the end is text
            var c = html[i + 1];
            if (char.IsAsciiLetter(c) || c is '!' or '?' or '/') return i;
            i++;
        }
    }

    private MarkupTokenKind EmitText(int start, int end, bool literal)
    {
        _textStart = start;
        _textLength = end - start;
        _textIsLiteral = literal;
        _position = Math.Max(_position, end);
        return MarkupTokenKind.Text;
    }

    private MarkupTokenKind NextRawText(ReadOnlySpan<char> html)
    {
        var name = _rawTextEnd!;
        var start = _position;
        var i = name == "script" ? RawTextScanner.ScriptEnd(html, start) : RawTextScanner.RawTextEnd(html, start, name);
        if (i > start)
        {
            _position = i;
            return EmitText(start, i, literal: !_rawTextDecodes);
        }
        _rawTextEnd = null;
        if (i >= html.Length) return MarkupTokenKind.EndOfFile;
        if (ReadTag(html, i + 2, closing: true)) return MarkupTokenKind.EndTag;
        _position = html.Length;
        return MarkupTokenKind.EndOfFile;
    }

    /// <summary>Reads a tag whose name starts at <paramref name="nameStart"/>; false when the input ends inside it.</summary>
    private bool ReadTag(ReadOnlySpan<char> html, int nameStart, bool closing)
    {
        var nameEnd = html[nameStart..].IndexOfAny(TagNameEnd);
        if (nameEnd < 0) return false;
        nameEnd += nameStart;
        TagName = Name(html[nameStart..nameEnd]);
        Attributes.Clear();
        _attributeNames.Clear();
        SelfClosing = false;
        var i = nameEnd;
        while (true)
        {
            while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f' or '\r') i++;
            if (i >= html.Length) return false;
            var c = html[i];
            if (c == '>') { _position = i + 1; return true; }
            if (c == '/')
            {
                i++;
                if (i < html.Length && html[i] == '>') { SelfClosing = true; _position = i + 1; return true; }
                continue;
            }
            // Attribute name: its first character may be anything, even '=' or a quote.
            var attrStart = i;
            i++;
            var rest = html[i..].IndexOfAny(AttributeNameEnd);
            if (rest < 0) return false;
            i += rest;
            var attrName = html[attrStart..i];
            while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f' or '\r') i++;
            var valueStart = i;
            var valueLength = 0;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f' or '\r') i++;
                if (i >= html.Length) return false;
                var quote = html[i];
                if (quote is '"' or '\'')
                {
                    var close = html[(i + 1)..].IndexOf(quote);
                    if (close < 0) return false;
                    (valueStart, valueLength) = (i + 1, close);
                    i += close + 2;
                }
                else
                {
                    var end = html[i..].IndexOfAny(UnquotedValueEnd);
                    if (end < 0) return false;
                    (valueStart, valueLength) = (i, end);
                    i += end;
                }
            }
            if (closing) continue;
            var name = Name(attrName);
            if (!IsDuplicateAttribute(name)) Attributes.Add(Attribute(name, valueStart, valueLength));
        }
    }

    /// <summary>Whether the tag has an attribute of this name already; the first of duplicate names wins.</summary>
    private bool IsDuplicateAttribute(string name)
    {
        if (Attributes.Count < AttributesScannedLinearly)
        {
            foreach (var a in Attributes) if (a.LocalName == name) return true;
            return false;
        }
        if (_attributeNames.Count == 0) foreach (var a in Attributes) _attributeNames.Add(a.LocalName);
        return !_attributeNames.Add(name);
    }

    /// <summary>
    /// An attribute whose value is the markup at [start, start + length): decoded now when it holds a reference, CR
    /// or NUL, otherwise left as a slice of the markup for whoever reads it.
    /// </summary>
    private HtmlAttribute Attribute(string name, int start, int length)
    {
        var raw = _source.Slice(start, length);
        if (!raw.Span.ContainsAny(NeedsDecoding)) return new HtmlAttribute(name, raw);
        _scratch.Clear();
        CharacterReferences.Decode(raw.Span, inAttribute: true, _scratch);
        return new HtmlAttribute(name, _scratch.ToString());
    }

    /// <summary>A tag or attribute name, lower-cased, shared between all its uses on the page.</summary>
    private string Name(ReadOnlySpan<char> raw)
    {
        if (raw.Length > MaxSharedChars) return NormalizeLong(raw);
        if (raw.IsEmpty) return NormalizedName(raw);
        // A cached name equal to the raw characters is their normalised form (already lower case, no NUL).
        var slot = (raw.Length * 7 + raw[0] * 31 + raw[^1] * 17 + raw[raw.Length >> 1]) & (NameCacheSlots - 1);
        if (_names[slot] is { } cached && raw.SequenceEqual(cached)) return cached;
        var name = NormalizedName(raw);
        if (raw.SequenceEqual(name)) _names[slot] = name;
        return name;
    }

    private static string NormalizedName(ReadOnlySpan<char> raw)
    {
        Span<char> lower = stackalloc char[MaxSharedChars];
        scoped ReadOnlySpan<char> key = raw;
        if (raw.ContainsAny(UpperCase) || raw.Contains('\0'))
        {
            for (var k = 0; k < raw.Length; k++) lower[k] = raw[k] == '\0' ? '\uFFFD' : raw[k] is >= 'A' and <= 'Z' ? (char)(raw[k] | 0x20) : raw[k];
            key = lower[..raw.Length];
        }
        if (CommonNameLookup.TryGetValue(key, out var common)) return common;
        return SharedStrings.Shared(key);
    }

    private static string NormalizeLong(ReadOnlySpan<char> raw)
    {
        var chars = raw.ToArray();
        for (var k = 0; k < chars.Length; k++)
            chars[k] = chars[k] == '\0' ? '\uFFFD' : chars[k] is >= 'A' and <= 'Z' ? (char)(chars[k] | 0x20) : chars[k];
        return new string(chars);
    }

    private static bool IsDoctype(ReadOnlySpan<char> html, int lt) =>
        lt + 9 <= html.Length && html.Slice(lt + 2, 7).Equals("DOCTYPE", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads &lt;!DOCTYPE ...&gt; and decides whether it asks for quirks mode (the HTML standard's list, abridged).</summary>
    private MarkupTokenKind ReadDoctype(ReadOnlySpan<char> html, int lt)
    {
        var end = html[lt..].IndexOf('>');
        var body = end < 0 ? html[(lt + 9)..] : html.Slice(lt + 9, end - 9);
        _position = end < 0 ? html.Length : lt + end + 1;
        DoctypeIsQuirky = DoctypeQuirks.IsQuirky(body, ended: end >= 0);
        return MarkupTokenKind.Doctype;
    }

    /// <summary>End of a comment or other markup declaration starting at <paramref name="lt"/> ("&lt;!").</summary>
    private static int DeclarationEnd(ReadOnlySpan<char> html, int lt)
    {
        if (!html[lt..].StartsWith("<!--")) return BogusCommentEnd(html, lt + 2);
        var body = lt + 4;
        // "<!-->" and "<!--->" are complete (empty) comments.
        if (body < html.Length && html[body] == '>') return body + 1;
        if (body + 1 < html.Length && html[body] == '-' && html[body + 1] == '>') return body + 2;
        for (var j = body; ; j++)
        {
            var at = html[j..].IndexOf("--", StringComparison.Ordinal);
            if (at < 0) return html.Length;
            j += at;
            if (j + 2 < html.Length && html[j + 2] == '>') return j + 3;
            if (j + 3 < html.Length && html[j + 2] == '!' && html[j + 3] == '>') return j + 4;
        }
    }

    private static int BogusCommentEnd(ReadOnlySpan<char> html, int from)
    {
        var end = from < html.Length ? html[from..].IndexOf('>') : -1;
        return end < 0 ? html.Length : from + end + 1;
    }
}
