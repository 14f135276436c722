using Lede.Corpus;

namespace Lede.Server.Tests;

/// <summary>The server's one-reader gate and the entity timelines that run beside it.</summary>
public sealed class SharedCorpusTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lede-server-shared-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AnEntityTimelineRunsWhileAGatedReadHoldsTheCorpus()
    {
        Directory.CreateDirectory(_folder);
        using var shared = new SharedCorpus(NewsCorpus.Open(new CorpusOptions { DatabasePath = Path.Combine(_folder, "corpus.db") }));
        using var release = new ManualResetEventSlim();
        using var entered = new ManualResetEventSlim();
        var gated = Task.Run(() => shared.ReadAsync(x => { entered.Set(); return release.Wait(TimeSpan.FromSeconds(30)); }, CancellationToken.None));
        // A second gated read waits for the first (once the first holds the gate: a loaded machine may start it late) ...
        Assert.True(entered.Wait(TimeSpan.FromSeconds(30)));
        var waiting = shared.ReadAsync(x => x.Count, CancellationToken.None);
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        // ... the timeline does not.
        var timeline = await shared.ReadConcurrentlyAsync(x => x.EntityTimeline("Mara Quillon"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(timeline.Articles);
        release.Set();
        Assert.True(await gated);
        Assert.Equal(0, await waiting);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* the database may be held a moment longer; the temp folder is cleaned later */ }
    }
}
