namespace Lede.Extraction.Html.Dom;

/// <summary>A run of text (adjacent runs are merged as the tree is built, as in a browser).</summary>
internal sealed class HtmlText(string data) : HtmlNode
{
    public string Data { get; internal set; } = data;

    public override string TextContent => Data;
}
