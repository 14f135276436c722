namespace Lede.Extraction.Html.Dom;

/// <summary>
/// A run of text (adjacent runs are merged as the tree is built, as in a browser). Text that needs no decoding
/// is kept as a slice of the page's markup and becomes a string only when something asks for <see cref="Data"/>:
/// the light tree and the text walks read <see cref="DataSpan"/> in place. The markup must therefore outlive the
/// document (see <see cref="HtmlDocumentLoader"/>).
/// </summary>
internal sealed class HtmlText : HtmlNode
{
    private ReadOnlyMemory<char> _chars;
    private string? _data;

    public HtmlText(string data) => Data = data;

    internal HtmlText(ReadOnlyMemory<char> chars) => _chars = chars;

    /// <summary>The text as a string (made on first use and kept).</summary>
    public string Data
    {
        get => _data ??= _chars.ToString();
        internal set
        {
            _data = value;
            _chars = value.AsMemory();
        }
    }

    /// <summary>The text's characters, without making a string.</summary>
    public ReadOnlySpan<char> DataSpan => _chars.Span;

    /// <summary>The text's characters as a slice that stays valid as long as the document.</summary>
    public ReadOnlyMemory<char> DataMemory => _chars;

    /// <summary>Sets the text to <paramref name="chars"/> (a released node set up again, or a merged run).</summary>
    internal void SetChars(ReadOnlyMemory<char> chars)
    {
        _chars = chars;
        _data = null;
    }

    public override string TextContent => Data;
}
