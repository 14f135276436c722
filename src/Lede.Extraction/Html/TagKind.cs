namespace Lede.Extraction.Html;

/// <summary>What an HTML tag means to the extractor; one lookup per element.</summary>
[Flags]
internal enum TagKind
{
    None = 0,
    /// <summary>Never content (scripts, styles, widgets, form controls): skipped with its subtree.</summary>
    Dropped = 1 << 0,
    /// <summary>Starts a block of its own in the output.</summary>
    Block = 1 << 1,
    /// <summary>Flows inside a block (links, emphasis, spans).</summary>
    Inline = 1 << 2,
    /// <summary>Scored as a paragraph by the candidate scorer.</summary>
    Paragraph = 1 << 3,
    Heading = 1 << 4,
    ListItem = 1 << 5,
    List = 1 << 6,
    Quote = 1 << 7,
    Table = 1 << 8,
    TableRow = 1 << 9,
    TableCell = 1 << 10,
    Preformatted = 1 << 11,
    Image = 1 << 12,
    Figure = 1 << 13,
    Caption = 1 << 14,
    Link = 1 << 15,
    Emphasis = 1 << 16,
    Strong = 1 << 17,
    LineBreak = 1 << 18,
    /// <summary>Page chrome by its tag (nav, aside, header, footer): left out while flags are strict.</summary>
    Chrome = 1 << 19,
    /// <summary>Semantic article containers (article, main).</summary>
    Semantic = 1 << 20,
    Form = 1 << 21,
}
