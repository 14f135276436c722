namespace Lede.Extraction.Html.Dom;

/// <summary>The elements [FirstElement, ElementEnd) and text nodes [FirstText, TextEnd) a document took from <see cref="Pool"/>.</summary>
internal readonly record struct DomNodeRange(DomNodePool Pool, int FirstElement, int ElementEnd, int FirstText, int TextEnd);
