using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Lede.Analysis.Entities;

/// <summary>
/// Which cluster of distributionally similar words each lower-cased English word belongs to, at several levels of
/// detail (a level's cluster is the parent of the finer level's). The tagger reads them as features: a name no
/// training sentence has ("Mbeki", "Vorkuta") still shares its cluster with names it has seen, which is what a model
/// trained on 200,000 words of 1996 Reuters lacks most on unseen news. Built from GloVe word vectors (6B tokens of
/// Wikipedia and Gigaword newswire) by <c>Lede.Bench.Analysis clusters</c>; see <c>Models/README.md</c>.
/// </summary>
internal sealed class WordClusters
{
    private const string ResourceName = "Lede.Analysis.Models.word-clusters-en.txt.gz";
    private const int ValueBits = 16;
    private static readonly Lazy<WordClusters> Shipped = new(LoadShipped);

    // The cluster id + 1 (0: a word the list lacks) under the lower-cased word's hash.
    private readonly PackedSlotTable? _slots;
    private readonly HashedTable<ushort>? _fallback;
    private readonly int _branching;

    private WordClusters(List<ulong> keys, List<ushort> ids, int levels, int branching)
    {
        Levels = levels;
        _branching = branching;
        // Words that fold to one hash ("’s" and "'s") are one entry: the first, the more frequent.
        _slots = PackedSlotTable.TryCreate(keys.Select((key, i) => (key, (ulong)ids[i])), keys.Count, ValueBits, keepFirst: true);
        if (_slots is not null)
        {
            Count = _slots.Count;
            return;
        }
        // A key whose fingerprint is 0 (odds 2^-48 a word): a dictionary holds them all.
        var entries = new Dictionary<ulong, ushort>(keys.Count);
        for (var i = 0; i < keys.Count; i++) entries.TryAdd(keys[i], ids[i]);
        _fallback = new HashedTable<ushort>(entries);
        Count = entries.Count;
    }

    /// <summary>No clusters: every word is unknown (models trained without them).</summary>
    public static WordClusters Empty { get; } = new([], [], 0, 1);

    /// <summary>The list embedded in this library, read once on first use.</summary>
    public static WordClusters Default => Shipped.Value;

    /// <summary>Words listed.</summary>
    public int Count { get; }

    /// <summary>Levels of detail: cluster ids are read at levels 1 (coarsest) to <see cref="Levels"/>.</summary>
    public int Levels { get; }

    /// <summary>The word's finest cluster id + 1, or 0 when the list lacks it; <paramref name="lowerHash"/> is <see cref="TaggerHash.Lower"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ClusterOf(ulong lowerHash)
    {
        if (_slots is null) return _fallback!.GetValueOrDefault(lowerHash);
        return _slots.Fingerprint(lowerHash) == 0 ? 0 : (int)_slots.GetValueOrDefault(lowerHash);
    }

    /// <summary>Asks for the memory <see cref="ClusterOf"/> reads for this word, ahead of the lookup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong lowerHash) => _slots?.Prefetch(lowerHash);

    /// <summary>The word's cluster at <paramref name="level"/> (1 = coarsest) + 1, or 0 when unknown.</summary>
    public int AtLevel(int cluster, int level)
    {
        if (cluster == 0) return 0;
        var id = cluster - 1;
        for (var l = level; l < Levels; l++) id /= _branching;
        return id + 1;
    }

    /// <summary>
    /// Reads a list: a header line "#clusters levels=L branching=B", then "id word" lines (id below B^L); other "#" lines
    /// are comments. A word listed twice keeps its first id.
    /// </summary>
    public static WordClusters Read(TextReader reader)
    {
        // One string for the whole list and spans over it: 340,000 lines read one string each cost as much again.
        var text = reader.ReadToEnd();
        int levels = 0, branching = 0, limit = 0;
        var keys = new List<ulong>();
        var ids = new List<ushort>();
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var newline = rest.IndexOf('\n');
            var line = (newline < 0 ? rest : rest[..newline]).TrimEnd('\r');
            rest = newline < 0 ? default : rest[(newline + 1)..];
            if (line.IsEmpty) continue;
            if (line[0] == '#')
            {
                if (line.StartsWith("#clusters ", StringComparison.Ordinal)) (levels, branching, limit) = Shape(line.ToString());
                continue;
            }
            if (limit == 0) throw new InvalidDataException("Word clusters: the '#clusters levels=… branching=…' header must come first.");
            var space = line.IndexOf(' ');
            if (space <= 0 || space == line.Length - 1
                || !int.TryParse(line[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id >= limit)
                throw new InvalidDataException($"Word clusters: bad line '{line}'.");
            keys.Add(TaggerHash.Lower(line[(space + 1)..]));
            ids.Add((ushort)(id + 1));
        }
        return levels == 0 ? Empty : new WordClusters(keys, ids, levels, branching);
    }

    private static (int Levels, int Branching, int Limit) Shape(string header)
    {
        int levels = 0, branching = 0;
        foreach (var part in header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0) continue;
            var value = int.TryParse(part.AsSpan(equals + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
            if (part.StartsWith("levels=", StringComparison.Ordinal)) levels = value;
            else if (part.StartsWith("branching=", StringComparison.Ordinal)) branching = value;
        }
        if (levels is < 1 or > 8 || branching < 2 || Math.Pow(branching, levels) >= ushort.MaxValue)
            throw new InvalidDataException($"Word clusters: unsupported shape '{header}'.");
        return (levels, branching, (int)Math.Pow(branching, levels));
    }

    private static WordClusters LoadShipped()
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The word-cluster list is not embedded in this build.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return Read(reader);
    }
}
