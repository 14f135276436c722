namespace Lede.Corpus.Duplicates;

/// <summary>
/// A document found to copy one seen before.
/// <paramref name="GroupId"/> is the id of the first document added to the group (stable across export/import;
/// it changes only when a later document bridges two groups, see <see cref="MergedGroupIds"/> and <see cref="DuplicateDetector.GetGroupId"/>);
/// <paramref name="Similarity"/> the estimated Jaccard similarity of word shingles (1 for exact copies);
/// <paramref name="Containment"/> the estimated share of the shorter text's shingles found in the longer one.
/// </summary>
public sealed record DuplicateMatch(
    string DocId,
    string MatchedDocId,
    string GroupId,
    DuplicateKind Kind,
    double Similarity,
    double Containment)
{
    /// <summary>Groups this document joined into <see cref="GroupId"/> because it copies members of each (an original arriving after two differently edited copies).</summary>
    public IReadOnlyList<string> MergedGroupIds { get; init; } = [];

    // Value equality over the merged ids too, so a match read back from saved state equals the original.
    public bool Equals(DuplicateMatch? other) =>
        other is not null && DocId == other.DocId && MatchedDocId == other.MatchedDocId && GroupId == other.GroupId
        && Kind == other.Kind && Similarity.Equals(other.Similarity) && Containment.Equals(other.Containment)
        && MergedGroupIds.SequenceEqual(other.MergedGroupIds);

    public override int GetHashCode() => HashCode.Combine(DocId, MatchedDocId, GroupId, Kind, Similarity, Containment, MergedGroupIds.Count);
}
