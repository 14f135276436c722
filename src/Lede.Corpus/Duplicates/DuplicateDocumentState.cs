namespace Lede.Corpus.Duplicates;

/// <summary>What the detector keeps per document; Group changes when a later document bridges two groups.</summary>
internal sealed class DuplicateDocumentState(string docId, DateTimeOffset? published, DuplicateSignature signature, int group, DuplicateMatch? match)
{
    public string DocId { get; } = docId;
    public DateTimeOffset? Published { get; } = published;
    public DuplicateSignature Signature { get; } = signature;
    public int Group { get; set; } = group;
    public DuplicateMatch? Match { get; set; } = match;
}
