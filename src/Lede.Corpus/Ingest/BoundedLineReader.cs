using System.Text;

namespace Lede.Corpus.Ingest;

/// <summary>
/// Reads lines (ended by LF, CR or CRLF, as <see cref="TextReader.ReadLine"/>) but never holds more than
/// <paramref name="maxChars"/> of one: a longer line is read past and reported, so a file that is one endless
/// line costs bounded memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _start, _end;
    private bool _skipLineFeed; // the last line ended with CR: a LF right after it belongs to that ending

    /// <summary>The next line, or null at the end; <paramref name="tooLong"/> when it had more than maxChars characters (then it is "").</summary>
    public string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        _line.Clear();
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = Math.Max(0, reader.Read(_buffer, 0, _buffer.Length));
                if (_end == 0) return any ? _line.ToString() : null;
            }
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_start] == '\n' && ++_start == _end) continue;
            }
            any = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var stop = span.IndexOfAny('\n', '\r');
            var take = stop < 0 ? span.Length : stop;
            if (!tooLong && _line.Length + take > maxChars) { tooLong = true; _line.Clear(); }
            if (!tooLong) _line.Append(span[..take]);
            _start += take;
            if (stop < 0) continue;
            _skipLineFeed = _buffer[_start] == '\r';
            _start++;
            return _line.ToString();
        }
    }
}
