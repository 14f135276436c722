namespace Lede.Corpus.Duplicates;

/// <summary>
/// Documents that copy one another. <paramref name="EarliestDocId"/> is the earliest version:
/// the earliest publication date, then the earliest added (documents without a date come last).
/// Members are in the order they were added.
/// </summary>
public sealed record DuplicateGroup(string Id, string EarliestDocId, IReadOnlyList<DuplicateMember> Members);
