namespace Lede.Analysis.Entities;

/// <summary>
/// Local features of each token of a sentence (word, affixes, shapes, neighbours, casing habits), and the
/// document features of the second pass (how the same word was tagged elsewhere in the document).
/// Features are 64-bit hashes written into a caller's buffer.
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
        PassNext = 46, DocCase = 47, PassWindow = 48;

    private readonly CasingLexicon _casing;

    public FeatureExtractor(CasingLexicon casing) => _casing = casing;

    /// <summary>Curly quotes and dashes as their plain forms, so "Trump’s" and "Trump's" share features.</summary>
    public static string Normalize(string word)
    {
        if (word.AsSpan().IndexOfAny("’‘“”—–") < 0) return word;
        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = w[i] switch { '’' or '‘' => '\'', '“' or '”' => '"', '—' or '–' => '-', var c => c };
        });
    }

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

    /// <summary>The per-token views of a sentence that features are built from.</summary>
    public sealed class SentenceView
    {
        public required string[] Words;
        public required string[] Lower;
        public required string[] Shapes;
        public required string[] ShortShapes;
        public required string[] Casing;
        public required bool AllCaps;
        public int Count => Words.Length;
    }

    public SentenceView View(IReadOnlyList<string> words)
    {
        var n = words.Count;
        var view = new SentenceView
        {
            Words = new string[n], Lower = new string[n], Shapes = new string[n], ShortShapes = new string[n],
            Casing = new string[n], AllCaps = IsAllCapsSentence(words),
        };
        for (var i = 0; i < n; i++)
        {
            var w = Normalize(words[i]);
            view.Words[i] = w;
            view.Lower[i] = w.ToLowerInvariant();
            view.Shapes[i] = WordShape.Long(w);
            view.ShortShapes[i] = WordShape.Short(w);
            view.Casing[i] = _casing.ClassOf(view.Lower[i]);
        }
        return view;
    }

    /// <summary>Appends the local features of token <paramref name="i"/>.</summary>
    public static void Local(SentenceView s, int i, List<ulong> output)
    {
        var n = s.Count;
        var w = s.Words[i];
        var lw = s.Lower[i];
        var ss = s.ShortShapes[i];
        var prev = i > 0 ? s.Lower[i - 1] : "<s>";
        var next = i + 1 < n ? s.Lower[i + 1] : "</s>";
        var prev2 = i > 1 ? s.Lower[i - 2] : "<s>";
        var next2 = i + 2 < n ? s.Lower[i + 2] : "</s>";
        var prevShape = i > 0 ? s.ShortShapes[i - 1] : "<s>";
        var nextShape = i + 1 < n ? s.ShortShapes[i + 1] : "</s>";

        output.Add(FeatureHash.Of(Bias, ""));
        output.Add(FeatureHash.Of(Word, w));
        output.Add(FeatureHash.Of(Lower, lw));
        for (var k = 1; k <= 4 && k <= lw.Length; k++)
        {
            output.Add(FeatureHash.Of(Prefix + k - 1, lw.AsSpan(0, k)));
            output.Add(FeatureHash.Of(Suffix + k - 1, lw.AsSpan(lw.Length - k)));
        }
        output.Add(FeatureHash.Of(Shape, s.Shapes[i]));
        output.Add(FeatureHash.Of(ShortShape, ss));
        output.Add(FeatureHash.Of(PrevWord, prev));
        output.Add(FeatureHash.Of(NextWord, next));
        output.Add(FeatureHash.Of(Prev2Word, prev2));
        output.Add(FeatureHash.Of(Next2Word, next2));
        output.Add(FeatureHash.Of(PrevShape, prevShape));
        output.Add(FeatureHash.Of(NextShape, nextShape));
        output.Add(FeatureHash.Of(ShapeLeft, prevShape, ss));
        output.Add(FeatureHash.Of(ShapeRight, ss, nextShape));
        output.Add(FeatureHash.Of(ShapeTri, prevShape, ss, nextShape));
        output.Add(FeatureHash.Of(BigramLeft, prev, lw));
        output.Add(FeatureHash.Of(BigramRight, lw, next));
        output.Add(FeatureHash.Of(PrevWordShape, prev, ss));
        output.Add(FeatureHash.Of(NextWordShape, ss, next));
        output.Add(FeatureHash.Of(PrevSuffix, Tail(prev), ss));
        output.Add(FeatureHash.Of(NextSuffix, ss, Tail(next)));
        output.Add(FeatureHash.Of(Position, i == 0 ? "first" : i + 1 == n ? "last" : "mid", ss));
        output.Add(FeatureHash.Of(Casing, s.Casing[i], ss));
        output.Add(FeatureHash.Of(CasingPosition, s.Casing[i], i == 0 ? "first" : s.AllCaps ? "caps" : "mid"));
        output.Add(FeatureHash.Of(CasingPrev, i > 0 ? s.Casing[i - 1] : "<s>", s.Casing[i]));
        output.Add(FeatureHash.Of(CasingNext, s.Casing[i], i + 1 < n ? s.Casing[i + 1] : "</s>"));
        if (s.AllCaps)
        {
            output.Add(FeatureHash.Of(CapsSentenceShape, ss));
            output.Add(FeatureHash.Of(CapsSentenceWord, lw));
        }
        Span<char> flags = stackalloc char[4];
        flags[0] = w.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? 'd' : '-';
        flags[1] = w.Contains('-') ? 'h' : '-';
        flags[2] = w.Contains('.') ? 'p' : '-';
        flags[3] = w.Length == 1 ? '1' : w.Length <= 3 ? '3' : '+';
        output.Add(FeatureHash.Of(Flags, flags));
    }

    private static ReadOnlySpan<char> Tail(string word) => word.Length <= 3 ? word : word.AsSpan(word.Length - 3);

    /// <summary>
    /// Appends the second-pass features of token <paramref name="i"/>: its own first-pass tag and its
    /// neighbours', and the tags the first pass gave the same word elsewhere in the document.
    /// </summary>
    public static void Document(SentenceView s, int i, int[] passTags, DocumentTagIndex index, int sentence, List<ulong> output)
    {
        var n = s.Count;
        var ss = s.ShortShapes[i];
        var own = EntityTagSet.Name(passTags[i]);
        var prevTag = i > 0 ? EntityTagSet.Name(passTags[i - 1]) : "<s>";
        var nextTag = i + 1 < n ? EntityTagSet.Name(passTags[i + 1]) : "</s>";
        output.Add(FeatureHash.Of(PassTag, own));
        output.Add(FeatureHash.Of(PassPrev, prevTag, own));
        output.Add(FeatureHash.Of(PassNext, own, nextTag));
        output.Add(FeatureHash.Of(PassWindow, prevTag, own, nextTag));
        var w = s.Words[i];
        if (w.Length == 0 || !char.IsLetter(w[0])) return;
        var stats = index.Others(s.Lower[i], sentence, i);
        if (stats.Total == 0) return;
        var majority = stats.MajorityType();
        var majorityName = majority < 0 ? "O" : EntityTagSet.Types[majority];
        output.Add(FeatureHash.Of(DocMajority, majorityName));
        output.Add(FeatureHash.Of(DocMajorityShape, majorityName, ss));
        output.Add(FeatureHash.Of(DocTag, EntityTagSet.Name(stats.MajorityTag())));
        if (stats.DistinctTypes() > 1) output.Add(FeatureHash.Of(DocMixed, majorityName));
        output.Add(FeatureHash.Of(DocCase, stats.CapitalizedMid > 0 ? "cap" : stats.LowerMid > 0 ? "low" : "none", ss));
    }
}
