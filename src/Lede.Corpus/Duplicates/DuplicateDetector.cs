using System.Text;
using Lede.Corpus.Storage;

namespace Lede.Corpus.Duplicates;

/// <summary>
/// Finds exact and near-duplicate texts as they arrive: exact copies by the hash of the
/// normalised word sequence, near copies by MinHash over word shingles with LSH banding, then
/// verified on the full signature (Jaccard, or containment for trimmed and updated copies).
/// A new document joins the group of the document it resembles most, so groups never chain
/// through a series of ever more different copies. Thread-safe; <see cref="ComputeSignature"/>
/// holds no lock, so callers can hash in parallel and add in order.
/// </summary>
public sealed class DuplicateDetector
{
    private const uint StateMagic = 0x4C444450; // "LDDP"
    private const int StateVersion = 2;

    private readonly DuplicateDetectorOptions _options;
    private readonly MinHasher _hasher;
    private readonly int _bands;
    private readonly object _gate = new();

    private readonly List<DuplicateDocumentState> _documents = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> _exact = [];
    private readonly Dictionary<ulong, int> _bandHeads = [];
    private readonly List<int> _bandNext = [];
    private readonly List<List<int>> _groups = [];
    private int[] _visitStamp = [];
    private int _stamp;

    public DuplicateDetector(DuplicateDetectorOptions? options = null)
    {
        _options = options ?? new DuplicateDetectorOptions();
        _options.Validate();
        _hasher = new MinHasher(_options.HashCount, _options.Seed);
        _bands = _options.HashCount / _options.RowsPerBand;
    }

    public DuplicateDetectorOptions Options => _options;

    /// <summary>Number of documents added.</summary>
    public int Count
    {
        get { lock (_gate) return _documents.Count; }
    }

