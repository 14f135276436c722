using Lede.Extraction.Html.Dom;

namespace Lede.Extraction.Html;

/// <summary>
/// One node of the light tree the extractor works on: an element (with its counts, computed once,
/// bottom-up) or a run of text. The parsed HTML tree is read once to build it and never mutated.
/// </summary>
internal sealed class ContentNode
{
    public ContentNode(HtmlElement element, string tag, TagKind kind, ClassHint hint, ContentNode? parent)
    {
        Element = element;
        Tag = tag;
        Kind = kind;
        Hint = hint;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public ContentNode(string text, ContentNode parent)
    {
        Text = text;
        Tag = "#text";
        Parent = parent;
        Depth = parent.Depth + 1;
    }

    /// <summary>The element; null for text.</summary>
    public HtmlElement? Element { get; }
    /// <summary>The text of a text node; null for elements.</summary>
    public string? Text { get; }
    public string Tag { get; }
    public TagKind Kind { get; }
    public ClassHint Hint { get; }
    public ContentNode? Parent { get; }
    public int Depth { get; }
    public List<ContentNode>? Children { get; private set; }

    public bool IsText => Text is not null;

    // Counts over the subtree (text measured in non-space characters).
    public int TextChars { get; set; }
    public int LinkChars { get; set; }
    public int Commas { get; set; }
    /// <summary>Text not inside a block child: what a "div used as a paragraph" holds itself.</summary>
    public int InlineChars { get; set; }
    public int InlineCommas { get; set; }
    /// <summary>Characters of scorable paragraphs (p, pre, td, text-holding divs) in the subtree.</summary>
    public int ParagraphChars { get; set; }
    public int Paragraphs { get; set; }
    public int ListItems { get; set; }
    public int Images { get; set; }
    public int Headings { get; set; }
    public int Rows { get; set; }
    public int Tables { get; set; }
    public int FormControls { get; set; }
    public int BlockChildren { get; set; }

    // Candidate scoring state, reset for every attempt.
    public bool IsCandidate { get; set; }
    /// <summary>Left out of this attempt's scoring (inside an unlikely subtree).</summary>
    public bool Excluded { get; set; }
    public double Score { get; set; }

    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;

    public void Add(ContentNode child) => (Children ??= []).Add(child);

    /// <summary>Sizes the child list once for the children about to be added (some may be left out).</summary>
    public void ReserveChildren(int count)
    {
        if (count > 0 && Children is null) Children = new List<ContentNode>(count);
    }
}
