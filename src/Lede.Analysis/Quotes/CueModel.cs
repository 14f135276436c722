using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// The cue classifier's weights: a linear score over <see cref="CueFeatures"/> that says how likely a token
/// heads an attribution cue ("said", "shows", "according", "warned", "endorsed"). Stored gzip-compressed,
/// little-endian: magic, format, threshold, then sorted 64-bit feature keys each with a half-precision weight.
/// </summary>
internal sealed class CueModel
{
    private const string Magic = "LEDECUE";
    private const int FormatVersion = 1;
    private const int MaxCount = 20_000_000;
    private const string ResourceName = "Lede.Analysis.Models.cues-en.bin";

    private static readonly Lazy<CueModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<ulong, float> _weights;

    public CueModel(IReadOnlyDictionary<ulong, float> weights, float threshold)
    {
        _weights = new Dictionary<ulong, float>(weights);
        Threshold = threshold;
    }

    /// <summary>The model shipped with Lede (trained on PolNeAR train), or null when the build has none.</summary>
    public static CueModel? Default => Embedded.Value;

    /// <summary>Scores above this make a token a cue.</summary>
    public float Threshold { get; }

    public int FeatureCount => _weights.Count;

    public float Score(ReadOnlySpan<ulong> features)
    {
        var score = 0f;
        foreach (var f in features)
            if (_weights.TryGetValue(f, out var w)) score += w;
        return score;
    }

    public void Write(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Threshold);
        writer.Write(_weights.Count);
        // Sorted keys: the same weights always give the same bytes.
        foreach (var (key, weight) in _weights.OrderBy(w => w.Key))
        {
            writer.Write(key);
            writer.Write((Half)weight);
        }
    }

    public static CueModel Read(Stream input)
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
            if (n < 0 || position + n > bytes.Length) throw new InvalidDataException("Cue model is truncated.");
            var slice = bytes.AsSpan(position, n);
            position += n;
            return slice;
        }
        var magic = Encoding.UTF8.GetBytes(Magic);
        if (Take(1)[0] != magic.Length || !Take(magic.Length).SequenceEqual(magic)) throw new InvalidDataException("Not a Lede cue model.");
        var version = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        if (version != FormatVersion) throw new InvalidDataException($"Cue model format {version} is not supported (expected {FormatVersion}).");
        var threshold = BinaryPrimitives.ReadSingleLittleEndian(Take(4));
        var count = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        if (count is < 0 or > MaxCount) throw new InvalidDataException("Cue model is corrupt (bad count).");
        var weights = new Dictionary<ulong, float>(count);
        for (var i = 0; i < count; i++)
        {
            var key = BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
            weights[key] = (float)BinaryPrimitives.ReadHalfLittleEndian(Take(2));
        }
        return new CueModel(weights, threshold);
    }

    private static CueModel? LoadEmbedded()
    {
        using var stream = typeof(CueModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
