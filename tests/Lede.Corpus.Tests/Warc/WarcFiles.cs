using System.IO.Compression;
using System.Text;

namespace Lede.Corpus.Tests.Warc;

/// <summary>Builds small WARC files for tests, the way crawlers write them (CRLF, one gzip member per record).</summary>
internal static class WarcFiles
{
    public static byte[] Record(string type, string? uri, byte[] block, string contentType = "application/http; msgtype=response", string? contentLength = null)
    {
        var header = new StringBuilder();
        header.Append("WARC/1.0\r\n");
        header.Append($"WARC-Type: {type}\r\n");
        header.Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        header.Append("WARC-Date: 2025-03-05T10:00:00Z\r\n");
        if (uri is not null) header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"Content-Type: {contentType}\r\n");
        header.Append($"Content-Length: {contentLength ?? block.Length.ToString()}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] HttpResponse(string body, string contentType = "text/html; charset=utf-8", string status = "200 OK", bool chunked = false, bool gzip = false)
    {
        var payload = Encoding.UTF8.GetBytes(body);
        var headers = new StringBuilder($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nServer: test\r\n");
        if (gzip)
        {
            payload = Gzip(payload);
            headers.Append("Content-Encoding: gzip\r\n");
        }
        if (chunked)
        {
            headers.Append("Transfer-Encoding: chunked\r\n");
            var chunkedBody = new MemoryStream();
            for (var at = 0; at < payload.Length; at += 100)
            {
                var n = Math.Min(100, payload.Length - at);
                chunkedBody.Write(Encoding.ASCII.GetBytes($"{n:x};ext=1\r\n"));
                chunkedBody.Write(payload, at, n);
                chunkedBody.Write("\r\n"u8);
            }
            chunkedBody.Write("0\r\n\r\n"u8);
            payload = chunkedBody.ToArray();
        }
        else headers.Append($"Content-Length: {payload.Length}\r\n");
        headers.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(headers.ToString()), .. payload];
    }

    public static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }

    /// <summary>One gzip member per record, concatenated (as Common Crawl's CC-NEWS files are).</summary>
    public static byte[] GzipMembers(IEnumerable<byte[]> records) => records.SelectMany(Gzip).ToArray();
}
