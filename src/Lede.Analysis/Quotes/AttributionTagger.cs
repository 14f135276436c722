using System.Buffers;
using System.Runtime.Intrinsics;
using Lede.Analysis.Entities;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// A first-order sequence tagger over the tokens of a sentence (structured averaged perceptron, Viterbi decoding):
/// each token is outside any attribution, part of a source, part of a cue, or begins or continues a content.
/// <see cref="AttributionFinder"/> reads it for attributions its rules miss. Stored in the shared
/// <see cref="HashedWeightsFile"/> format: a key is a feature hash with the tag in its low bits, and the tag
/// transitions are keys of their own.
/// </summary>
internal sealed class AttributionTagger
{
    public const int TagCount = 5;
    public const int Outside = 0, Source = 1, Cue = 2, BeginContent = 3, InsideContent = 4;

    private const string Magic = "LEDETAGS";
    private const int FormatVersion = 1;
    private const string ResourceName = "Lede.Analysis.Models.attribution-tags-en.bin";
    private const ulong TagBits = AttributionTagFeatures.TagBits;
    private const int TransitionTemplate = 900;

    private static readonly Lazy<AttributionTagger?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<ulong, float> _weights;
    private readonly AttributionTagTable _table;
    // [previous + 1, tag]: row 0 is the sentence start.
    private readonly float[] _transitions = new float[(TagCount + 1) * TagCount];

    public AttributionTagger(IReadOnlyDictionary<ulong, float> weights)
    {
        _weights = new Dictionary<ulong, float>(weights);
        var grouped = new Dictionary<ulong, AttributionTagWeights>();
        foreach (var (key, weight) in _weights)
        {
            var tag = (int)(key & TagBits);
            if (tag >= TagCount) throw new InvalidDataException("The attribution tagger is corrupt (bad tag).");
            var feature = key & ~TagBits;
            grouped.TryGetValue(feature, out var row);
            row[tag] = weight;
            grouped[feature] = row;
        }
        _table = new AttributionTagTable(grouped);
        for (var previous = -1; previous < TagCount; previous++)
            if (grouped.TryGetValue(TransitionKey(previous), out var row))
                for (var tag = 0; tag < TagCount; tag++) _transitions[(previous + 1) * TagCount + tag] = row[tag];
    }

    /// <summary>The model shipped with Lede (trained on PolNeAR train), or null when the build has none.</summary>
    public static AttributionTagger? Default => Embedded.Value;

    public int FeatureCount => _weights.Count;

    /// <summary>The key of a feature's weight for a tag.</summary>
    public static ulong Key(ulong feature, int tag) => (feature & ~TagBits) | (uint)tag;

    /// <summary>The feature whose weights are the transitions from <paramref name="previous"/> (−1: the sentence start).</summary>
    public static ulong TransitionKey(int previous) => FeatureHash.Feature(TransitionTemplate, (ulong)(previous + 2)) & ~TagBits;

    /// <summary>Whether tag <paramref name="tag"/> may follow <paramref name="previous"/> (−1: the sentence start): a content continues only a content.</summary>
    public static bool Allowed(int previous, int tag) => tag != InsideContent || previous is BeginContent or InsideContent;

    /// <summary>Tags the sentence [<paramref name="a"/>, <paramref name="b"/>) into <paramref name="tags"/> (one per token).</summary>
    /// <param name="affixes">The tokens' <see cref="TokenAffixes"/> when made already.</param>
    public void Tag(IReadOnlyList<Token> tokens, FeatureValue[] hashes, byte[] quoteStates, int a, int b, Span<int> tags, TokenAffixes? affixes = null)
    {
        var n = b - a;
        if (n <= 0) return;
        var features = ArrayPool<ulong>.Shared.Rent(n * AttributionTagFeatures.Count);
        AttributionTagFeatures.ExtractSentence(tokens, hashes, quoteStates, a, b, features, affixes);
        Tag(features, n, tags);
        ArrayPool<ulong>.Shared.Return(features);
    }

