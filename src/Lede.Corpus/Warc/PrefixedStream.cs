namespace Lede.Corpus.Warc;

/// <summary>A read-only stream that yields a few already-read bytes before the rest of another stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : ForwardReadStream
{
    private int _at;

    public override int Read(Span<byte> buffer)
    {
        if (_at < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _at);
            prefix.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }
        return rest.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
