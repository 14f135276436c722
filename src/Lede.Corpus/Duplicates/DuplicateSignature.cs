using System.Buffers.Binary;

namespace Lede.Corpus.Duplicates;

/// <summary>
/// What the detector keeps of a text: its word count, the hash of its normalised word sequence
/// (exact copies), the number of distinct shingles and the MinHash signature (near copies).
/// <see cref="ToBytes"/> gives a compact blob a store can persist next to the document and feed back
/// through <see cref="DuplicateDetector.Add(string, DuplicateSignature, DateTimeOffset?)"/>.
/// </summary>
public sealed class DuplicateSignature
{
    private const byte FormatVersion = 1;
    private const int HeaderBytes = 1 + 4 + 8 + 4 + 2;

    internal DuplicateSignature(int wordCount, ulong exactHash, int shingleCount, uint[] minHashes)
    {
        WordCount = wordCount;
        ExactHash = exactHash;
        ShingleCount = shingleCount;
        MinHashes = minHashes;
    }

    public int WordCount { get; }

    public ulong ExactHash { get; }

    public int ShingleCount { get; }

    internal uint[] MinHashes { get; }

    public int HashCount => MinHashes.Length;

    /// <summary>Little-endian: version, word count, exact hash, shingle count, hash count, then the MinHash values.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderBytes + 4 * MinHashes.Length];
        var span = bytes.AsSpan();
        span[0] = FormatVersion;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], WordCount);
        BinaryPrimitives.WriteUInt64LittleEndian(span[5..], ExactHash);
        BinaryPrimitives.WriteInt32LittleEndian(span[13..], ShingleCount);
        BinaryPrimitives.WriteUInt16LittleEndian(span[17..], (ushort)MinHashes.Length);
        for (var i = 0; i < MinHashes.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(HeaderBytes + 4 * i)..], MinHashes[i]);
        }
        return bytes;
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote; throws <see cref="FormatException"/> on anything else.</summary>
    public static DuplicateSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderBytes || bytes[0] != FormatVersion)
        {
            throw new FormatException("Not a duplicate signature (unknown version or too short).");
        }
        var wordCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[1..]);
        var exactHash = BinaryPrimitives.ReadUInt64LittleEndian(bytes[5..]);
        var shingleCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[13..]);
        int hashCount = BinaryPrimitives.ReadUInt16LittleEndian(bytes[17..]);
        if (wordCount < 0 || shingleCount < 0 || hashCount == 0 || bytes.Length != HeaderBytes + 4 * hashCount)
        {
            throw new FormatException("Duplicate signature is truncated or corrupt.");
        }
        var minHashes = new uint[hashCount];
        for (var i = 0; i < hashCount; i++)
        {
            minHashes[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(HeaderBytes + 4 * i)..]);
        }
        return new DuplicateSignature(wordCount, exactHash, shingleCount, minHashes);
    }
}
