namespace Lede.Corpus.Duplicates;

/// <summary>
/// A document found to copy one seen before.
/// <paramref name="GroupId"/> is the id of the first document added to the group (stable across export/import);
/// <paramref name="Similarity"/> the estimated Jaccard similarity of word shingles (1 for exact copies);
/// <paramref name="Containment"/> the estimated share of the shorter text's shingles found in the longer one.
/// </summary>
public sealed record DuplicateMatch(
    string DocId,
    string MatchedDocId,
    string GroupId,
    DuplicateKind Kind,
    double Similarity,
    double Containment);
