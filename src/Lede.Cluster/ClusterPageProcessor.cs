using System.Collections.Concurrent;
using System.Text.Json;
using Lede.Cluster.Grains;
using Lede.Corpus.Ingest;
using Lede.Corpus.Output;

namespace Lede.Cluster;

/// <summary>
/// Ingest's page stage on an Orleans cluster: a batch is cut into slices that go to the silos'
/// page processors concurrently, while the corpus (the one writer) stays with the caller. A slice
/// whose silo fails is retried under other keys; pages the cluster cannot process come back as
/// failed, with the reason, so a rerun retries them and nothing is dropped silently.
/// </summary>
public sealed class ClusterPageProcessor(IClusterClient client, ClusterIngestOptions? options = null) : IPageProcessor
{
    private readonly ClusterIngestOptions _options = Checked(options ?? new ClusterIngestOptions());
    private readonly ConcurrentDictionary<string, int> _pagesBySilo = new();
    private long _nextKey;
    private long _retries;

    /// <summary>Pages processed so far by each silo (its address), to show how work spread.</summary>
    public IReadOnlyDictionary<string, int> PagesBySilo => _pagesBySilo;

    /// <summary>Slices sent again after a silo or the network failed.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    public async Task<IReadOnlyList<ProcessedPage>> ProcessAsync(IReadOnlyList<PageToProcess> pages, CancellationToken cancel)
    {
        var results = new ProcessedPage[pages.Count];
        using var inFlight = new SemaphoreSlim(_options.SlicesInFlight);
        var slices = Slices(pages).Select(async slice =>
        {
            await inFlight.WaitAsync(cancel).ConfigureAwait(false);
            try
            {
                await RunSlice(pages, slice, results, cancel).ConfigureAwait(false);
            }
            finally
            {
                inFlight.Release();
            }
        });
        await Task.WhenAll(slices).ConfigureAwait(false);
        return results;
    }

    /// <summary>Consecutive pages, at most <see cref="ClusterIngestOptions.SlicePages"/> and about <see cref="ClusterIngestOptions.SliceBytes"/> each (a larger page goes alone).</summary>
    private IEnumerable<Range> Slices(IReadOnlyList<PageToProcess> pages)
    {
        var start = 0;
        long bytes = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            var size = pages[i].Bytes.LongLength;
            if (i > start && (i - start == _options.SlicePages || bytes + size > _options.SliceBytes))
            {
                yield return start..i;
                start = i;
                bytes = 0;
            }
            bytes += size;
        }
        if (start < pages.Count) yield return start..pages.Count;
    }

    private async Task RunSlice(IReadOnlyList<PageToProcess> pages, Range range, ProcessedPage[] results, CancellationToken cancel)
    {
        var (offset, length) = range.GetOffsetAndLength(pages.Count);
        var work = new PageWork[length];
        for (var i = 0; i < length; i++)
        {
            var page = pages[offset + i];
            work[i] = new PageWork(page.Source, page.Bytes, page.Url, page.ContentType, page.Format.ToString());
        }
        Exception? last = null;
        for (var attempt = 0; attempt <= _options.Retries; attempt++)
        {
            cancel.ThrowIfCancellationRequested();
            if (attempt > 0) Interlocked.Increment(ref _retries);
            PageResult[] answer;
            try
            {
                // A new key each time: another activation, often another gateway and silo.
                var grain = client.GetGrain<IPageProcessorGrain>(Interlocked.Increment(ref _nextKey) % _options.Keys);
                answer = await grain.Process(work).WaitAsync(cancel).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
            {
                last = e;
                continue;
            }
            if (answer.Length != length)
            {
                last = new InvalidOperationException($"a silo answered {answer.Length} results for {length} pages");
                continue;
            }
            for (var i = 0; i < length; i++)
            {
                results[offset + i] = ToProcessed(answer[i]);
                _pagesBySilo.AddOrUpdate(answer[i].Silo, 1, (_, n) => n + 1);
            }
            return;
        }
        var reason = $"the cluster could not process the page after {_options.Retries + 1} tries: {last?.GetType().Name}: {last?.Message}";
        for (var i = 0; i < length; i++) results[offset + i] = ProcessedPage.Failed(reason);
    }

    private static ClusterIngestOptions Checked(ClusterIngestOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? options : throw new ArgumentException("Invalid cluster ingest options: " + string.Join(" ", errors));
    }

    private static ProcessedPage ToProcessed(PageResult result)
    {
        if (result.Error is not null || result.RecordJson is null) return ProcessedPage.Failed(result.Error ?? "the silo returned neither an article nor an error");
        try
        {
            var (article, analysis) = ArticleRecordJson.Read(result.RecordJson);
            return new ProcessedPage(article, analysis, null);
        }
        catch (JsonException e)
        {
            return ProcessedPage.Failed($"the silo's record could not be read: {e.Message}");
        }
    }
}
