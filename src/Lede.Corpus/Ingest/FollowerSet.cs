using Lede.Corpus.Storage;

namespace Lede.Corpus.Ingest;

/// <summary>
/// The incremental components of a corpus brought up to date: each restored from its last
/// snapshot, then fed the articles stored after it, in id order.
/// </summary>
internal sealed class FollowerSet
{
    private readonly ICorpusStore _store;

    public FollowerSet(ICorpusStore store, IReadOnlyList<ICorpusFollower> followers)
    {
        _store = store;
        Followers = followers;
        var covered = new long[followers.Count];
        for (var i = 0; i < followers.Count; i++)
        {
            if (store.LoadState(followers[i].Name) is not { } state) continue;
            followers[i].Restore(state.Data);
            covered[i] = state.LastArticleId;
        }
        LastArticleId = covered.Length == 0 ? 0 : covered.Min();
        foreach (var article in store.ReadArticles(LastArticleId))
        {
            for (var i = 0; i < followers.Count; i++)
                if (article.Id > covered[i]) followers[i].Add(article, followers[i].Prepare(article));
            LastArticleId = article.Id;
        }
        SnapshotId = covered.Length == 0 ? LastArticleId : covered.Min();
    }

    public IReadOnlyList<ICorpusFollower> Followers { get; }

    /// <summary>The highest article id every follower has seen.</summary>
    public long LastArticleId { get; private set; }

    /// <summary>The article id the stored snapshots cover (all of them).</summary>
    public long SnapshotId { get; private set; }

    public object?[] Prepare(CorpusArticle article)
    {
        var prepared = new object?[Followers.Count];
        for (var i = 0; i < Followers.Count; i++) prepared[i] = Followers[i].Prepare(article);
        return prepared;
    }

    public void Add(CorpusArticle article, object?[] prepared)
    {
        for (var i = 0; i < Followers.Count; i++) Followers[i].Add(article, prepared[i]);
        LastArticleId = article.Id;
    }

    /// <summary>Writes every follower's snapshot into the batch (committed with it).</summary>
    public void Snapshot(ICorpusWriteBatch batch)
    {
        foreach (var follower in Followers) batch.SaveState(follower.Name, LastArticleId, follower.Snapshot());
        SnapshotId = LastArticleId;
    }

    internal ICorpusStore Store => _store;
}
