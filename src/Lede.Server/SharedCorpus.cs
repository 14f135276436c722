using Lede.Corpus;

namespace Lede.Server;

/// <summary>
/// The one open corpus every request reads, one request at a time: reads take milliseconds, and a
/// single reader keeps the stores' connections and the story state simple to reason about. Entity
/// timelines, which read hundreds of articles, run beside the others on connections of their own.
/// </summary>
public sealed class SharedCorpus(NewsCorpus corpus) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> ReadAsync<T>(Func<NewsCorpus, T> read, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return read(corpus);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// A read that may run beside the gated ones: only for what the corpus documents as safe alongside other reads
    /// (<see cref="NewsCorpus.EntityTimeline"/>), so that a timeline over a common name holds up no other request.
    /// </summary>
    public Task<T> ReadConcurrentlyAsync<T>(Func<NewsCorpus, T> read, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(read(corpus));
    }

    public void Dispose()
    {
        corpus.Dispose();
        _gate.Dispose();
    }
}
