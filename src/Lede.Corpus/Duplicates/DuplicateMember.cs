namespace Lede.Corpus.Duplicates;

/// <summary>One document of a duplicate group; <paramref name="Match"/> is null for the document that founded the group.</summary>
public sealed record DuplicateMember(string DocId, DateTimeOffset? Published, DuplicateMatch? Match);
