using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Lede.Analysis.Entities;

/// <summary>
/// A trained tagger: the casing lexicon, the name gazetteer and the weights of both passes. Stored
/// gzip-compressed, little-endian, each weight as a half-precision float (the tagger's decisions do not need
/// more). Loading decompresses into memory and parses spans: it must stay well under a second. Since format 5 the model
/// says whether it was trained with the word clusters (<see cref="WordClusters"/>), which are read from their own
/// embedded list, not from the model file.
/// </summary>
internal sealed class EntityModel
{
    private const string Magic = "LEDENER";
    private const int FormatVersion = 5;
    private const int MaxCount = 20_000_000;
    private const int T = EntityTagSet.Count;

    public EntityModel(CasingLexicon casing, NameGazetteer gazetteer, TaggerWeights firstPass, TaggerWeights secondPass, WordClusters? clusters = null)
    {
        Casing = casing;
        Gazetteer = gazetteer;
        Clusters = clusters ?? WordClusters.Empty;
        FirstPass = firstPass;
        SecondPass = secondPass;
        Combined = new CombinedWeights(firstPass, secondPass);
    }

    public CasingLexicon Casing { get; }
    public NameGazetteer Gazetteer { get; }

    /// <summary>The word clusters the model was trained with (<see cref="WordClusters.Empty"/> when none).</summary>
    public WordClusters Clusters { get; }
    public TaggerWeights FirstPass { get; }
    public TaggerWeights SecondPass { get; }

    /// <summary>Both passes in the layout tagging reads fastest.</summary>
    public CombinedWeights Combined { get; }

    public void Write(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(T);
        // The cluster list's shape, so a model is never read with clusters it was not trained on (0 levels: none).
        writer.Write(Clusters.Levels);
        writer.Write(Clusters.Count);
        WriteTable(writer, Casing.Entries);
        WriteTable(writer, Gazetteer.Entries);
        WriteWeights(writer, FirstPass);
        WriteWeights(writer, SecondPass);
    }

    public static EntityModel Read(Stream input)
    {
        byte[] bytes;
        using (var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        var reader = new SpanReader(bytes);
        var magic = Encoding.UTF8.GetBytes(Magic);
        if (reader.Byte() != magic.Length || !reader.Bytes(magic.Length).SequenceEqual(magic))
            throw new InvalidDataException("Not a Lede entity model.");
        var version = reader.Int32();
        if (version is not (4 or FormatVersion)) throw new InvalidDataException($"Entity model format {version} is not supported (expected {FormatVersion}).");
        if (reader.Int32() != T) throw new InvalidDataException("Entity model has a different tag set.");
        var clusters = WordClusters.Empty;
        if (version >= 5)
        {
            var (levels, count) = (reader.Int32(), reader.Int32());
            if (levels > 0)
            {
                clusters = WordClusters.Default;
                if (clusters.Levels != levels || clusters.Count != count)
                    throw new InvalidDataException($"Entity model was trained with word clusters of {levels} levels over {count} words; this build embeds {clusters.Levels} over {clusters.Count}: retrain it.");
            }
        }
        var casing = ReadTable(ref reader);
        var names = ReadTable(ref reader);
        var first = ReadWeights(ref reader);
        var second = ReadWeights(ref reader);
        return new EntityModel(new CasingLexicon(casing), new NameGazetteer(names), first, second, clusters);
    }

    private static void WriteTable(BinaryWriter writer, IEnumerable<KeyValuePair<ulong, byte>> entries)
    {
        var sorted = entries.OrderBy(e => e.Key).ToList();
        writer.Write(sorted.Count);
        foreach (var (key, value) in sorted)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private static Dictionary<ulong, byte> ReadTable(ref SpanReader reader)
    {
        var count = reader.Count();
        var table = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++) table[reader.UInt64()] = reader.Byte();
        return table;
    }

    private static void WriteWeights(BinaryWriter writer, TaggerWeights weights)
    {
        foreach (var t in weights.Transitions) writer.Write(t);
        writer.Write(weights.FeatureCount);
        // Sorted keys: deterministic files, and neighbouring keys compress better.
        for (var row = 0; row < weights.FeatureCount; row++)
        {
            var (start, end) = weights.RowRange(row);
            writer.Write(weights.Keys[row]);
            writer.Write((byte)(end - start));
            for (var k = start; k < end; k++)
            {
                var (tag, weight) = weights.Entry(k);
                writer.Write(tag);
                writer.Write((Half)weight);
            }
        }
    }

    private static TaggerWeights ReadWeights(ref SpanReader reader)
    {
        var transitions = new float[(T + 1) * T];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.Single();
        var rowCount = reader.Count();
        var keys = new ulong[rowCount];
        var rowStart = new int[rowCount + 1];
        var tags = new List<byte>(rowCount * 4);
        var weights = new List<float>(rowCount * 4);
        for (var r = 0; r < rowCount; r++)
        {
            keys[r] = reader.UInt64();
            rowStart[r] = tags.Count;
            int n = reader.Byte();
            if (n > T) throw new InvalidDataException("Entity model row has too many entries.");
            for (var k = 0; k < n; k++)
            {
                var tag = reader.Byte();
                if (tag >= T) throw new InvalidDataException("Entity model names an unknown tag.");
                tags.Add(tag);
                weights.Add((float)reader.Half());
            }
        }
        rowStart[rowCount] = tags.Count;
        return new TaggerWeights(keys, rowStart, tags.ToArray(), weights.ToArray(), transitions);
    }

    /// <summary>Little-endian reads over the decompressed model; running past the end is corrupt data.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public ReadOnlySpan<byte> Bytes(int n)
        {
            if (n < 0 || _position + n > _data.Length) throw new InvalidDataException("Entity model is truncated.");
            var slice = _data.Slice(_position, n);
            _position += n;
            return slice;
        }

        public byte Byte() => Bytes(1)[0];
        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));
        public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Bytes(8));
        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Bytes(4));
        public Half Half() => BinaryPrimitives.ReadHalfLittleEndian(Bytes(2));

        public int Count()
        {
            var n = Int32();
            return n is >= 0 and <= MaxCount ? n : throw new InvalidDataException("Entity model is corrupt (bad count).");
        }
    }
}
