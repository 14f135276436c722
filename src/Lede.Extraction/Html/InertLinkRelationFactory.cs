using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.LinkRels;

namespace Lede.Extraction.Html;

/// <summary>
/// Gives &lt;link&gt; elements no relation. The default factory makes a style-sheet relation for every
/// rel=stylesheet link, parsing its URL and starting a load task that a reader never needs.
/// </summary>
internal sealed class InertLinkRelationFactory : ILinkRelationFactory
{
    public BaseLinkRelation? Create(IHtmlLinkElement link, string? rel) => null;
}
