using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// The file format the attribution models share: gzip-compressed, little-endian — a magic word, a format
/// number, an optional single-precision header value (a threshold), then sorted 64-bit feature keys,
/// each with a half-precision weight. Sorted keys: the same weights always give the same bytes.
/// </summary>
internal static class HashedWeightsFile
{
    private const int MaxCount = 20_000_000;

    public static void Write(Stream output, string magic, int version, IReadOnlyDictionary<ulong, float> weights, float? header = null)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(magic);
        writer.Write(version);
        if (header is { } value) writer.Write(value);
        writer.Write(weights.Count);
        foreach (var (key, weight) in weights.OrderBy(w => w.Key))
        {
            writer.Write(key);
            writer.Write((Half)weight);
        }
    }

    /// <summary>Reads a file written by <see cref="Write"/>; <paramref name="name"/> ("cue model") names it in errors.</summary>
    public static (Dictionary<ulong, float> Weights, float Header) Read(Stream input, string magic, int version, string name, bool hasHeader)
    {
        byte[] bytes;
        using (var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        var position = 0;
        ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || position + n > bytes.Length) throw new InvalidDataException($"The {name} is truncated.");
            var slice = bytes.AsSpan(position, n);
            position += n;
            return slice;
        }
        var expected = Encoding.UTF8.GetBytes(magic);
        if (Take(1)[0] != expected.Length || !Take(expected.Length).SequenceEqual(expected)) throw new InvalidDataException($"Not a Lede {name}.");
        var found = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        if (found != version) throw new InvalidDataException($"The {name}'s format {found} is not supported (expected {version}).");
        var header = hasHeader ? BinaryPrimitives.ReadSingleLittleEndian(Take(4)) : 0f;
        var count = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        if (count is < 0 or > MaxCount) throw new InvalidDataException($"The {name} is corrupt (bad count).");
        var weights = new Dictionary<ulong, float>(count);
        for (var i = 0; i < count; i++)
        {
            var key = BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
            weights[key] = (float)BinaryPrimitives.ReadHalfLittleEndian(Take(2));
        }
        return (weights, header);
    }
}
