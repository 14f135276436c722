namespace Lede.Corpus.Storage;

/// <summary>A snapshot of an incremental component (duplicates, stories) that covers articles up to <see cref="LastArticleId"/>.</summary>
internal sealed record StoredState(long LastArticleId, byte[] Data);
