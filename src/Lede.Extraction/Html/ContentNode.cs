using Lede.Extraction.Html.Dom;

namespace Lede.Extraction.Html;

/// <summary>
/// One node of the light tree the extractor works on: an element (with its counts, computed once,
/// bottom-up) or a run of text. The parsed HTML tree is read once to build it and never mutated.
/// Nodes are reused from page to page (see <see cref="ContentNodePool"/>): only the builder sets them up.
/// </summary>
internal sealed class ContentNode
{
    /// <summary>The element; null for text.</summary>
    public HtmlElement? Element { get; private set; }
    /// <summary>The text of a text node (a slice of the page, valid while its document is); empty for elements.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }
    public string Tag { get; private set; } = "";
    public TagKind Kind { get; private set; }
    public ClassHint Hint { get; private set; }
    public ContentNode? Parent { get; private set; }
    public int Depth { get; private set; }
    /// <summary>The children in order; null when there are none.</summary>
    public ContentChildren? Children { get; private set; }

    /// <summary>While the tree is built: where this node's children start on the pool's pending stack.</summary>
    internal int PendingFrom { get; set; }

    public bool IsText { get; private set; }

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

    /// <summary>Sets this (fresh or released) node up as an element.</summary>
    internal ContentNode AsElement(HtmlElement element, string tag, TagKind kind, ClassHint hint, ContentNode? parent)
    {
        Element = element;
        Tag = tag;
        Kind = kind;
        Hint = hint;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
        return this;
    }

    /// <summary>Sets this (fresh or released) node up as a run of text.</summary>
    internal ContentNode AsText(ReadOnlyMemory<char> text, ContentNode parent)
    {
        Text = text;
        IsText = true;
        Tag = "#text";
        Parent = parent;
        Depth = parent.Depth + 1;
        return this;
    }

    /// <summary>Forgets everything (no reference to the page is kept), ready to be set up again.</summary>
    internal void Clear()
    {
        Element = null;
        Text = default;
        IsText = false;
        Tag = "";
        Kind = TagKind.None;
        Hint = ClassHint.None;
        Parent = null;
        Depth = 0;
        Children = null;
        PendingFrom = 0;
        TextChars = LinkChars = Commas = InlineChars = InlineCommas = ParagraphChars = 0;
        Paragraphs = ListItems = Images = Headings = Rows = Tables = FormControls = BlockChildren = 0;
        IsCandidate = Excluded = false;
        Score = 0;
    }

    /// <summary>Sets the children (the builder, once all of them are known).</summary>
    internal void SetChildren(ContentChildren? children) => Children = children;
}
