namespace Lede.Extraction.Html.Dom;

/// <summary>
/// One attribute of an element: lower-case name, decoded value. A value that needs no decoding is kept as a
/// slice of the page's markup and becomes a string only when something reads it: most attributes (styles,
/// srcsets, data-* blobs, handlers) never are. The markup must therefore outlive the document (see
/// <see cref="HtmlDocumentLoader"/>).
/// </summary>
internal struct HtmlAttribute
{
    private string? _value;
    private readonly ReadOnlyMemory<char> _raw;

    public HtmlAttribute(string localName, string value)
    {
        LocalName = localName;
        _value = value;
    }

    /// <summary>An attribute whose value is <paramref name="raw"/> as it stands (no references, CR or NUL in it).</summary>
    internal HtmlAttribute(string localName, ReadOnlyMemory<char> raw)
    {
        LocalName = localName;
        _value = raw.Length == 0 ? "" : null;
        _raw = raw;
    }

    public readonly string LocalName { get; }

    /// <summary>The value as a string (made on each call until <see cref="CachedValue"/> keeps one).</summary>
    public readonly string Value => _value ?? SharedStrings.Of(_raw.Span);

    /// <summary>The value's characters, without making a string.</summary>
    public readonly ReadOnlySpan<char> ValueSpan => _value is { } value ? value.AsSpan() : _raw.Span;

    /// <summary>The value, made once and kept in this slot (for an attribute read in place, by reference).</summary>
    internal string CachedValue() => _value ??= SharedStrings.Of(_raw.Span);
}
