namespace Lede.Corpus.Search;

/// <summary>All of the positive parts, none of the negated ones (at least one part is positive).</summary>
internal sealed record AndNode(IReadOnlyList<QueryNode> Parts, IReadOnlyList<QueryNode> Excluded) : QueryNode;
