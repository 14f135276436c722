using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Lede.Extraction.Metadata;

/// <summary>
/// A compact naive-Bayes language model over character trigrams inside words. The probabilities are Lingua's
/// trigram models (Leipzig news corpora), quantised to one byte per trigram and language and shipped as an
/// embedded gzip'd table (<c>Metadata/Models/trigrams.bin.gz</c>, built by <c>Lede.Bench.Metadata build-language-model</c>).
/// Loading is one decompression straight into two arrays (no per-entry work, so no start-up cost to speak of);
/// scoring an article is one binary search per trigram.
/// </summary>
/// <remarks>
/// Binary layout (little-endian, before gzip): "LTRI", version byte, language count n (byte), n codes (length byte +
/// ASCII), row count R (int32), R keys (uint64, <see cref="Pack"/>, ascending), then R×n costs, row by row.
/// </remarks>
internal sealed class TrigramLanguageModel
{
    /// <summary>−log p is stored in steps of 1/QuantScale; unseen trigrams cost the maximum.</summary>
    public const float QuantScale = 16f;
    public const byte Unseen = 255;
    public const byte FormatVersion = 2;
    public static ReadOnlySpan<byte> Magic => "LTRI"u8;
    public const string ResourceName = "Lede.Extraction.Metadata.Models.trigrams.bin.gz";

    private const int MaxTrigrams = 4000;
    // Bounds on what a table may claim, so a damaged resource cannot ask for unbounded memory.
    private const int MaxLanguages = 64;
    private const int MaxRows = 4_000_000;

    private readonly string[] _languages;
    private readonly ulong[] _keys;
    private readonly byte[] _costs;
    // Open-addressing index, at most half full, from a packed trigram to its row + 1 (0 = empty slot): a trigram is found
    // in one or two probes and one check of its key, not by a dictionary lookup and a binary search whose probes miss the
    // cache. Four bytes a slot keep the index small (2 MB for the shipped table).
    private readonly int[] _slots;
    private readonly int _slotShift;