    /// <summary>Hashes a text; pure and lock-free.</summary>
    public DuplicateSignature ComputeSignature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<ulong>(Math.Min(text.Length / 5 + 1, 1 << 16));
        TextHashing.HashWords(text, words);
        var shingles = TextHashing.DistinctShingles(words, _options.ShingleSize);
        return new DuplicateSignature(words.Count, TextHashing.HashSequence(words), shingles.Length, _hasher.Sign(shingles));
    }

    /// <summary>
    /// Adds a document and returns what it duplicates, or null when it is the first of its kind.
    /// Adding an id again changes nothing and returns the answer given the first time.
    /// </summary>
    public DuplicateMatch? Add(string docId, string text, DateTimeOffset? published) =>
        Add(docId, ComputeSignature(text), published);

    /// <summary>Adds a document by a signature computed earlier (or read back from <see cref="DuplicateSignature.ToBytes"/>).</summary>
    public DuplicateMatch? Add(string docId, DuplicateSignature signature, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(docId);
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.HashCount != _options.HashCount)
        {
            throw new ArgumentException($"Signature has {signature.HashCount} hashes; this detector uses {_options.HashCount}.", nameof(signature));
        }

        lock (_gate)
        {
            if (_byId.TryGetValue(docId, out var existing)) return _documents[existing].Match;

            var index = _documents.Count;
            DuplicateMatch? match = null;
            var group = -1;
            List<int>? alsoMatched = null;
            if (signature.WordCount >= _options.MinWords)
            {
                (match, group, alsoMatched) = FindMatch(docId, signature);
            }

            if (group < 0)
            {
                group = _groups.Count;
                _groups.Add([index]);
            }
            else
            {
                _groups[group].Add(index);
            }

            var document = new DuplicateDocumentState(docId, published, signature, group, match);
            _documents.Add(document);
            if (alsoMatched is { Count: > 0 })
            {
                // This document copies members of several groups (typically an original arriving after
                // two differently edited copies of it): they are one group now.
                var merged = new List<string>();
                document.Group = Merge(group, alsoMatched, merged);
                document.Match = match = match! with { GroupId = GroupIdOf(document.Group), MergedGroupIds = merged };
            }
            _byId.Add(docId, index);
            Index(index, signature);
            return match;
        }
    }

    /// <summary>The group id of a document when it has at least one copy, else null.</summary>
    public string? GetGroupId(string docId)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(docId, out var index)) return null;
            var members = _groups[_documents[index].Group];
            return members.Count > 1 ? _documents[members[0]].DocId : null;
        }
    }

    /// <summary>Every group of two or more documents, in the order their first documents were added.</summary>
    public IReadOnlyList<DuplicateGroup> GetGroups()
    {
        lock (_gate)
        {
            var result = new List<DuplicateGroup>();
            foreach (var members in _groups)
            {
                if (members.Count < 2) continue;
                var earliest = members[0];
                foreach (var m in members)
                {
                    if (IsEarlier(_documents[m].Published, _documents[earliest].Published)) earliest = m;
                }
                var list = new DuplicateMember[members.Count];
                for (var i = 0; i < members.Count; i++)
                {
                    var d = _documents[members[i]];
                    list[i] = new DuplicateMember(d.DocId, d.Published, d.Match);
                }
                result.Add(new DuplicateGroup(_documents[members[0]].DocId, _documents[earliest].DocId, list));
            }
            return result;
        }
    }

    /// <summary>Writes every document, signature and decision, so <see cref="ReadState"/> restores this exact detector.</summary>
    public void WriteState(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        lock (_gate)
        {
            using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            w.Write(StateMagic);
            w.Write(StateVersion);
            w.Write(_options.ShingleSize);
            w.Write(_options.HashCount);
            w.Write(_options.Seed);
            w.Write(_documents.Count);
            foreach (var d in _documents)
            {
                w.Write(d.DocId);
                w.WriteOptionalDate(d.Published);
                var sig = d.Signature.ToBytes();
                w.Write(sig.Length);
                w.Write(sig);
                w.Write(_groups[d.Group][0]);
                w.Write(d.Match is null ? -1 : _byId[d.Match.MatchedDocId]);
                if (d.Match is { } m)
                {
                    w.Write(m.GroupId);
                    w.Write(m.MergedGroupIds.Count);
                    foreach (var id in m.MergedGroupIds) w.Write(id);
                    w.Write((byte)m.Kind);
                    w.Write(m.Similarity);
                    w.Write(m.Containment);
                }
            }
        }
    }

    /// <summary>State as bytes (see <see cref="WriteState"/>).</summary>
    public byte[] ExportState()
    {
        using var ms = new MemoryStream();
        WriteState(ms);
        return ms.ToArray();
    }

    /// <summary>Restores a detector written by <see cref="WriteState"/>; the hashing settings must match <paramref name="options"/>.</summary>
    public static DuplicateDetector ReadState(Stream stream, DuplicateDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var detector = new DuplicateDetector(options);
        var o = detector._options;
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadUInt32() != StateMagic || r.ReadInt32() != StateVersion) throw new FormatException("Not a duplicate detector state.");
            int shingle = r.ReadInt32(), hashes = r.ReadInt32(), seed = r.ReadInt32();
            if (shingle != o.ShingleSize || hashes != o.HashCount || seed != o.Seed)
            {
                throw new FormatException($"State was written with ShingleSize {shingle}, HashCount {hashes}, Seed {seed}; options differ.");
            }
            var count = r.ReadInt32();
            if (count < 0) throw new FormatException("Negative document count.");
            for (var i = 0; i < count; i++)
            {
                var docId = r.ReadString();
                var published = r.ReadOptionalDate();
                var length = r.ReadInt32();
                if (length is < 0 or > 1 << 20) throw new FormatException("Signature length out of range.");
                var signature = DuplicateSignature.FromBytes(r.ReadBytes(length));
                var founder = r.ReadInt32();
                if (founder < 0 || founder > i) throw new FormatException("Group refers to a later document.");
                var group = founder == i ? -1 : detector._documents[founder].Group;
                var matched = r.ReadInt32();
                DuplicateMatch? match = null;
                if (matched >= 0)
                {
                    if (matched >= i) throw new FormatException("Match refers to a later document.");
                    var groupId = r.ReadString();
                    var merged = new string[r.ReadInt32()];
                    for (var k = 0; k < merged.Length; k++) merged[k] = r.ReadString();
                    var kind = (DuplicateKind)r.ReadByte();
                    double similarity = r.ReadDouble(), containment = r.ReadDouble();
                    match = new DuplicateMatch(docId, detector._documents[matched].DocId, groupId, kind, similarity, containment) { MergedGroupIds = merged };
                }
                detector.Restore(docId, published, signature, group, match);
            }
        }
        catch (EndOfStreamException e)
        {
            throw new FormatException("Duplicate detector state is truncated.", e);
        }
        return detector;
    }

    /// <summary>Restores a detector from <see cref="ExportState"/> bytes.</summary>
    public static DuplicateDetector ImportState(byte[] state, DuplicateDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var ms = new MemoryStream(state, writable: false);
        return ReadState(ms, options);
    }

    private void Restore(string docId, DateTimeOffset? published, DuplicateSignature signature, int group, DuplicateMatch? match)
    {
        if (signature.HashCount != _options.HashCount || _byId.ContainsKey(docId)) throw new FormatException("Inconsistent duplicate detector state.");
        var index = _documents.Count;
        if (group < 0)
        {
            group = _groups.Count;
            _groups.Add([index]);
        }
        else
        {
            _groups[group].Add(index);
        }
        _documents.Add(new DuplicateDocumentState(docId, published, signature, group, match));
        _byId.Add(docId, index);
        Index(index, signature);
    }

    private (DuplicateMatch? Match, int Group, List<int>? OtherGroups) FindMatch(string docId, DuplicateSignature signature)
    {
        if (_exact.TryGetValue(signature.ExactHash, out var twin))
        {
            var t = _documents[twin];
            return (new DuplicateMatch(docId, t.DocId, GroupIdOf(t.Group), DuplicateKind.Exact, 1, 1), t.Group, null);
        }

        if (_visitStamp.Length < _documents.Count) Array.Resize(ref _visitStamp, Math.Max(16, _documents.Count * 2));
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_visitStamp);
            _stamp = 1;
        }

        var best = -1;
        double bestSimilarity = 0, bestContainment = 0;
        List<int>? groups = null;
        var hashes = signature.MinHashes;
        for (var band = 0; band < _bands; band++)
        {
            if (!_bandHeads.TryGetValue(BandKey(hashes, band), out var candidate)) continue;
            for (; candidate >= 0; candidate = _bandNext[candidate * _bands + band])
            {
                if (_visitStamp[candidate] == _stamp) continue;
                _visitStamp[candidate] = _stamp;
                var other = _documents[candidate].Signature;
                var similarity = MinHasher.Similarity(hashes, other.MinHashes);
                var containment = Containment(similarity, signature.ShingleCount, other.ShingleCount);
                var accepted = similarity >= _options.MinSimilarity
                    || (containment >= _options.MinContainment && similarity >= _options.MinSimilarityForContainment);
                if (accepted)
                {
                    groups ??= [];
                    if (!groups.Contains(_documents[candidate].Group)) groups.Add(_documents[candidate].Group);
                }
                // Chains run newest first: ">=" keeps the earliest added document on ties.
                if (accepted && similarity >= bestSimilarity)
                {
                    best = candidate;
                    bestSimilarity = similarity;
                    bestContainment = containment;
                }
            }
        }

        if (best < 0) return (null, -1, null);
        var b = _documents[best];
        groups!.Remove(b.Group);
        return (new DuplicateMatch(docId, b.DocId, GroupIdOf(b.Group), DuplicateKind.Near, bestSimilarity, bestContainment), b.Group, groups);
    }

    /// <summary>Merges groups into the one founded first (its id survives); returns that group and lists the ids that went away.</summary>
    private int Merge(int group, List<int> others, List<string> mergedIds)
    {
        var all = others.Append(group).Distinct().OrderBy(g => _groups[g][0]).ToList();
        var target = all[0];
        foreach (var g in all.Skip(1))
        {
            mergedIds.Add(GroupIdOf(g));
            foreach (var m in _groups[g]) _documents[m].Group = target;
            _groups[target].AddRange(_groups[g]);
            _groups[g].Clear();
        }
        _groups[target].Sort();
        return target;
    }

    /// <summary>|A∩B| = J/(1+J)·(|A|+|B|), as a share of the smaller set.</summary>
    private static double Containment(double jaccard, int a, int b)
    {
        var smaller = Math.Min(a, b);
        if (smaller == 0) return 0;
        return Math.Min(1, jaccard / (1 + jaccard) * (a + b) / smaller);
    }

    /// <summary>Every document takes one chain slot per band (so slots are addressable by index·bands); only long enough ones are findable.</summary>
    private void Index(int index, DuplicateSignature signature)
    {
        var findable = signature.WordCount >= _options.MinWords;
        if (findable) _exact.TryAdd(signature.ExactHash, index);
        for (var band = 0; band < _bands; band++)
        {
            if (!findable)
            {
                _bandNext.Add(-1);
                continue;
            }
            var key = BandKey(signature.MinHashes, band);
            _bandNext.Add(_bandHeads.TryGetValue(key, out var head) ? head : -1);
            _bandHeads[key] = index;
        }
    }

    private ulong BandKey(uint[] hashes, int band)
    {
        var rows = _options.RowsPerBand;
        var h = (ulong)band * 0x9E3779B97F4A7C15UL;
        for (var i = band * rows; i < (band + 1) * rows; i++)
        {
            h = TextHashing.Mix(h ^ hashes[i]);
        }
        return h;
    }

    private string GroupIdOf(int group) => _documents[_groups[group][0]].DocId;

    private static bool IsEarlier(DateTimeOffset? candidate, DateTimeOffset? current) =>
        candidate is { } c && (current is not { } k || c < k);
}
