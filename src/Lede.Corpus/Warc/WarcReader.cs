using System.Text;

namespace Lede.Corpus.Warc;

/// <summary>
/// Streams the records of a WARC file (ISO 28500, versions 1.0 and 1.1), plain or gzip
/// (whole-file or one member per record). A broken record is reported and skipped: the reader
/// resynchronises at the next line that starts a record, so the rest of the file still reads. A Content-Length
/// that overshoots is caught when the block does not end on the record separator (or the file ends first): the
/// reader then resumes at the first record start inside the block, so the records it swallowed still read.
/// Memory is bounded: headers, lines and blocks have caps, and an oversized block is skipped (keeping at most a
/// block's worth from a record start inside it, in case its Content-Length is the thing that is wrong).
/// </summary>
internal sealed class WarcReader : IDisposable
{
    /// <summary>Blocks larger than this are skipped with a problem report (they are not news pages).</summary>
    public const int DefaultMaxBlockBytes = 32 * 1024 * 1024;

    private const int MaxLineBytes = 64 * 1024;
    private const int MaxHeaders = 512;

    private readonly Stream _raw;
    private readonly GzipMemberStream? _gzip;
    private readonly Stream _input;
    private byte[] _replay = []; // bytes read once and to be read again, before _input (see ReplayFromRecordStart)
    private int _replayAt;
    private readonly int _maxBlockBytes;
    private readonly List<WarcProblem> _pendingProblems = [];
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private long _consumed; // decompressed bytes before _buffer[0]

    public WarcReader(Stream input, int maxBlockBytes = DefaultMaxBlockBytes)
    {
        _raw = input;
        _maxBlockBytes = maxBlockBytes;
        var head = new byte[2];
        var peeked = 0;
        if (input.CanSeek)
        {
            peeked = input.Read(head, 0, 2);
            input.Seek(-peeked, SeekOrigin.Current);
        }
        else
        {
            input = new BufferedStream(input, 1 << 16);
            _raw = input;
        }
        var isGzip = input.CanSeek ? peeked == 2 && head[0] == 0x1f && head[1] == 0x8b : PeekGzip(ref input);
        if (isGzip)
        {
            _gzip = new GzipMemberStream(input, (offset, message) => _pendingProblems.Add(new WarcProblem(offset, $"gzip member at compressed offset {offset:N0}: {message}")));
            _input = _gzip;
        }
        else _input = input;
    }

    private static bool PeekGzip(ref Stream input)
    {
        // Non-seekable input: read two bytes and put them back in front.
        var head = new byte[2];
        var n = input.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        var rest = input;
        input = new PrefixedStream(head.AsSpan(0, n).ToArray(), rest);
        return n == 2 && head[0] == 0x1f && head[1] == 0x8b;
    }

    /// <summary>How far through the input file the reader is, in file bytes (for progress).</summary>
    public long InputPosition => _gzip?.CompressedPosition ?? (_raw.CanSeek ? _raw.Position : _consumed + _start);

