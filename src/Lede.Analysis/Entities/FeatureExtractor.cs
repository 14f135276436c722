namespace Lede.Analysis.Entities;

/// <summary>
/// Local features of each token of a sentence (word, affixes, shapes, neighbours, casing habits), and the
/// document features of the second pass (how the same word was tagged elsewhere in the document).
/// Features are 64-bit hashes (<see cref="TaggerHash"/>) appended to a caller's buffer.
/// </summary>
internal sealed class FeatureExtractor
{
    // Template ids: part of the model format.
    private const int Bias = 1, Word = 2, Lower = 3, Prefix = 4, Suffix = 8, Shape = 12, ShortShape = 13,
        PrevWord = 14, NextWord = 15, Prev2Word = 16, Next2Word = 17, PrevShape = 18, NextShape = 19,
        ShapeLeft = 20, ShapeRight = 21, ShapeTri = 22, BigramLeft = 23, BigramRight = 24, PrevWordShape = 25,
        NextWordShape = 26, Position = 27, CapsSentenceShape = 28, CapsSentenceWord = 29, Casing = 30,
        CasingPosition = 31, Flags = 32, PrevSuffix = 33, NextSuffix = 34, CasingNext = 35, CasingPrev = 36,
        DocMajority = 40, DocMajorityShape = 41, DocTag = 42, DocMixed = 43, PassTag = 44, PassPrev = 45,
        PassNext = 46, DocCase = 47, PassWindow = 48, NamePart = 50, NamePartType = 51, NameLongest = 52,
        ClusterWord = 53, ClusterShape = 54, ClusterPrev = 55, ClusterNext = 56;

    // Stand-ins for the words before the first and after the last token.
    private const ulong Start = 0x5354415254UL, End = 0x454E44UL;
    private const ulong First = 1, Middle = 2, Last = 3, InCapsSentence = 4;

    private readonly CasingLexicon _casing;
    private readonly NameGazetteer _gazetteer;
    private readonly WordClusters _clusters;

    public FeatureExtractor(CasingLexicon casing, NameGazetteer gazetteer, WordClusters? clusters = null)
    {
        _casing = casing;
        _gazetteer = gazetteer;
        _clusters = clusters ?? WordClusters.Empty;
    }

    public SentenceView View(IReadOnlyList<string> words) => new(words, _casing, _gazetteer, _clusters);

    public static bool IsAllCapsSentence(IReadOnlyList<string> words)
    {
        var letters = 0;
        foreach (var w in words)
        {
            foreach (var c in w)
            {
                if (char.IsLower(c)) return false;
                if (char.IsLetter(c)) letters++;
            }
        }
        return letters >= 4;
    }

    /// <summary>Appends the local features of token <paramref name="i"/>.</summary>
    public static void Local(SentenceView s, int i, List<ulong> output)
    {
        var n = s.Count;
        var lw = s.Lower[i];
        var ss = s.ShortShape[i];
        var prev = i > 0 ? s.Lower[i - 1] : Start;
        var next = i + 1 < n ? s.Lower[i + 1] : End;
        var prev2 = i > 1 ? s.Lower[i - 2] : Start;
        var next2 = i + 2 < n ? s.Lower[i + 2] : End;
        var prevShape = i > 0 ? s.ShortShape[i - 1] : Start;
        var nextShape = i + 1 < n ? s.ShortShape[i + 1] : End;
        var casing = s.Casing[i];

        output.Add(TaggerHash.Feature(Bias, 0));
        output.Add(TaggerHash.Feature(Word, s.Word[i]));
        output.Add(TaggerHash.Feature(Lower, lw));
        Span<ulong> prefixes = stackalloc ulong[SentenceView.AffixLength], suffixes = stackalloc ulong[SentenceView.AffixLength];
        TaggerHash.Affixes(s.Words[i], prefixes, suffixes);
        for (var k = 0; k < SentenceView.AffixLength; k++)
        {
            var prefix = prefixes[k];
            if (prefix == 0) break;
            output.Add(TaggerHash.Feature(Prefix + k, prefix));
            output.Add(TaggerHash.Feature(Suffix + k, suffixes[k]));
        }
        output.Add(TaggerHash.Feature(Shape, s.Shape[i]));
        output.Add(TaggerHash.Feature(ShortShape, ss));
        output.Add(TaggerHash.Feature(PrevWord, prev));
        output.Add(TaggerHash.Feature(NextWord, next));
        output.Add(TaggerHash.Feature(Prev2Word, prev2));
        output.Add(TaggerHash.Feature(Next2Word, next2));
        output.Add(TaggerHash.Feature(PrevShape, prevShape));
        output.Add(TaggerHash.Feature(NextShape, nextShape));
        output.Add(TaggerHash.Feature(ShapeLeft, prevShape, ss));
        output.Add(TaggerHash.Feature(ShapeRight, ss, nextShape));
        output.Add(TaggerHash.Feature(ShapeTri, prevShape, ss, nextShape));
        output.Add(TaggerHash.Feature(BigramLeft, prev, lw));
        output.Add(TaggerHash.Feature(BigramRight, lw, next));
        output.Add(TaggerHash.Feature(PrevWordShape, prev, ss));
        output.Add(TaggerHash.Feature(NextWordShape, ss, next));
        output.Add(TaggerHash.Feature(PrevSuffix, i > 0 ? s.Tails[i - 1] : Start, ss));
        output.Add(TaggerHash.Feature(NextSuffix, ss, i + 1 < n ? s.Tails[i + 1] : End));
        output.Add(TaggerHash.Feature(Position, i == 0 ? First : i + 1 == n ? Last : Middle, ss));
        output.Add(TaggerHash.Feature(Casing, casing, ss));
        output.Add(TaggerHash.Feature(CasingPosition, casing, i == 0 ? First : s.AllCaps ? InCapsSentence : Middle));
        output.Add(TaggerHash.Feature(CasingPrev, i > 0 ? s.Casing[i - 1] : Start, casing));
        output.Add(TaggerHash.Feature(CasingNext, casing, i + 1 < n ? s.Casing[i + 1] : End));
        if (s.AllCaps)
        {
            output.Add(TaggerHash.Feature(CapsSentenceShape, ss));
            output.Add(TaggerHash.Feature(CapsSentenceWord, lw));
        }
        output.Add(TaggerHash.Feature(Flags, s.Flags[i]));
        NameFeatures(s, i, output);
        ClusterFeatures(s, i, output);
    }

