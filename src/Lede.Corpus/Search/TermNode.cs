namespace Lede.Corpus.Search;

/// <summary>
/// One token (lower-cased letters and digits); <see cref="Prefix"/> matches every word that starts with it.
/// <see cref="Exact"/>: the word was quoted, so it is searched as typed, without its other word forms.
/// </summary>
internal sealed record TermNode(string Token, bool Prefix, bool Exact = false) : QueryNode;
