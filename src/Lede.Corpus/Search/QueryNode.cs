namespace Lede.Corpus.Search;

/// <summary>A node of a parsed search query.</summary>
internal abstract record QueryNode;
