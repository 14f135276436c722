using Lede.Corpus.Search;

namespace Lede.Corpus.Storage;

/// <summary>
/// Where the corpus lives. Two implementations (SQLite, PostgreSQL) behave identically; one test
/// suite runs against both. Readers may run while one writer writes.
/// </summary>
internal interface ICorpusStore : IDisposable
{
    /// <summary>"SQLite lede.db" or "PostgreSQL host/database", for messages.</summary>
    string Description { get; }

    long CountArticles();

    /// <summary>Which of these raw-input hashes were ingested before (their extraction can be skipped).</summary>
    HashSet<string> SeenInputs(IReadOnlyCollection<string> inputHashes);

    /// <summary>Starts a write transaction; nothing is visible until <see cref="ICorpusWriteBatch.Commit"/>.</summary>
    ICorpusWriteBatch BeginBatch();

    /// <summary>Articles with ids above <paramref name="afterId"/>, in id order, streamed.</summary>
    IEnumerable<CorpusArticle> ReadArticles(long afterId = 0);

    IReadOnlyList<CorpusArticle> GetArticles(IReadOnlyCollection<long> ids);

    /// <summary>
    /// These articles in id order, streamed on a connection of their own: no lock shared with other reads is held
    /// while the caller works through them (timelines over thousands of articles), and only one is in memory at a time.
    /// </summary>
    IEnumerable<CorpusArticle> StreamArticles(IReadOnlyCollection<long> ids);

    /// <summary>Ids of articles that name an entity (same matching as the search filter), in id order.</summary>
    IReadOnlyList<long> ArticlesWithEntity(string name);

    IReadOnlyList<SearchHit> Search(SearchQuery query, QueryNode parsed);

    /// <summary>The ids of the articles <see cref="Search"/> would return, in its order, without reading their rows or cutting snippets.</summary>
    IReadOnlyList<long> SearchIds(SearchQuery query, QueryNode parsed);

    StoredState? LoadState(string name);

    /// <summary>Bytes the store occupies on disk (database files, or the PostgreSQL relation sizes).</summary>
    long SizeInBytes();
}
