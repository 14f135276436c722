using System.Diagnostics;
using Lede.Analysis.Model;
using Lede.Corpus.Storage;
using Lede.Crawl;
using Lede.Extraction;
using Lede.Extraction.Model;

namespace Lede.Corpus.Ingest;

/// <summary>
/// Ingest, end to end: read documents in input order, extract and analyse them on all cores,
/// then write each batch in one transaction (articles, the inputs they came from, follower
/// snapshots) while the next batch is extracted. Batches commit in input order, so a killed run
/// leaves a prefix of the uninterrupted result and a rerun completes it to exactly that result.
/// </summary>
internal sealed class CorpusIngestor(
    ICorpusStore store,
    FollowerSet followers,
    CorpusOptions options,
    ArticleExtractor extractor,
    Func<NewsArticle, ArticleAnalysis?>? analyze,
    Func<Uri, FetchedPage>? fetch)
{
    private sealed record Processed(IngestDocument Document, NewsArticle? Article, ArticleAnalysis? Analysis, ArticleRow? Row, object?[]? Prepared, string? Error, bool Seen);

    private int _documents, _stored, _duplicates, _unchanged, _skipped, _failed;

    public IngestReport Run(IReadOnlyList<IngestInput> inputs, Action<string, string> problem, Action<IngestProgress>? progress, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var total = inputs.Sum(i => i.Bytes);
        void Problem(string where, string message)
        {
            Interlocked.Increment(ref _failed);
            problem(where, message);
        }
        var reader = new IngestDocumentReader(extractor.Options, Problem, fetch);
        IngestProgress Progress() => new(reader.BytesRead, total, _documents, _stored, _duplicates + _unchanged, _skipped, _failed, clock.Elapsed);

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        Task pendingWrite = Task.CompletedTask;
        var storedSinceSnapshot = 0;
        var cancelled = false;
        foreach (var chunk in inputs.SelectMany(reader.Read).Chunk(options.BatchSize))
        {
            var seen = store.SeenInputs(chunk.Select(d => d.InputHash).ToHashSet());
            var results = new Processed[chunk.Length];
            Parallel.For(0, chunk.Length, parallel, i => results[i] = Process(chunk[i], seen.Contains(chunk[i].InputHash)));
            pendingWrite.GetAwaiter().GetResult();
            progress?.Invoke(Progress());
            if (cancel.IsCancellationRequested) { cancelled = true; break; }
            pendingWrite = Task.Run(() =>
            {
                storedSinceSnapshot += Write(results, Problem, snapshot: storedSinceSnapshot >= options.SnapshotEvery);
                if (storedSinceSnapshot >= options.SnapshotEvery) storedSinceSnapshot = 0;
            });
        }
        pendingWrite.GetAwaiter().GetResult();
        if (followers.SnapshotId != followers.LastArticleId)
        {
            using var batch = store.BeginBatch();
            followers.Snapshot(batch);
            batch.Commit();
        }
        progress?.Invoke(Progress());
        return new IngestReport(_documents, _stored, _duplicates, _unchanged, _skipped, _failed, reader.NonPageRecords,
            store.CountArticles(), clock.Elapsed, cancelled);
    }

    private Processed Process(IngestDocument document, bool seen)
    {
        if (seen) return new Processed(document, null, null, null, null, null, Seen: true);
        try
        {
            var article = document.Article ?? extractor.Extract(document.Bytes!, new ExtractionRequest
            {
                Source = document.Source, Url = document.Url, ContentType = document.ContentType, Format = document.Format,
            });
            article = ArticleRowCodec.Clean(article);
            if (string.IsNullOrWhiteSpace(article.ArticleBody)) return new Processed(document, article, null, null, null, null, false);
            var analysis = document.Analysis ?? analyze?.Invoke(article);
            // Followers hash the text here, in parallel; ids are not known yet and not needed for it.
            var prepared = followers.Prepare(new CorpusArticle(0, article, analysis));
            // The row (record JSON, hashes) is built here too: the writer that stores it is the one serial stage.
            return new Processed(document, article, analysis, ArticleRowCodec.ToRow(article, analysis), prepared, null, false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Processed(document, null, null, null, null, Describe(e), false);
        }
    }

    private static string Describe(Exception e) => e switch
    {
        InputRejectedException => e.Message,
        InsufficientExecutionStackException => "the page is nested too deeply to process",
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    /// <returns>How many articles were stored.</returns>
    private int Write(Processed[] results, Action<string, string> problem, bool snapshot)
    {
        var stored = 0;
        using var batch = store.BeginBatch();
        foreach (var result in results)
        {
            _documents++;
            if (result.Seen) { _unchanged++; continue; }
            if (result.Error is not null)
            {
                problem(result.Document.Source, result.Error);
                continue;
            }
            if (result.Prepared is null)
            {
                _skipped++;
                batch.MarkInputSeen(result.Document.InputHash, null);
                continue;
            }
            var id = batch.Add(result.Row!);
            batch.MarkInputSeen(result.Document.InputHash, id);
            if (id is not { } newId) { _duplicates++; continue; }
            followers.Add(new CorpusArticle(newId, result.Article!, result.Analysis), result.Prepared);
            stored++;
        }
        if (snapshot) followers.Snapshot(batch);
        batch.Commit();
        _stored += stored;
        return stored;
    }
}
