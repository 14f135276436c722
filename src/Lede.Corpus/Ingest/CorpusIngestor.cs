using System.Diagnostics;
using Lede.Analysis.Model;
using Lede.Corpus.Storage;
using Lede.Crawl;
using Lede.Extraction;
using Lede.Extraction.Model;

namespace Lede.Corpus.Ingest;

/// <summary>
/// Ingest, end to end: read documents in input order, extract and analyse them (the page
/// processor: all local cores, or a cluster), then write each batch in one transaction (articles,
/// the inputs they came from, follower snapshots) while the next batch is processed. Reading (files,
/// WARC records, fetched feed pages) runs ahead on a thread of its own (<see cref="DocumentReadAhead"/>). Batches commit
/// in input order, so a killed run leaves a prefix of the uninterrupted result and a rerun
/// completes it to exactly that result.
/// </summary>
/// <param name="analyze">Analysis for articles given as JSON Lines without one (pages are analysed by the processor).</param>
internal sealed class CorpusIngestor(
    ICorpusStore store,
    FollowerSet followers,
    CorpusOptions options,
    ExtractionOptions extraction,
    IPageProcessor processor,
    Func<NewsArticle, ArticleAnalysis?>? analyze,
    PoliteFetcher? web,
    bool refetch)
{
    /// <summary>How many bytes of documents may wait, read, for processing (beside the batch being processed).</summary>
    private const long ReadAheadBytes = 64L << 20;

    private sealed record Processed(IngestDocument Document, NewsArticle? Article, ArticleAnalysis? Analysis, ArticleRow? Row, object?[]? Prepared, string? Error, bool Seen);

    private int _documents, _stored, _duplicates, _unchanged, _skipped, _failed;
    // Inputs, records and lines that failed before they became documents (unreadable, too large, malformed): counted
    // among the documents too, so that the summary's parts add up to its whole.
    private int _unread;

    public IngestReport Run(IReadOnlyList<IngestInput> inputs, Action<string, string> problem, Action<IngestProgress>? progress, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var total = inputs.Sum(i => i.Bytes);
        void Problem(string where, string message)
        {
            Interlocked.Increment(ref _failed);
            problem(where, message);
        }
        void ReadProblem(string where, string message)
        {
            Interlocked.Increment(ref _unread);
            Problem(where, message);
        }
        // Reading stops with ingest, and also when ingest ends early (a failure), so a pending fetch lets go.
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var feeds = web is null ? null : new FeedEntryReader(web, store.SeenInputs, refetch, ReadProblem, stopReading.Token);
        var reader = new IngestDocumentReader(extraction, ReadProblem, web, feeds, stopReading.Token);
        var documents = DocumentReadAhead.Read(inputs.SelectMany(reader.Read), options.BatchSize, ReadAheadBytes, stopReading);
        IngestProgress Progress() => new(reader.BytesRead, total, _documents + Volatile.Read(ref _unread), _stored, _duplicates + _unchanged, _skipped, _failed, clock.Elapsed);

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        Task pendingWrite = Task.CompletedTask;
        var storedSinceSnapshot = 0;
        var cancelled = false;
        foreach (var chunk in documents.Chunk(options.BatchSize))
        {
            var seen = store.SeenInputs(chunk.Select(d => d.InputHash).ToHashSet());
            var pages = ProcessPages(chunk, seen, cancel);
            if (pages is null) { cancelled = true; break; }
            var results = new Processed[chunk.Length];
            Parallel.For(0, chunk.Length, parallel, i => results[i] = Finish(chunk[i], seen.Contains(chunk[i].InputHash), pages[i]));
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
        return new IngestReport(_documents + _unread, _stored, _duplicates, _unchanged, _skipped, _failed, reader.NonPageRecords,
            store.CountArticles(), clock.Elapsed, cancelled, feeds?.Known ?? 0, feeds?.OverLimit ?? 0);
    }

    /// <summary>Sends the chunk's new pages to the processor; null when ingest was cancelled meanwhile.</summary>
    /// <returns>Per document of the chunk, its processed page (null for seen documents and articles given as JSON).</returns>
    private ProcessedPage?[]? ProcessPages(IngestDocument[] chunk, IReadOnlySet<string> seen, CancellationToken cancel)
    {
        var slots = new List<int>(chunk.Length);
        var pages = new List<PageToProcess>(chunk.Length);
        for (var i = 0; i < chunk.Length; i++)
        {
            var document = chunk[i];
            if (document.Article is not null || seen.Contains(document.InputHash)) continue;
            slots.Add(i);
            pages.Add(new PageToProcess(document.Source, document.Bytes!, document.Url, document.ContentType, document.Format));
        }
        var byDocument = new ProcessedPage?[chunk.Length];
        if (pages.Count == 0) return byDocument;
        IReadOnlyList<ProcessedPage> processed;
        try
        {
            processed = processor.ProcessAsync(pages, cancel).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }
        if (processed.Count != pages.Count)
            throw new InvalidOperationException($"The page processor returned {processed.Count} results for {pages.Count} pages.");
        for (var k = 0; k < slots.Count; k++) byDocument[slots[k]] = processed[k];
        return byDocument;
    }

    /// <summary>Readies one document for the writer: its row and follower state, built here in parallel.</summary>
    private Processed Finish(IngestDocument document, bool seen, ProcessedPage? page)
    {
        if (seen) return new Processed(document, null, null, null, null, null, Seen: true);
        try
        {
            NewsArticle article;
            ArticleAnalysis? analysis;
            if (document.Article is not null)
            {
                article = ArticleRowCodec.Clean(document.Article);
                analysis = document.Analysis ?? (string.IsNullOrWhiteSpace(article.ArticleBody) ? null : analyze?.Invoke(article));
            }
            else
            {
                if (page!.Error is not null) return new Processed(document, null, null, null, null, page.Error, false);
                article = ArticleRowCodec.Clean(page.Article!);
                analysis = page.Analysis;
            }
            if (string.IsNullOrWhiteSpace(article.ArticleBody)) return new Processed(document, article, null, null, null, null, false);
            // Followers hash the text here, in parallel; ids are not known yet and not needed for it.
            var prepared = followers.Prepare(new CorpusArticle(0, article, analysis));
            // The row (record JSON, hashes) is built here too: the writer that stores it is the one serial stage.
            return new Processed(document, article, analysis, ArticleRowCodec.ToRow(article, analysis), prepared, null, false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Processed(document, null, null, null, null, LocalPageProcessor.Describe(e), false);
        }
    }

    private static void MarkSeen(ICorpusWriteBatch batch, IngestDocument document, long? articleId)
    {
        batch.MarkInputSeen(document.InputHash, articleId);
        if (document.EntryKey is { } key) batch.MarkInputSeen(key, articleId);
    }

    /// <returns>How many articles were stored.</returns>
    private int Write(Processed[] results, Action<string, string> problem, bool snapshot)
    {
        var stored = 0;
        using var batch = store.BeginBatch();
        foreach (var result in results)
        {
            _documents++;
            if (result.Seen)
            {
                // Seen by its bytes (say, as a URL input) but maybe not yet as a feed entry.
                if (result.Document.EntryKey is { } key) batch.MarkInputSeen(key, null);
                _unchanged++;
                continue;
            }
            if (result.Error is not null)
            {
                problem(result.Document.Source, result.Error);
                continue;
            }
            if (result.Prepared is null)
            {
                _skipped++;
                MarkSeen(batch, result.Document, null);
                continue;
            }
            var id = batch.Add(result.Row!);
            MarkSeen(batch, result.Document, id);
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
