using Lede.Analysis.Entities;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Where a reported content after its cue ends: a linear score over <see cref="ContentEndFeatures"/> for each
/// place the content may stop; the best-scoring place wins ("endorsed [the levy] on Monday, …"). Stored
/// in the shared <see cref="HashedWeightsFile"/> format, without a header value.
/// </summary>
internal sealed class ContentEndModel
{
    private const string Magic = "LEDEEND";
    private const int FormatVersion = 1;
    private const string ResourceName = "Lede.Analysis.Models.content-end-en.bin";

    private static readonly Lazy<ContentEndModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<ulong, float> _weights;
    private readonly HashedWeightTable _table;

    public ContentEndModel(IReadOnlyDictionary<ulong, float> weights)
    {
        _weights = new Dictionary<ulong, float>(weights);
        _table = new HashedWeightTable(_weights);
    }

    /// <summary>The model shipped with Lede (trained on PolNeAR train), or null when the build has none.</summary>
    public static ContentEndModel? Default => Embedded.Value;

    public int FeatureCount => _weights.Count;

    public float Score(ReadOnlySpan<ulong> features) => _table.Sum(features);

    /// <summary>
    /// The last token of content [<paramref name="start"/>, <paramref name="end"/>) reported by the cue at
    /// <paramref name="cue"/>: the best-scoring cut. Only words and closing marks may end a content, and none after which
    /// <paramref name="runsOn"/> says the content goes on (the finder's rules; the trainer sees every candidate).
    /// </summary>
    public int BestEnd(IReadOnlyList<Token> tokens, FeatureValue[] hashes, int cue, int start, int end, Func<int, bool> insideQuote, Func<int, bool>? runsOn = null)
    {
        Span<ulong> features = stackalloc ulong[ContentEndFeatures.Count];
        var best = end - 1;
        var bestScore = float.NegativeInfinity;
        for (var k = start; k < end; k++)
        {
            if (!IsCandidate(tokens, k, end) || runsOn is not null && runsOn(k)) continue;
            ContentEndFeatures.Extract(tokens, hashes, cue, start, k, end, CutsQuote(tokens, k, end, insideQuote), features);
            var score = Score(features);
            if (score > bestScore) { bestScore = score; best = k; }
        }
        return best;
    }

    /// <summary>A content ends on a word or on a closing mark, never on a comma or a dash.</summary>
    public static bool CanEnd(Token token) => !token.IsPunctuation || token.Text is "”" or "\"" or "’" or "'" or ")";

    /// <summary>
    /// A place a content may end: at the end of its range, or before punctuation, a word that opens a new phrase
    /// or clause ("on", "who", "although", "as") or a participle ("…, dealing") — never inside a noun phrase.
    /// </summary>
    public static bool IsCandidate(IReadOnlyList<Token> tokens, int k, int end)
    {
        if (!CanEnd(tokens[k])) return false;
        if (k + 1 >= end) return true;
        var next = tokens[k + 1].Text;
        // A dash or bracket that opens an aside closed later in the range is inside the content ("24 hostages — including X — are held").
        if (next is "—" or "–" or "(" or "--")
        {
            var closing = next == "(" ? ")" : next;
            for (var j = k + 2; j < end; j++)
                if (tokens[j].Text == closing) return false;
        }
        return tokens[k + 1].IsPunctuation || AttributionRules.ContentBreakWords.Contains(next)
            || char.IsLower(next[0]) && next.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>Whether cutting after token k leaves a quote open (the next token is inside the same quoted span).</summary>
    public static bool CutsQuote(IReadOnlyList<Token> tokens, int k, int end, Func<int, bool> insideQuote) =>
        k + 1 < end && insideQuote(tokens[k + 1].Start) && insideQuote(tokens[k].End - 1);

    public void Write(Stream output) => HashedWeightsFile.Write(output, Magic, FormatVersion, _weights);

    public static ContentEndModel Read(Stream input) =>
        new(HashedWeightsFile.Read(input, Magic, FormatVersion, "content-end model", hasHeader: false).Weights);

    private static ContentEndModel? LoadEmbedded()
    {
        using var stream = typeof(ContentEndModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
