using Lede.Corpus;

namespace Lede.Server;

/// <summary>
/// The one open corpus every request reads, one request at a time: reads take milliseconds, and a
/// single reader keeps the stores' connections and the story state simple to reason about.
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

    public void Dispose()
    {
        corpus.Dispose();
        _gate.Dispose();
    }
}
