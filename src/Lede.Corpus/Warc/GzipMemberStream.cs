using System.IO.Compression;

namespace Lede.Corpus.Warc;

/// <summary>
/// Inflates a multi-member gzip stream (one member per WARC record, as Common Crawl writes them)
/// one member at a time, so a corrupt member costs only itself: the reader reports it, stops at a
/// "break" that the WARC parser sees as the end of the record it was reading, and resumes at the
/// next gzip header after the damage once <see cref="Resume"/> is called.
/// </summary>
internal sealed class GzipMemberStream : ForwardReadStream
{
    private readonly ExactFeedStream _feed;
    private readonly Action<long, string> _report;
    private DeflateStream? _member;
    private long _memberStart;
    private uint _memberLength; // inflated bytes of the current member, mod 2^32 like the trailer's ISIZE
    private bool _broken;

    public GzipMemberStream(Stream compressed, Action<long, string> report)
    {
        _feed = new ExactFeedStream(compressed);
        _report = report;
    }

    /// <summary>True after a corrupt member: reads return 0 until <see cref="Resume"/>.</summary>
    public bool IsBroken => _broken;

    /// <summary>Compressed bytes consumed so far (for progress).</summary>
    public long CompressedPosition => _feed.Position;

    /// <summary>Continues with the next gzip member after a break.</summary>
    public void Resume()
    {
        if (!_broken) return;
        _broken = false;
        _feed.SeekForMagic(_memberStart + 1);
    }

    public override int Read(Span<byte> buffer)
    {
        while (!_broken)
        {
            if (_member is null)
            {
                _memberStart = _feed.Position;
                if (_feed.PeekEnd()) return 0;
                string? problem = ReadHeader();
                if (problem is not null)
                {
                    Break(problem);
                    return 0;
                }
                _member = new DeflateStream(_feed, CompressionMode.Decompress, leaveOpen: true);
                _memberLength = 0;
            }
            int read;
            try
            {
                read = _member.Read(buffer);
            }
            catch (InvalidDataException e)
            {
                Break($"corrupt gzip data ({e.Message})");
                return 0;
            }
            if (read > 0)
            {
                _memberLength += (uint)read;
                return read;
            }
            // End of this member's deflate data: the feed stands at the end of its trailer (CRC32 + ISIZE).
            _member.Dispose();
            _member = null;
            if (!_feed.EndTrailer(_memberLength))
            {
                Break("gzip member is truncated (no trailer)");
                return 0;
            }
        }
        return 0;
    }

    private void Break(string message)
    {
        _member?.Dispose();
        _member = null;
        _broken = true;
        _report(_memberStart, message);
    }