    /// <summary>Tags <paramref name="n"/> tokens from their features (<see cref="AttributionTagFeatures.Count"/> per token).</summary>
    public void Tag(ReadOnlySpan<ulong> features, int n, Span<int> tags)
    {
        const int F = AttributionTagFeatures.Count;
        var emissions = ArrayPool<float>.Shared.Rent(n * TagCount);
        // The rows of the next tokens are asked for while this one's are added, so their cache misses overlap the work.
        for (var t = 0; t < n && t < PrefetchAhead; t++) _table.Prefetch(features.Slice(t * F, F));
        for (var t = 0; t < n; t++)
        {
            if (t + PrefetchAhead < n) _table.Prefetch(features.Slice((t + PrefetchAhead) * F, F));
            // All five tags in one vector (its other lanes are ignored): each tag's weights are added in feature order from
            // zero, exactly the sums of adding them one by one. An unknown feature reads an empty slot's zeros, and adding +0
            // to a sum that starts at +0 changes no bit.
            var sum = Vector256<float>.Zero;
            foreach (var f in features.Slice(t * F, F)) sum += _table.Weights(f);
            for (var tag = 0; tag < TagCount; tag++) emissions[t * TagCount + tag] = sum[tag];
        }
        Decode(emissions, _transitions, n, tags);
        ArrayPool<float>.Shared.Return(emissions);
    }

    private const int PrefetchAhead = 2;

    /// <summary>Viterbi over emission scores [token, tag] and transitions [previous + 1, tag], well-formed paths only.</summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> tags)
    {
        if (n <= 0) return;
        var size = n * TagCount;
        var rentedScore = size > MaxStackScores ? ArrayPool<float>.Shared.Rent(size) : null;
        var rentedBack = size > MaxStackScores ? ArrayPool<byte>.Shared.Rent(size) : null;
        Span<float> score = rentedScore ?? stackalloc float[size];
        Span<byte> back = rentedBack ?? stackalloc byte[size];
        for (var tag = 0; tag < TagCount; tag++)
            score[tag] = Allowed(-1, tag) ? transitions[tag] + emissions[tag] : float.NegativeInfinity;
        // Tags 0–3 may follow any tag: their best previous tags are found together in one vector, previous tags in
        // ascending order with a strict comparison, so the first best wins a tie as in a scan one pair at a time.
        // A content continues only a content: tag 4 alone, from tags 3 and 4.
        Span<float> rows = stackalloc float[TagCount * 4];
        for (var previous = 0; previous < TagCount; previous++)
            transitions.Slice((previous + 1) * TagCount, 4).CopyTo(rows[(previous * 4)..]);
        for (var t = 1; t < n; t++)
        {
            var before = score.Slice((t - 1) * TagCount, TagCount);
            var best = Vector128.Create(float.NegativeInfinity);
            var from = Vector128<int>.Zero;
            for (var previous = 0; previous < TagCount; previous++)
            {
                var s = Vector128.Create(before[previous]) + Vector128.Create(rows.Slice(previous * 4, 4));
                var better = Vector128.GreaterThan(s, best);
                best = Vector128.ConditionalSelect(better, s, best);
                from = Vector128.ConditionalSelect(better.AsInt32(), Vector128.Create(previous), from);
            }
            for (var tag = 0; tag < 4; tag++)
            {
                score[t * TagCount + tag] = best[tag] + emissions[t * TagCount + tag];
                back[t * TagCount + tag] = (byte)from[tag];
            }
            var inside = float.NegativeInfinity;
            var insideFrom = 0;
            for (var previous = BeginContent; previous < TagCount; previous++)
            {
                var s = before[previous] + transitions[(previous + 1) * TagCount + InsideContent];
                if (s > inside) { inside = s; insideFrom = previous; }
            }
            score[t * TagCount + InsideContent] = inside + emissions[t * TagCount + InsideContent];
            back[t * TagCount + InsideContent] = (byte)insideFrom;
        }
        var last = 0;
        for (var tag = 1; tag < TagCount; tag++)
            if (score[(n - 1) * TagCount + tag] > score[(n - 1) * TagCount + last]) last = tag;
        for (var t = n - 1; t >= 0; t--)
        {
            tags[t] = last;
            last = back[t * TagCount + last];
        }
        if (rentedScore is not null) ArrayPool<float>.Shared.Return(rentedScore);
        if (rentedBack is not null) ArrayPool<byte>.Shared.Return(rentedBack);
    }

    private const int MaxStackScores = 1024;

    public void Write(Stream output) => HashedWeightsFile.Write(output, Magic, FormatVersion, _weights);

    public static AttributionTagger Read(Stream input)
    {
        var (weights, _) = HashedWeightsFile.Read(input, Magic, FormatVersion, "attribution tagger", hasHeader: false);
        return new AttributionTagger(weights);
    }

    private static AttributionTagger? LoadEmbedded()
    {
        using var stream = typeof(AttributionTagger).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
