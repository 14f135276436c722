namespace Lede.Extraction.Html.Dom;

/// <summary>One attribute of an element: lower-case name, decoded value.</summary>
internal readonly record struct HtmlAttribute(string LocalName, string Value);
