namespace Lede.Corpus.Search;

/// <summary>One token (lower-cased letters and digits); <see cref="Prefix"/> matches every word that starts with it.</summary>
internal sealed record TermNode(string Token, bool Prefix) : QueryNode;
