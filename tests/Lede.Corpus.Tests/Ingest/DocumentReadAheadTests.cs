using Lede.Corpus.Ingest;

namespace Lede.Corpus.Tests.Ingest;

public sealed class DocumentReadAheadTests
{
    private static IngestDocument Document(int i, int size = 10) => new($"doc-{i}", $"hash-{i}") { Bytes = new byte[size] };

    [Fact]
    public void Documents_come_out_in_the_order_they_were_read()
    {
        using var abandon = new CancellationTokenSource();
        var sources = DocumentReadAhead.Read(Enumerable.Range(0, 1000).Select(i => Document(i)), 7, 1 << 20, abandon)
            .Select(d => d.Source).ToList();

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"doc-{i}"), sources);
        Assert.False(abandon.IsCancellationRequested);
    }

    [Theory]
    [InlineData(10, 250, 4)] // the bytes bind: one taken, two of 100 bytes queued, one read and waiting for room
    [InlineData(3, 1 << 20, 5)] // the count binds: one taken, three queued, one waiting
    public void The_reader_stays_within_its_document_and_byte_budget(int maxDocuments, long maxBytes, int mostRead)
    {
        using var abandon = new CancellationTokenSource();
        var produced = 0;
        IEnumerable<IngestDocument> Source()
        {
            for (var i = 0; i < 50; i++)
            {
                Interlocked.Increment(ref produced);
                yield return Document(i, size: 100);
            }
        }

        using var documents = DocumentReadAhead.Read(Source(), maxDocuments, maxBytes, abandon).GetEnumerator();
        Assert.True(documents.MoveNext());
        Thread.Sleep(300); // Give the reader time to run as far ahead as it may.
        Assert.InRange(Volatile.Read(ref produced), 2, mostRead);

        var rest = 0;
        while (documents.MoveNext()) rest++;
        Assert.Equal(49, rest);
    }

    [Fact]
    public void A_document_larger_than_the_byte_budget_still_passes()
    {
        using var abandon = new CancellationTokenSource();
        var sizes = DocumentReadAhead.Read([Document(0, 5000), Document(1, 5000)], 4, 100, abandon)
            .Select(d => d.Bytes!.Length).ToList();

        Assert.Equal([5000, 5000], sizes);
    }

    [Fact]
    public void A_reader_failure_arrives_after_the_documents_before_it()
    {
        using var abandon = new CancellationTokenSource();
        IEnumerable<IngestDocument> Source()
        {
            yield return Document(0);
            yield return Document(1);
            throw new InvalidDataException("broken input");
        }

        var seen = new List<string>();
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var document in DocumentReadAhead.Read(Source(), 8, 1 << 20, abandon)) seen.Add(document.Source);
        });

        Assert.Equal("broken input", error.Message);
        Assert.Equal(["doc-0", "doc-1"], seen);
    }

    [Fact]
    public void Stopping_early_cancels_a_reader_blocked_on_io_and_waits_for_it()
    {
        using var abandon = new CancellationTokenSource();
        var readerFinished = false;
        IEnumerable<IngestDocument> Source()
        {
            try
            {
                yield return Document(0);
                // A fetch that would take far longer than the test: only the cancellation ends it.
                abandon.Token.WaitHandle.WaitOne(TimeSpan.FromMinutes(5));
                yield return Document(1);
            }
            finally
            {
                readerFinished = true;
            }
        }

        var started = DateTime.UtcNow;
        var first = DocumentReadAhead.Read(Source(), 8, 1 << 20, abandon).First();

        Assert.Equal("doc-0", first.Source);
        Assert.True(abandon.IsCancellationRequested);
        Assert.True(readerFinished, "the reader thread had not finished when the enumeration returned");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromMinutes(1));
    }
}
