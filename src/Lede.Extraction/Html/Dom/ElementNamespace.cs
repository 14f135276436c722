namespace Lede.Extraction.Html.Dom;

internal enum ElementNamespace : byte
{
    Html,
    Svg,
    MathMl,
}
