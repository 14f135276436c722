using System.IO.Compression;
using System.Text;

namespace Lede.Analysis.Entities;

/// <summary>
/// A trained tagger: the casing lexicon and the weights of both passes. Stored gzip-compressed, each weight
/// as a half-precision float (the tagger's decisions do not need more).
/// </summary>
internal sealed class EntityModel
{
    private const string Magic = "LEDENER";
    private const int FormatVersion = 1;
    private const int MaxRows = 20_000_000;

    public EntityModel(CasingLexicon casing, TaggerWeights firstPass, TaggerWeights secondPass)
    {
        Casing = casing;
        FirstPass = firstPass;
        SecondPass = secondPass;
    }

    public CasingLexicon Casing { get; }
    public TaggerWeights FirstPass { get; }
    public TaggerWeights SecondPass { get; }

    public void Write(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(EntityTagSet.Count);
        writer.Write(Casing.Count);
        foreach (var (key, cls) in Casing.Entries.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(cls);
        }
        WriteWeights(writer, FirstPass);
        WriteWeights(writer, SecondPass);
    }

    public static EntityModel Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a Lede entity model.");
        var version = reader.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"Entity model format {version} is not supported (expected {FormatVersion}).");
        if (reader.ReadInt32() != EntityTagSet.Count) throw new InvalidDataException("Entity model has a different tag set.");
        var casingCount = CheckedCount(reader.ReadInt32());
        var casing = new Dictionary<ulong, byte>(casingCount);
        for (var i = 0; i < casingCount; i++) casing[reader.ReadUInt64()] = reader.ReadByte();
        var first = ReadWeights(reader);
        var second = ReadWeights(reader);
        return new EntityModel(new CasingLexicon(casing), first, second);
    }

    private static void WriteWeights(BinaryWriter writer, TaggerWeights weights)
    {
        foreach (var t in weights.Transitions) writer.Write(t);
        writer.Write(weights.FeatureCount);
        // Sorted keys: deterministic files, and neighbouring keys compress better.
        foreach (var (key, row) in weights.Rows.OrderBy(r => r.Key))
        {
            var (start, end) = weights.RowRange(row);
            writer.Write(key);
            writer.Write((byte)(end - start));
            for (var k = start; k < end; k++)
            {
                var (tag, weight) = weights.Entry(k);
                writer.Write(tag);
                writer.Write((Half)weight);
            }
        }
    }

    private static TaggerWeights ReadWeights(BinaryReader reader)
    {
        var transitions = new float[(EntityTagSet.Count + 1) * EntityTagSet.Count];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        var rowCount = CheckedCount(reader.ReadInt32());
        var rows = new Dictionary<ulong, int>(rowCount);
        var rowStart = new int[rowCount + 1];
        var tags = new List<byte>(rowCount * 3);
        var weights = new List<float>(rowCount * 3);
        for (var r = 0; r < rowCount; r++)
        {
            rows[reader.ReadUInt64()] = r;
            rowStart[r] = tags.Count;
            int n = reader.ReadByte();
            for (var k = 0; k < n; k++)
            {
                var tag = reader.ReadByte();
                if (tag >= EntityTagSet.Count) throw new InvalidDataException("Entity model names an unknown tag.");
                tags.Add(tag);
                weights.Add((float)reader.ReadHalf());
            }
        }
        rowStart[rowCount] = tags.Count;
        return new TaggerWeights(rows, rowStart, tags.ToArray(), weights.ToArray(), transitions);
    }

    private static int CheckedCount(int n) =>
        n is >= 0 and <= MaxRows ? n : throw new InvalidDataException("Entity model is corrupt (bad count).");
}
