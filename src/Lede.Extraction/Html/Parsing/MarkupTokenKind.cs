namespace Lede.Extraction.Html.Parsing;

internal enum MarkupTokenKind
{
    EndOfFile,
    Text,
    StartTag,
    EndTag,
    Doctype,
}
