namespace Lede.Analysis.Entities;

/// <summary>
/// Per-token hashes of a sentence (word, lower-cased word, shapes, last three letters, casing class) that features
/// are mixed from; computed once per token, so building ~50 features costs little string work. A token's prefixes
/// and suffixes are hashed where its own features are built (<see cref="FeatureExtractor.Local"/>): only its
/// last three letters are read by its neighbours, and keeping all eight hashes per token would allocate 64 bytes
/// a token for one read.
/// </summary>
internal sealed class SentenceView
{
    public const int AffixLength = 4;

    public SentenceView(IReadOnlyList<string> words, CasingLexicon casing, NameGazetteer gazetteer, WordClusters clusters)
    {
        var n = words.Count;
        // The caller's array is only read, never kept apart from this view: no copy.
        Words = words as string[] ?? [.. words];
        Word = new ulong[n];
        Lower = new ulong[n];
        Shape = new ulong[n];
        ShortShape = new ulong[n];
        Casing = new byte[n];
        Flags = new ulong[n];
        Tails = new ulong[n];
        Clusters = new int[n];
        ClusterList = clusters;
        AllCaps = FeatureExtractor.IsAllCapsSentence(words);
        // The casing, cluster and name tables are several MB, so most lookups miss the cache: all words are hashed and
        // their buckets asked for first, and read once the sentence's other hashing has given them time to arrive
        // (the loads were two thirds of this constructor's time).
        for (var i = 0; i < n; i++)
        {
            var w = Words[i];
            (Word[i], Lower[i]) = TaggerHash.Word(w);
            casing.Prefetch(Lower[i]);
            clusters.Prefetch(Lower[i]);
            if (StartsName(w)) gazetteer.Prefetch(Lower[i]);
            (Shape[i], ShortShape[i]) = WordShape.Hashes(w);
            // The three-letter suffix alone: the other affixes are hashed where the token's own features are built.
            var tail = w.Length >= 3 ? TaggerHash.Suffix(w, 3) : 0;
            Tails[i] = tail != 0 ? tail : Lower[i];
            Flags[i] = (w.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? 1UL : 0)
                | (w.Contains('-') ? 2UL : 0)
                | (w.Contains('.') ? 4UL : 0)
                | (w.Length == 1 ? 8UL : w.Length <= 3 ? 16UL : 32UL);
        }
        for (var i = 0; i < n; i++)
        {
            Casing[i] = casing.ClassOf(Lower[i]);
            Clusters[i] = clusters.ClusterOf(Lower[i]);
        }
        Names = MatchNames(gazetteer);
    }

    public string[] Words { get; }
    public ulong[] Word { get; }
    public ulong[] Lower { get; }
    public ulong[] Shape { get; }
    public ulong[] ShortShape { get; }
    public byte[] Casing { get; }
    public ulong[] Flags { get; }
    public bool AllCaps { get; }

    /// <summary>Per token: its finest word cluster + 1, or 0 when the cluster list lacks the word (<see cref="WordClusters"/>).</summary>
    public int[] Clusters { get; }

    /// <summary>The cluster list <see cref="Clusters"/> was read from (its levels decide the cluster features).</summary>
    public WordClusters ClusterList { get; }

    /// <summary>Known names over this sentence: first token, length, type bits.</summary>
    public List<(int Start, int Length, byte Types)> Names { get; }
    public int Count => Words.Length;

    private List<(int Start, int Length, byte Types)> MatchNames(NameGazetteer gazetteer)
    {
        var names = new List<(int Start, int Length, byte Types)>();
        if (gazetteer.Count == 0) return names;
        Span<byte> byLength = stackalloc byte[NameGazetteer.MaxLength];
        for (var i = 0; i < Count; i++)
        {
            if (!StartsName(Words[i])) continue;
            var longest = Math.Min(NameGazetteer.MaxLength, Count - i);
            gazetteer.TypesByLength(Lower.AsSpan(i, longest), byLength);
            // Longest first, as the name features expect.
            for (var length = longest; length >= 1; length--)
                if (byLength[length - 1] is var types and not 0) names.Add((i, length, types));
        }
        return names;
    }

    // Names start with a capital or digit; "us" is not "US".
    private static bool StartsName(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    /// <summary>Per token: its last three letters (or the whole word when shorter), lower-cased.</summary>
    public ulong[] Tails { get; }
}
