namespace Lede.Corpus.Ingest;

/// <summary>
/// Reads documents on a thread of its own while the ingestor processes the ones before them, so
/// fetching feed pages, reading files and inflating WARC records overlap with extraction instead of
/// waiting for it. Order is kept. The reader stays at most <c>maxDocuments</c> documents and
/// <c>maxBytes</c> bytes ahead (one document always fits), so memory stays bounded whatever the inputs.
/// An exception in the reader reaches the consumer where it happened, after the documents before it.
/// </summary>
internal sealed class DocumentReadAhead
{
    private readonly Queue<IngestDocument> _queue = new();
    // A plain object, not Lock: reader and consumer wait on each other with Monitor.Wait/PulseAll.
    private readonly object _lock = new();
    private readonly int _maxDocuments;
    private readonly long _maxBytes;
    private long _queuedBytes;
    private bool _finished, _abandoned;
    private Exception? _failure;

    private DocumentReadAhead(int maxDocuments, long maxBytes)
    {
        _maxDocuments = maxDocuments;
        _maxBytes = maxBytes;
    }

    /// <summary>
    /// Enumerates <paramref name="source"/> ahead of the caller. When the caller stops early, <paramref name="abandon"/>
    /// is cancelled so a reader blocked on a fetch lets go, and the reader thread is waited for before returning.
    /// </summary>
    public static IEnumerable<IngestDocument> Read(IEnumerable<IngestDocument> source, int maxDocuments, long maxBytes, CancellationTokenSource abandon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDocuments, 1);
        var ahead = new DocumentReadAhead(maxDocuments, maxBytes);
        var reader = new Thread(() => ahead.Fill(source)) { IsBackground = true, Name = "Lede ingest reader" };
        reader.Start();
        try
        {
            while (ahead.Take() is { } document) yield return document;
        }
        finally
        {
            if (ahead.Abandon()) abandon.Cancel();
            reader.Join();
        }
    }

    private void Fill(IEnumerable<IngestDocument> source)
    {
        try
        {
            foreach (var document in source)
            {
                var size = Size(document);
                lock (_lock)
                {
                    while (!_abandoned && _queue.Count > 0 && (_queue.Count >= _maxDocuments || _queuedBytes + size > _maxBytes)) Monitor.Wait(_lock);
                    if (_abandoned) return;
                    _queue.Enqueue(document);
                    _queuedBytes += size;
                    Monitor.PulseAll(_lock);
                }
            }
        }
        catch (Exception e)
        {
            lock (_lock) _failure = e;
        }
        finally
        {
            lock (_lock)
            {
                _finished = true;
                Monitor.PulseAll(_lock);
            }
        }
    }

    /// <returns>The next document, or null when the reader has finished.</returns>
    /// <exception cref="Exception">What the reader threw, once the documents before it are taken.</exception>
    private IngestDocument? Take()
    {
        lock (_lock)
        {
            while (_queue.Count == 0 && !_finished) Monitor.Wait(_lock);
            if (_queue.TryDequeue(out var document))
            {
                _queuedBytes -= Size(document);
                Monitor.PulseAll(_lock);
                return document;
            }
            if (_failure is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            return null;
        }
    }

    /// <returns>Whether the reader was still reading (the consumer stopped early).</returns>
    private bool Abandon()
    {
        lock (_lock)
        {
            var early = !_finished;
            _abandoned = true;
            _queue.Clear();
            Monitor.PulseAll(_lock);
            return early;
        }
    }

    private static long Size(IngestDocument document) => document.Bytes?.Length ?? 0;
}
