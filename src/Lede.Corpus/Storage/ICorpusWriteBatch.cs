namespace Lede.Corpus.Storage;

/// <summary>One write transaction of an ingest batch: articles, the inputs they came from, component snapshots.</summary>
internal interface ICorpusWriteBatch : IDisposable
{
    /// <returns>The new article's id, or null when the same document (URL and content) is already stored.</returns>
    long? Add(ArticleRow row);

    /// <summary>Records that a raw input was ingested (articleId null: it held no article), so reruns skip it.</summary>
    void MarkInputSeen(string inputHash, long? articleId);

    void SaveState(string name, long lastArticleId, byte[] data);

    void Commit();
}
