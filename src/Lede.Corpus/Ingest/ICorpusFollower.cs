using Lede.Corpus.Storage;

namespace Lede.Corpus.Ingest;

/// <summary>
/// An incremental component that sees every stored article once, in id order (duplicate
/// detection, story clustering). Its state is snapshotted in the same transaction as a batch of
/// articles, and articles stored after the snapshot are replayed on open, so a killed ingest
/// leaves no trace in it.
/// </summary>
internal interface ICorpusFollower
{
    /// <summary>Key of the snapshot in the store.</summary>
    string Name { get; }

    /// <summary>Work that needs no shared state (hashing), run on any thread before <see cref="Add"/>.</summary>
    object? Prepare(CorpusArticle article);

    /// <summary>Adds an article; called once per article, in id order.</summary>
    void Add(CorpusArticle article, object? prepared);

    void Restore(byte[] state);

    byte[] Snapshot();
}
