namespace Lede.Extraction.Html;

/// <summary>What a line of the output is; decides its separator in the text and its tag in the HTML.</summary>
internal enum BlockKind { Paragraph, Heading, ListItem, OrderedListItem, Quote, TableRow, Preformatted }
