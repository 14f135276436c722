namespace Lede.Extraction.Html;

/// <summary>The light tree of a page: its root (body) and every element in document order.</summary>
internal sealed record ContentTree(ContentNode Root, IReadOnlyList<ContentNode> Elements);
