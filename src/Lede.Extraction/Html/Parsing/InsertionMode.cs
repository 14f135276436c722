namespace Lede.Extraction.Html.Parsing;

/// <summary>The HTML standard's insertion modes that matter without scripting, frames or templates' own modes.</summary>
internal enum InsertionMode
{
    Initial,
    BeforeHtml,
    BeforeHead,
    InHead,
    InHeadNoscript,
    AfterHead,
    InBody,
    Text,
    InTable,
    InTableBody,
    InRow,
    InCell,
    InCaption,
    InColumnGroup,
    InSelect,
    InSelectInTable,
}
