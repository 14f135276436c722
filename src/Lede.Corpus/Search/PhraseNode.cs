namespace Lede.Corpus.Search;

/// <summary>Tokens that must appear next to each other, in order.</summary>
internal sealed record PhraseNode(IReadOnlyList<string> Tokens) : QueryNode;
