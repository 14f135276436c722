namespace Lede.Extraction.Html.Dom;

/// <summary>A parsed page: the &lt;html&gt; element, its head and body, and what happened while loading it.</summary>
internal sealed class HtmlDocument(HtmlElement documentElement, HtmlElement? head, HtmlElement? body)
{
    public HtmlElement DocumentElement { get; } = documentElement;
    public HtmlElement? Head { get; } = head;
    public HtmlElement? Body { get; } = body;

    /// <summary>How many elements the tree holds (numbered 0 to ElementCount - 1 in document order).</summary>
    public int ElementCount { get; internal set; }

    /// <summary>How many element ancestors the deepest element has below the document element (counted as the tree is numbered).</summary>
    public int MaxElementDepth { get; internal set; }

    /// <summary>Where the elements' attributes are stored; given back with the document's nodes.</summary>
    internal AttributeSlab? AttributeSlab { get; init; }

    /// <summary>The pooled nodes the parse took, given back with the document.</summary>
    internal DomNodeRange Nodes { get; init; }

    /// <summary>Set once the nodes are given back: a second release must not take back another page's nodes.</summary>
    internal bool Released { get; set; }

    /// <summary>Notes about loading (truncated, nesting flattened); empty for ordinary pages.</summary>
    public IReadOnlyList<string> Notes { get; internal set; } = [];

    /// <summary>The first &lt;title&gt;'s text with white space collapsed, as document.title reads it; empty when there is none.</summary>
    public string Title
    {
        get
        {
            for (var e = DocumentElement; e is not null; e = e.NextElementInDocument(DocumentElement))
                if (e.LocalName == "title" && !e.IsForeign) return CollapseWhiteSpace(e.TextContent);
            return "";
        }
    }

    /// <summary>Every element with the given local name, in document order.</summary>
    public List<HtmlElement> ElementsNamed(string localName)
    {
        var found = new List<HtmlElement>();
        for (var e = DocumentElement; e is not null; e = e.NextElementInDocument(DocumentElement))
            if (e.LocalName == localName) found.Add(e);
        return found;
    }

    private static string CollapseWhiteSpace(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\f' or '\r') { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