    /// <returns>Null when a valid gzip header was read, else what is wrong with it.</returns>
    private string? ReadHeader()
    {
        Span<byte> fixedPart = stackalloc byte[10];
        if (!_feed.TryReadExactly(fixedPart)) return "truncated gzip header";
        if (fixedPart[0] != 0x1f || fixedPart[1] != 0x8b || fixedPart[2] != 8) return "not a gzip member (bad magic bytes)";
        var flags = fixedPart[3];
        if ((flags & 0x04) != 0)
        {
            Span<byte> length = stackalloc byte[2];
            if (!_feed.TryReadExactly(length) || !_feed.Skip(length[0] | length[1] << 8)) return "truncated gzip extra field";
        }
        if ((flags & 0x08) != 0 && !_feed.SkipZeroTerminated()) return "truncated gzip file name";
        if ((flags & 0x10) != 0 && !_feed.SkipZeroTerminated()) return "truncated gzip comment";
        if ((flags & 0x02) != 0 && !_feed.Skip(2)) return "truncated gzip header checksum";
        return null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _member?.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>
    /// Hands the inflater the compressed bytes up to the next place a member could start (the magic bytes
    /// 1f 8b 08), never past it. The inflater asks for input only once it has used all it was given, so when a
    /// member's deflate data ends, the feed stands at the end of the bytes handed over: at the next member
    /// (the trailer lies just before), or, when the trailer itself holds the magic bytes, a few bytes short of
    /// it (<see cref="EndTrailer"/> finds the trailer by its ISIZE). Bulk reads instead of the byte-at-a-time
    /// feed that exact boundaries would otherwise need: inflating costs a call per byte no longer.
    /// </summary>
    private sealed class ExactFeedStream(Stream inner) : ForwardReadStream
    {
        private const int MagicLength = 3, TrailerLength = 8;
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _start, _end;
        private long _bufferOrigin;
        private uint _lastFour; // the last four bytes handed over, the latest in the high byte

        public override long Position
        {
            get => _bufferOrigin + _start;
            set => throw new NotSupportedException();
        }

        private bool Fill()
        {
            if (_start < _end) return true;
            _bufferOrigin += _end;
            _start = _end = 0;
            var n = inner.Read(_buffer, 0, _buffer.Length);
            if (n <= 0) return false;
            _end = n;
            return true;
        }

        /// <summary>Moves the unread bytes to the front and reads until <paramref name="count"/> are buffered or the input ends.</summary>
        private void Buffer(int count)
        {
            if (_end - _start >= count) return;
            var tail = _end - _start;
            Array.Copy(_buffer, _start, _buffer, 0, tail);
            _bufferOrigin += _start;
            _start = 0;
            _end = tail;
            while (_end < count)
            {
                var n = inner.Read(_buffer, _end, _buffer.Length - _end);
                if (n <= 0) return;
                _end += n;
            }
        }

        public bool PeekEnd() => !Fill();

        public override int Read(Span<byte> destination)
        {
            if (destination.Length == 0 || !Fill()) return 0;
            Buffer(MagicLength);
            var available = _buffer.AsSpan(_start, _end - _start);
            var limit = Math.Min(destination.Length, available.Length);
            var n = 1;
            while (n < limit)
            {
                var at = available[n..limit].IndexOf((byte)0x1f);
                if (at < 0) { n = limit; break; }
                var j = n + at;
                // A magic cut by the buffer's end is handed over next time, once the rest is buffered.
                if (j + MagicLength > available.Length || (available[j + 1] == 0x8b && available[j + 2] == 8)) { n = j; break; }
                n = j + 1;
            }
            available[..n].CopyTo(destination);
            for (var k = Math.Max(0, n - 4); k < n; k++) _lastFour = _lastFour >> 8 | (uint)available[k] << 24;
            _start += n;
            return n;
        }

        /// <summary>
        /// After a member's deflate data: moves past its trailer, found by its ISIZE (the inflated length mod
        /// 2^32) ending here or up to eight bytes further; false when there is no such trailer.
        /// </summary>
        public bool EndTrailer(uint inflatedLength)
        {
            if (_lastFour == inflatedLength) return true;
            Buffer(TrailerLength);
            Span<byte> window = stackalloc byte[4 + TrailerLength];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(window, _lastFour);
            var ahead = Math.Min(TrailerLength, _end - _start);
            _buffer.AsSpan(_start, ahead).CopyTo(window[4..]);
            for (var k = 1; k <= ahead; k++)
            {
                if (System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(window[k..]) != inflatedLength) continue;
                _start += k;
                return true;
            }
            return false;
        }

        public bool TryReadExactly(Span<byte> destination)
        {
            for (var i = 0; i < destination.Length; i++)
            {
                if (!Fill()) return false;
                destination[i] = _buffer[_start++];
            }
            return true;
        }

        public bool Skip(int count)
        {
            while (count > 0)
            {
                if (!Fill()) return false;
                var step = Math.Min(count, _end - _start);
                _start += step;
                count -= step;
            }
            return true;
        }

        public bool SkipZeroTerminated()
        {
            // Header strings are short; a missing terminator would otherwise read the whole file.
            for (var i = 0; i < 65536; i++)
            {
                if (!Fill()) return false;
                if (_buffer[_start++] == 0) return true;
            }
            return false;
        }

        /// <summary>Moves to the next gzip magic (1f 8b 08) at or after <paramref name="from"/>, or to the end.</summary>
        public void SeekForMagic(long from)
        {
            if (inner.CanSeek)
            {
                inner.Seek(from, SeekOrigin.Begin);
                _bufferOrigin = from;
                _start = _end = 0;
            }
            else
            {
                // Cannot go back: scan forward from here.
                if (Position < from) Skip((int)Math.Min(int.MaxValue, from - Position));
            }
            while (Fill())
            {
                var span = _buffer.AsSpan(_start, _end - _start);
                var at = span.IndexOf((byte)0x1f);
                if (at < 0) { _start = _end; continue; }
                _start += at;
                if (HasMagicHere()) return;
                _start++;
            }
        }

        private bool HasMagicHere()
        {
            if (_end - _start < 3)
            {
                // Move the tail to the front and top up so that three bytes can be compared.
                var tail = _end - _start;
                Array.Copy(_buffer, _start, _buffer, 0, tail);
                _bufferOrigin += _start;
                _start = 0;
                _end = tail;
                var n = inner.Read(_buffer, _end, _buffer.Length - _end);
                if (n > 0) _end += n;
                if (_end - _start < 3) return false;
            }
            return _buffer[_start + 1] == 0x8b && _buffer[_start + 2] == 8;
        }
    }
}
