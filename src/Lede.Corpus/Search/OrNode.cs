namespace Lede.Corpus.Search;

/// <summary>Any of the parts.</summary>
internal sealed record OrNode(IReadOnlyList<QueryNode> Parts) : QueryNode;