    // The word's cluster at every level, the middle level with its shape, and the neighbours' middle-level clusters:
    // what a word no training sentence has shares with words that training sentences do have.
    private static void ClusterFeatures(SentenceView s, int i, List<ulong> output)
    {
        var clusters = s.ClusterList;
        var levels = clusters.Levels;
        if (levels == 0) return;
        var middle = Math.Max(1, levels - 1);
        var own = s.Clusters[i];
        if (own != 0)
        {
            for (var level = 1; level <= levels; level++)
                output.Add(TaggerHash.Feature(ClusterWord, (ulong)level, (ulong)clusters.AtLevel(own, level)));
            output.Add(TaggerHash.Feature(ClusterShape, (ulong)clusters.AtLevel(own, middle), s.ShortShape[i]));
        }
        output.Add(TaggerHash.Feature(ClusterPrev, i > 0 ? (ulong)clusters.AtLevel(s.Clusters[i - 1], middle) : Start));
        output.Add(TaggerHash.Feature(ClusterNext, i + 1 < s.Count ? (ulong)clusters.AtLevel(s.Clusters[i + 1], middle) : End));
    }

    // Known names covering the token: its place in the name (B/I/L/U) with the name's types; the longest
    // match gets its own feature, since shorter matches inside it ("New York" in "New York Times") mislead.
    private static void NameFeatures(SentenceView s, int i, List<ulong> output)
    {
        var longest = 0;
        byte longestTypes = 0;
        ulong longestPart = 0;
        // Indexed, not foreach: the names are read for every token, and an enumerator over the interface would be allocated each time.
        var names = s.Names;
        for (var k = 0; k < names.Count; k++)
        {
            var (start, length, types) = names[k];
            if (i < start || i >= start + length) continue;
            var part = length == 1 ? 4UL : i == start ? 1UL : i == start + length - 1 ? 3UL : 2UL;
            output.Add(TaggerHash.Feature(NamePart, part, types));
            for (var t = 0; t < NameGazetteer.TypeBits; t++)
                if ((types & 1 << t) != 0) output.Add(TaggerHash.Feature(NamePartType, part, (ulong)t));
            if (length > longest) (longest, longestTypes, longestPart) = (length, types, part);
        }
        if (longest > 0) output.Add(TaggerHash.Feature(NameLongest, longestPart, longestTypes, (ulong)Math.Min(longest, 3)));
    }

    /// <summary>
    /// Appends the second-pass features of token <paramref name="i"/>: its own first-pass tag and its
    /// neighbours', and the tags the first pass gave the same word elsewhere in the document.
    /// </summary>
    public static void Document(SentenceView s, int i, int[] passTags, DocumentTagIndex index, int sentence, List<ulong> output)
    {
        var n = s.Count;
        var ss = s.ShortShape[i];
        var own = TagKey(passTags[i]);
        var prevTag = i > 0 ? TagKey(passTags[i - 1]) : Start;
        var nextTag = i + 1 < n ? TagKey(passTags[i + 1]) : End;
        output.Add(TaggerHash.Feature(PassTag, own));
        output.Add(TaggerHash.Feature(PassPrev, prevTag, own));
        output.Add(TaggerHash.Feature(PassNext, own, nextTag));
        output.Add(TaggerHash.Feature(PassWindow, prevTag, own, nextTag));
        if (!IsWord(s.Words[i])) return;
        var stats = index.Others(s.Lower[i], sentence, i);
        if (stats.Total == 0) return;
        var (majorityType, majorityTag, distinctTypes) = stats.Summary();
        var majority = (ulong)(majorityType + 2);
        output.Add(TaggerHash.Feature(DocMajority, majority));
        output.Add(TaggerHash.Feature(DocMajorityShape, majority, ss));
        output.Add(TaggerHash.Feature(DocTag, TagKey(majorityTag)));
        if (distinctTypes > 1) output.Add(TaggerHash.Feature(DocMixed, majority));
        output.Add(TaggerHash.Feature(DocCase, stats.CapitalizedMid > 0 ? 1UL : stats.LowerMid > 0 ? 2UL : 3UL, ss));
    }

    private static bool IsWord(string w) => w.Length > 0 && char.IsLetter(w[0]);

    private static ulong TagKey(int tag) => (ulong)tag + 100;
}