    /// <summary>
    /// Reads every record in order. <paramref name="problem"/> receives each broken part that was skipped.
    /// </summary>
    public IEnumerable<WarcRecord> ReadRecords(Action<WarcProblem> problem)
    {
        while (true)
        {
            FlushProblems(problem);
            var offset = _consumed + _start;
            var line = ReadLine(out var lineTooLong);
            if (line is null)
            {
                if (_gzip is { IsBroken: true }) { FlushProblems(problem); _gzip.Resume(); continue; }
                yield break;
            }
            if (line.Length == 0 && !lineTooLong) continue; // blank lines between records
            if (lineTooLong || !line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                problem(new WarcProblem(offset, "expected a WARC record header (\"WARC/1.x\"); skipping to the next record"));
                SkipToNextRecord();
                continue;
            }
            var (headers, error) = ReadHeaders();
            if (error is not null)
            {
                FlushProblems(problem);
                problem(new WarcProblem(offset, error));
                if (_gzip is { IsBroken: true }) _gzip.Resume();
                else SkipToNextRecord();
                continue;
            }
            if (!headers!.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText.Trim(), out var length) || length < 0)
            {
                problem(new WarcProblem(offset, "WARC record without a valid Content-Length; skipping to the next record"));
                SkipToNextRecord();
                continue;
            }
            if (length > _maxBlockBytes)
            {
                problem(new WarcProblem(offset, $"WARC record block of {length:N0} bytes is over the {_maxBlockBytes:N0}-byte limit; skipped"));
                var (end, resumedAt) = SkipOversizedBlock(length);
                FlushProblems(problem);
                if (resumedAt >= 0)
                {
                    var why = end switch
                    {
                        OversizedEnd.PastFileEnd => "runs past the end of the file",
                        OversizedEnd.NotOnSeparator => "does not end on the record separator",
                        _ => "runs over a record start and another block's worth of bytes",
                    };
                    problem(new WarcProblem(offset, $"WARC record's Content-Length of {length:N0} bytes {why}; reading resumes at the record inside it (offset {resumedAt:N0})"));
                }
                else if (end == OversizedEnd.PastFileEnd && _gzip is { IsBroken: true }) _gzip.Resume();
                continue;
            }
            var blockOffset = _consumed + _start;
            var block = new byte[length];
            var got = ReadBlock(block);
            if (got < length)
            {
                // A cut .warc.gz breaks the gzip member and the record inside it at once: one loss, told once, with the
                // gzip layer's finding as its cause (it had counted as two failures).
                var cause = _pendingProblems.Count == 0 ? "" : " (" + string.Join("; ", _pendingProblems.Select(p => p.Message)) + ")";
                _pendingProblems.Clear();
                problem(new WarcProblem(offset, $"WARC record is truncated: {got:N0} of {length:N0} content bytes{cause}"));
                if (ReplayFromRecordStart(block, got, blockOffset)) continue;
                if (_gzip is { IsBroken: true }) _gzip.Resume();
                continue;
            }
            if (!EndsRecordCleanly())
            {
                // The declared length did not land on the record separator: the block is not trustworthy.
                problem(new WarcProblem(offset, "WARC record content does not end where Content-Length says; skipped"));
                if (!ReplayFromRecordStart(block, got, blockOffset)) SkipToNextRecord();
                continue;
            }
            yield return new WarcRecord(offset, headers, block);
        }
    }

    /// <summary>
    /// After a block that a wrong Content-Length made too long: when a line inside it starts a record, reading goes
    /// back there (that record and the rest of the block are read again), so one bad length costs one record.
    /// </summary>
    private bool ReplayFromRecordStart(byte[] block, int got, long blockOffset)
    {
        var start = FindRecordStart(block.AsSpan(0, got));
        if (start < 0) return false;
        var unread = _buffer.AsSpan(_start, _end - _start);
        var pending = _replay.AsSpan(_replayAt);
        var replay = new byte[got - start + unread.Length + pending.Length];
        block.AsSpan(start, got - start).CopyTo(replay);
        unread.CopyTo(replay.AsSpan(got - start));
        pending.CopyTo(replay.AsSpan(got - start + unread.Length));
        (_replay, _replayAt) = (replay, 0);
        _consumed = blockOffset + start;
        _start = _end = 0;
        return true;
    }

    /// <summary>
    /// Skips a block over the size limit without holding it, unless its Content-Length is wrong. From the first line
    /// inside it that starts a record, the bytes are kept (up to the block limit again): when the block then does not
    /// end on the record separator, or the file ends first, reading goes back to that record, so a bogus length
    /// costs one record, as for a block under the limit. When that many bytes follow the record start with the
    /// declared end still ahead, the record start is taken as real (a block that large holding a WARC record line
    /// is rarer than a wrong length) and reading goes back there at once. Returns how the block ended and the
    /// offset reading resumed at (-1: it did not).
    /// </summary>
    private (OversizedEnd End, long ResumedAt) SkipOversizedBlock(long length)
    {
        ReadOnlySpan<byte> magic = "\nWARC/1."u8;
        Span<byte> seam = stackalloc byte[2 * magic.Length];
        Span<byte> tail = stackalloc byte[magic.Length - 1]; // the last bytes skipped, so that a record start across two reads is seen
        var tailLength = 1;
        tail[0] = (byte)'\n'; // the header's blank line ends right before the block
        MemoryStream? kept = null;
        long keptOffset = -1;
        var remaining = length;
        while (remaining > 0)
        {
            if (!Fill()) break;
            var step = (int)Math.Min(remaining, _end - _start);
            var chunk = _buffer.AsSpan(_start, step);
            if (kept is not null) kept.Write(chunk);
            else
            {
                tail[..tailLength].CopyTo(seam);
                var head = Math.Min(tail.Length, chunk.Length);
                chunk[..head].CopyTo(seam[tailLength..]);
                var found = seam[..(tailLength + head)].IndexOf(magic);
                if (found < 0 && chunk.IndexOf(magic) is var inChunk and >= 0) found = tailLength + inChunk;
                if (found >= 0)
                {
                    var at = found + 1 - tailLength; // below 0: the record start began in the bytes already skipped
                    keptOffset = _consumed + _start + at;
                    kept = new MemoryStream();
                    if (at < 0) kept.Write(tail[(tailLength + at)..tailLength]);
                    kept.Write(chunk[Math.Max(at, 0)..]);
                }
                else if (chunk.Length >= tail.Length)
                {
                    chunk[^tail.Length..].CopyTo(tail);
                    tailLength = tail.Length;
                }
                else
                {
                    var old = Math.Min(tail.Length - chunk.Length, tailLength);
                    tail.Slice(tailLength - old, old).CopyTo(tail);
                    chunk.CopyTo(tail[old..]);
                    tailLength = old + chunk.Length;
                }
            }
            _start += step;
            remaining -= step;
            if (kept is not null && kept.Length > _maxBlockBytes && remaining > 0) return (OversizedEnd.RecordStartInside, Replay(kept, keptOffset));
        }
        if (remaining == 0 && EndsRecordCleanly()) return (OversizedEnd.Clean, -1);
        var end = remaining == 0 ? OversizedEnd.NotOnSeparator : OversizedEnd.PastFileEnd;
        return (end, kept is null ? -1 : Replay(kept, keptOffset));
    }

    private enum OversizedEnd { Clean, NotOnSeparator, PastFileEnd, RecordStartInside }

    /// <summary>Reads <paramref name="kept"/> (which began at <paramref name="offset"/>) again, then what was still unread.</summary>
    private long Replay(MemoryStream kept, long offset)
    {
        var head = kept.GetBuffer().AsSpan(0, (int)kept.Length);
        var unread = _buffer.AsSpan(_start, _end - _start);
        var pending = _replay.AsSpan(_replayAt);
        var replay = new byte[head.Length + unread.Length + pending.Length];
        head.CopyTo(replay);
        unread.CopyTo(replay.AsSpan(head.Length));
        pending.CopyTo(replay.AsSpan(head.Length + unread.Length));
        (_replay, _replayAt) = (replay, 0);
        _consumed = offset;
        _start = _end = 0;
        return offset;
    }

    /// <summary>Where the first line that starts "WARC/1." begins in the block (after its first byte), or -1.</summary>
    private static int FindRecordStart(ReadOnlySpan<byte> block)
    {
        ReadOnlySpan<byte> magic = "\nWARC/1."u8;
        var at = block.IndexOf(magic);
        return at < 0 ? -1 : at + 1;
    }

    private void FlushProblems(Action<WarcProblem> problem)
    {
        foreach (var p in _pendingProblems) problem(p);
        _pendingProblems.Clear();
    }

    private (Dictionary<string, string>? Headers, string? Error) ReadHeaders()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        for (var i = 0; i < MaxHeaders; i++)
        {
            var line = ReadLine(out var tooLong);
            if (line is null) return (null, "WARC record header is truncated");
            if (tooLong) return (null, "WARC header line is too long");
            if (line.Length == 0) return (headers, null);
            if ((line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                headers[last] += " " + line.Trim(); // folded continuation line
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) return (null, $"malformed WARC header line \"{Shorten(line)}\"");
            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }
        return (null, "WARC record has too many header lines");
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";

    /// <summary>
    /// After a block: the standard CRLF CRLF, tolerating bare LFs and a missing separator at the very end.
    /// Consumes nothing when it fails, so the bytes after the block can be read again.
    /// </summary>
    private bool EndsRecordCleanly()
    {
        if (_end - _start < 4) Compact(4);
        var ahead = _buffer.AsSpan(_start, _end - _start);
        var at = 0;
        for (var i = 0; i < 2 && at < ahead.Length; i++)
        {
            if (ahead[at] == '\r' && ++at == ahead.Length) break;
            if (ahead[at] != '\n') return false;
            at++;
        }
        _start += at;
        return true;
    }

    /// <summary>Skips lines until the next one that starts with "WARC/", leaving it unread.</summary>
    private void SkipToNextRecord()
    {
        while (true)
        {
            if (!Fill()) return;
            if (AtRecordStart()) return;
            // Drop the rest of this line.
            while (Fill())
            {
                var span = _buffer.AsSpan(_start, _end - _start);
                var nl = span.IndexOf((byte)'\n');
                if (nl >= 0) { _start += nl + 1; break; }
                _start = _end;
            }
        }
    }

    private bool AtRecordStart()
    {
        ReadOnlySpan<byte> magic = "WARC/"u8;
        if (_end - _start < magic.Length) Compact(magic.Length);
        return _end - _start >= magic.Length && _buffer.AsSpan(_start, magic.Length).SequenceEqual(magic);
    }

    private string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        if (!Fill()) return null;
        var bytes = new List<byte>(128);
        while (Fill())
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var nl = span.IndexOf((byte)'\n');
            var take = nl >= 0 ? nl : span.Length;
            if (bytes.Count + take > MaxLineBytes) tooLong = true;
            else bytes.AddRange(span[..take]);
            _start += take;
            if (nl >= 0) { _start++; break; }
        }
        var count = bytes.Count;
        if (count > 0 && bytes[count - 1] == '\r') count--;
        return Encoding.UTF8.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes)[..count]);
    }

    private int ReadBlock(byte[] block)
    {
        var filled = 0;
        while (filled < block.Length)
        {
            if (_start < _end)
            {
                var step = Math.Min(block.Length - filled, _end - _start);
                _buffer.AsSpan(_start, step).CopyTo(block.AsSpan(filled));
                _start += step;
                filled += step;
                continue;
            }
            // Large remainder: read straight into the block.
            _consumed += _end;
            _start = _end = 0;
            var n = ReadInput(block.AsSpan(filled));
            if (n <= 0) break;
            filled += n;
            _consumed += n;
        }
        return filled;
    }

    private bool Fill()
    {
        if (_start < _end) return true;
        _consumed += _end;
        _start = _end = 0;
        var n = ReadInput(_buffer);
        if (n <= 0) return false;
        _end = n;
        return true;
    }

    private void Compact(int want)
    {
        var tail = _end - _start;
        Array.Copy(_buffer, _start, _buffer, 0, tail);
        _consumed += _start;
        _start = 0;
        _end = tail;
        while (_end < want)
        {
            var n = ReadInput(_buffer.AsSpan(_end));
            if (n <= 0) return;
            _end += n;
        }
    }

    private int ReadInput(Span<byte> into)
    {
        if (_replayAt < _replay.Length)
        {
            var n = Math.Min(into.Length, _replay.Length - _replayAt);
            _replay.AsSpan(_replayAt, n).CopyTo(into);
            _replayAt += n;
            return n;
        }
        return _input.Read(into);
    }

    public void Dispose()
    {
        _gzip?.Dispose();
        _raw.Dispose();
    }
}
