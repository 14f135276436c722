using System.IO.Compression;
using System.Text;

namespace Lede.Corpus.Warc;

/// <summary>
/// Parses the block of a WARC response record: status line, headers, then the body with any
/// chunked transfer coding and gzip/deflate/brotli content coding undone (both bounded).
/// </summary>
internal static class HttpResponseParser
{
    private const int MaxHeaderBytes = 256 * 1024;

    /// <summary>Content codings undone per body: real servers apply one, rarely two; each layer is bounded by the body limit.</summary>
    private const int MaxContentCodings = 4;

    /// <exception cref="FormatException">The block is not a readable HTTP response.</exception>
    public static HttpResponse Parse(byte[] block, int maxBodyBytes = WarcReader.DefaultMaxBlockBytes)
    {
        var span = block.AsSpan();
        var headerEnd = FindHeaderEnd(span, out var separatorLength);
        if (headerEnd < 0) throw new FormatException("HTTP response has no end of headers");
        var lines = Encoding.Latin1.GetString(span[..headerEnd]).Split('\n');
        var status = ParseStatusLine(lines[0].TrimEnd('\r'));
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if ((line[0] == ' ' || line[0] == '\t') && last is not null) { headers[last] += " " + line.Trim(); continue; }
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"malformed HTTP header line \"{(line.Length > 60 ? line[..60] : line)}\"");
            last = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            // Repeated headers combine as HTTP says (comma-separated).
            headers[last] = headers.TryGetValue(last, out var previous) ? previous + ", " + value : value;
        }
        var body = block[(headerEnd + separatorLength)..];
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = Dechunk(body, maxBodyBytes);
        // Codings are listed in the order they were applied ("gzip, br"): the last is undone first.
        if (headers.TryGetValue("Content-Encoding", out var encoding))
            foreach (var coding in encoding.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Reverse().Take(MaxContentCodings))
                body = Decode(body, coding.ToLowerInvariant(), maxBodyBytes);
        return new HttpResponse(status, headers, body);
    }

    private static int FindHeaderEnd(ReadOnlySpan<byte> span, out int separatorLength)
    {
        var limit = Math.Min(span.Length, MaxHeaderBytes);
        var crlf = span[..limit].IndexOf("\r\n\r\n"u8);
        var lf = span[..limit].IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) { separatorLength = 4; return crlf; }
        separatorLength = 2;
        return lf;
    }

    private static int ParseStatusLine(string line)
    {
        // "HTTP/1.1 200 OK"; the reason phrase is optional.
        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(parts[1], out var status) || status < 100 || status > 999)
            throw new FormatException($"bad HTTP status line \"{(line.Length > 60 ? line[..60] : line)}\"");
        return status;
    }

    /// <summary>Undoes chunked transfer coding; a body that ends early keeps the chunks that arrived.</summary>
    internal static byte[] Dechunk(byte[] body, int maxBytes)
    {
        var output = new MemoryStream(body.Length);
        var at = 0;
        while (at < body.Length)
        {
            var nl = Array.IndexOf(body, (byte)'\n', at);
            if (nl < 0) break;
            var sizeText = Encoding.ASCII.GetString(body, at, nl - at).Trim();
            var semicolon = sizeText.IndexOf(';'); // chunk extensions
            if (semicolon >= 0) sizeText = sizeText[..semicolon].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0)
            {
                if (output.Length == 0) throw new FormatException("chunked HTTP body with a bad chunk size");
                break;
            }
            at = nl + 1;
            if (size == 0) break;
            var take = Math.Min(size, body.Length - at);
            if (output.Length + take > maxBytes) throw new FormatException($"HTTP body is over the {maxBytes:N0}-byte limit");
            output.Write(body, at, take);
            at += take;
            // Chunk data is followed by CRLF.
            if (at < body.Length && body[at] == '\r') at++;
            if (at < body.Length && body[at] == '\n') at++;
        }
        return output.ToArray();
    }

    private static byte[] Decode(byte[] body, string encoding, int maxBytes)
    {
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            // "deflate" is zlib-wrapped by the standard, raw deflate by some servers.
            "deflate" => body.Length > 1 && (body[0] & 0x0f) == 8 && ((body[0] << 8) | body[1]) % 31 == 0
                ? new ZLibStream(new MemoryStream(body), CompressionMode.Decompress)
                : new DeflateStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null, // identity, or a coding we do not know: the sniffer decides what it is.
        };
        if (decoder is null) return body;
        // Common Crawl stores bodies already decoded but sometimes keeps the header: keep the bytes then.
        if (encoding is "gzip" or "x-gzip" && !(body.Length > 1 && body[0] == 0x1f && body[1] == 0x8b)) return body;
        using (decoder)
        {
            var output = new MemoryStream(body.Length * 4);
            var buffer = new byte[81920];
            try
            {
                int n;
                while ((n = decoder.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (output.Length + n > maxBytes) throw new FormatException($"HTTP body inflates past {maxBytes:N0} bytes");
                    output.Write(buffer, 0, n);
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // Archives often store the body already decoded while keeping the header.
                if (output.Length == 0) return body;
            }
            return output.ToArray();
        }
    }
}