    /// <param name="keys">Packed trigrams, ascending; row r of <paramref name="costs"/> belongs to keys[r].</param>
    internal TrigramLanguageModel(string[] languages, ulong[] keys, byte[] costs)
    {
        if (languages.Length is 0 or > MaxLanguages) throw new ArgumentException("Between 1 and 64 languages.", nameof(languages));
        if (costs.LongLength != (long)keys.Length * languages.Length) throw new ArgumentException("One cost per key and language.", nameof(costs));
        for (var i = 1; i < keys.Length; i++)
            if (keys[i - 1] >= keys[i]) throw new ArgumentException("Keys must be ascending and distinct.", nameof(keys));
        _languages = languages;
        _keys = keys;
        _costs = costs;
        var bits = 4;
        while ((1 << bits) < keys.Length * 2) bits++;
        _slots = new int[1 << bits];
        _slotShift = 64 - bits;
        var mask = _slots.Length - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = Slot(keys[row]);
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = row + 1;
        }
    }

    // Fibonacci hashing: the multiply spreads the three packed characters over the top bits.
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _slotShift);

    public IReadOnlyList<string> Languages => _languages;

    /// <summary>Approximate memory held by the tables, in bytes.</summary>
    public long ApproximateBytes => _costs.LongLength + _keys.LongLength * sizeof(ulong) + _slots.LongLength * sizeof(int);

    /// <summary>The model embedded in this assembly; null when the resource is missing.</summary>
    public static TrigramLanguageModel? LoadEmbedded()
    {
        using var stream = typeof(TrigramLanguageModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }

    /// <summary>Reads a gzip'd table written by <see cref="Write"/>.</summary>
    public static TrigramLanguageModel Read(Stream gzipped)
    {
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress, leaveOpen: true);
        try
        {
            Span<byte> head = stackalloc byte[6];
            gzip.ReadExactly(head);
            if (!head[..4].SequenceEqual(Magic) || head[4] != FormatVersion)
                throw new InvalidDataException("Not a trigram language table of a known version.");
            var n = head[5];
            if (n is 0 or > MaxLanguages) throw new InvalidDataException("Bad language count.");
            var languages = new string[n];
            Span<byte> code = stackalloc byte[256];
            for (var l = 0; l < n; l++)
            {
                var len = gzip.ReadByte();
                if (len <= 0) throw new InvalidDataException("Bad language code.");
                gzip.ReadExactly(code[..len]);
                languages[l] = Encoding.ASCII.GetString(code[..len]);
            }
            Span<byte> count = stackalloc byte[4];
            gzip.ReadExactly(count);
            var rowCount = BinaryPrimitives.ReadInt32LittleEndian(count);
            if (rowCount is < 0 or > MaxRows) throw new InvalidDataException("Bad row count.");
            var keys = new ulong[rowCount];
            gzip.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
            if (!BitConverter.IsLittleEndian)
                for (var i = 0; i < keys.Length; i++) keys[i] = BinaryPrimitives.ReverseEndianness(keys[i]);
            var costs = new byte[rowCount * n];
            gzip.ReadExactly(costs);
            if (gzip.ReadByte() >= 0) throw new InvalidDataException("Trailing data after the table.");
            return new TrigramLanguageModel(languages, keys, costs);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated trigram language table.", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("Inconsistent trigram language table.", e);
        }
    }

    /// <summary>Writes the table gzip'd; the same model always gives the same bytes.</summary>
    public void Write(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.ASCII, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write((byte)_languages.Length);
        foreach (var code in _languages)
        {
            w.Write((byte)code.Length);
            w.Write(Encoding.ASCII.GetBytes(code));
        }
        w.Write(_keys.Length);
        foreach (var key in _keys) w.Write(key);
        w.Write(_costs);
    }

    internal static ulong Pack(char a, char b, char c) => (ulong)a << 32 | (ulong)b << 16 | c;

    /// <summary>The table row of a trigram; negative when the table lacks it.</summary>
    private int Row(char a, char b, char c)
    {
        var key = Pack(a, b, c);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0) return -1;
            if (_keys[entry - 1] == key) return entry - 1;
        }
    }

    // Sixteen languages per step: the byte costs widened to the running 32-bit totals.
    private static void AddCosts(ReadOnlySpan<byte> costs, Span<int> totals)
    {
        var l = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var cost = ref MemoryMarshal.GetReference(costs);
            ref var total = ref Unsafe.As<int, uint>(ref MemoryMarshal.GetReference(totals));
            for (; l + 16 <= costs.Length; l += 16)
            {
                var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref cost, (nuint)l));
                var (a, b) = Vector128.Widen(low);
                var (c, d) = Vector128.Widen(high);
                (Vector128.LoadUnsafe(ref total, (nuint)l) + a).StoreUnsafe(ref total, (nuint)l);
                (Vector128.LoadUnsafe(ref total, (nuint)l + 4) + b).StoreUnsafe(ref total, (nuint)l + 4);
                (Vector128.LoadUnsafe(ref total, (nuint)l + 8) + c).StoreUnsafe(ref total, (nuint)l + 8);
                (Vector128.LoadUnsafe(ref total, (nuint)l + 12) + d).StoreUnsafe(ref total, (nuint)l + 12);
            }
        }
        for (; l < costs.Length; l++) totals[l] += costs[l];
    }

    /// <summary>The likeliest language of <paramref name="text"/> and its margin over the runner-up, in nats per trigram; null when the text has no trigrams.</summary>
    public (string Language, double Margin)? Identify(ReadOnlySpan<char> text)
    {
        var n = _languages.Length;
        Span<int> totals = stackalloc int[MaxLanguages];
        totals = totals[..n];
        totals.Clear();
        var count = 0;
        char a = '\0', b = '\0';
        var run = 0;
        foreach (var raw in text)
        {
            if (!char.IsLetter(raw)) { run = 0; continue; }
            var c = char.IsAsciiLetterUpper(raw) ? (char)(raw | 0x20) : char.IsAscii(raw) ? raw : char.ToLowerInvariant(raw);
            if (run >= 2 && Row(a, b, c) is var row && row >= 0)
            {
                AddCosts(_costs.AsSpan(row * n, n), totals);
                count++;
                if (count >= MaxTrigrams) break;
            }
            a = b;
            b = c;
            run++;
        }
        if (count == 0) return null;
        int best = 0, second = -1;
        for (var l = 1; l < n; l++)
        {
            if (totals[l] < totals[best]) { second = best; best = l; }
            else if (second < 0 || totals[l] < totals[second]) second = l;
        }
        var margin = second < 0 ? double.MaxValue : (totals[second] - totals[best]) / QuantScale / count;
        return (_languages[best], margin);
    }
}
