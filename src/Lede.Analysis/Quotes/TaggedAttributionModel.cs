namespace Lede.Analysis.Quotes;

/// <summary>
/// Decides on the contents the <see cref="AttributionTagger"/> alone finds: a linear score over
/// <see cref="TaggedAttributionFeatures.Content"/> says whether one is an attribution (above <see cref="Threshold"/>), and a
/// second over <see cref="TaggedAttributionFeatures.Source"/> ranks the phrases that may be its source. Stored in the
/// shared <see cref="HashedWeightsFile"/> format with the threshold as its header value; a few candidates an article, so a
/// dictionary serves. None ships with Lede: on PolNeAR it kept no more right contents than the finder's hand rule (see
/// Models/README.md); `Lede.Bench.Attribution train-tagged` trains one and `--tagged FILE` scores with it.
/// </summary>
internal sealed class TaggedAttributionModel
{
    private const string Magic = "LEDETACC";
    private const int FormatVersion = 1;
    private readonly Dictionary<ulong, float> _weights;

    public TaggedAttributionModel(IReadOnlyDictionary<ulong, float> weights, float threshold)
    {
        _weights = new Dictionary<ulong, float>(weights);
        Threshold = threshold;
    }

    /// <summary>Contents scoring above this are kept.</summary>
    public float Threshold { get; }

    public int FeatureCount => _weights.Count;

    /// <summary>The linear score of a feature set (a content's, or a source option's).</summary>
    public float Score(ReadOnlySpan<ulong> features)
    {
        var sum = 0f;
        foreach (var f in features) sum += _weights.GetValueOrDefault(f);
        return sum;
    }

    /// <summary>The index of the best-scoring source option; −1 when there is none.</summary>
    public int BestSource(IReadOnlyList<TaggedSourceOption> options)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var i = 0; i < options.Count; i++)
        {
            var score = Score(options[i].Features);
            if (score > bestScore) { bestScore = score; best = i; }
        }
        return best;
    }

    /// <summary>The same weights with another threshold (one calibrated after training).</summary>
    public TaggedAttributionModel WithThreshold(float threshold) => new(_weights, threshold);

    public void Write(Stream output) => HashedWeightsFile.Write(output, Magic, FormatVersion, _weights, Threshold);

    public static TaggedAttributionModel Read(Stream input)
    {
        var (weights, threshold) = HashedWeightsFile.Read(input, Magic, FormatVersion, "tagged-attribution model", hasHeader: true);
        return new TaggedAttributionModel(weights, threshold);
    }
}
