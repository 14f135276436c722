using System.IO.Compression;

namespace Lede.Extraction.Decoding;

/// <summary>
/// Reads an input's raw bytes with hard caps: a stream larger than the limit, or a gzip
/// stream that inflates past it (a bomb), is refused instead of exhausting memory.
/// </summary>
public static class InputReader
{
    /// <summary>Reads a stream, inflating it when it starts with the gzip magic bytes.</summary>
    /// <param name="warnings">Receives findings such as a truncated gzip stream whose readable part was kept.</param>
    public static byte[] ReadAll(Stream stream, ExtractionOptions options, ICollection<string>? warnings = null)
    {
        var raw = ReadCapped(stream, options.MaxInputBytes, "input");
        return IsGzip(raw) ? Inflate(raw, options.MaxDecompressedBytes, warnings) : raw;
    }

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    /// <summary>Inflates gzip data, refusing more than <paramref name="maxBytes"/> of output.</summary>
    public static byte[] Inflate(byte[] gzip, long maxBytes, ICollection<string>? warnings = null)
    {
        using var source = new GZipStream(new MemoryStream(gzip, writable: false), CompressionMode.Decompress);
        var output = new MemoryStream(Math.Min(gzip.Length * 4, 1 << 20));
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes)
                    throw new InputRejectedException(
                        $"gzip data inflates past {maxBytes / (1024 * 1024)} MiB (from {gzip.Length:N0} compressed bytes): refused as a likely gzip bomb");
                output.Write(buffer, 0, read);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            // A truncated or corrupt stream: keep what inflated cleanly rather than lose the page.
            if (output.Length == 0)
                throw new InputRejectedException($"gzip data is corrupt or truncated and nothing could be read ({e.Message})", e);
            warnings?.Add($"gzip data is truncated or corrupt; kept the first {output.Length:N0} bytes that inflated");
        }
        // GZipStream ends quietly on a cut stream; the trailer's size field (ISIZE, length mod 2^32)
        // tells a whole stream from a truncated one. A multi-member file whose last member's size
        // is the total by chance is the only miss, and it is harmless.
        if (warnings is not null && gzip.Length >= 18 && output.Length > 0
            && BitConverter.ToUInt32(gzip, gzip.Length - 4) != (uint)(output.Length & 0xFFFFFFFF)
            && !IsMultiMember(gzip))
            warnings.Add($"gzip data is truncated; kept the first {output.Length:N0} bytes that inflated");
        return output.ToArray();
    }

    /// <summary>True when a second gzip member follows the first, as in concatenated archives.</summary>
    private static bool IsMultiMember(byte[] gzip)
    {
        // Cheap check: another member header (1f 8b 08) somewhere after the first.
        var span = gzip.AsSpan(10);
        ReadOnlySpan<byte> header = [0x1f, 0x8b, 0x08];
        return span.IndexOf(header) >= 0;
    }

    private static byte[] ReadCapped(Stream stream, long maxBytes, string what)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
            throw new InputRejectedException($"{what} is {stream.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
        var output = stream.CanSeek ? new MemoryStream((int)(stream.Length - stream.Position)) : new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > maxBytes)
                throw new InputRejectedException($"{what} is over the {maxBytes:N0}-byte limit");
            output.Write(buffer, 0, read);
        }
        return output.Length == output.Capacity ? output.GetBuffer() : output.ToArray();
    }
}
