
namespace Lede.Analysis.Quotes;

/// <summary>
/// The cue classifier's weights: a linear score over <see cref="CueFeatures"/> that says how likely a token
/// heads an attribution cue ("said", "shows", "according", "warned", "endorsed"). Stored
/// in the shared <see cref="HashedWeightsFile"/> format with the threshold as its header value.
/// </summary>
internal sealed class CueModel
{
    private const string Magic = "LEDECUE";
    private const int FormatVersion = 1;
    private const string ResourceName = "Lede.Analysis.Models.cues-en.bin";

    private static readonly Lazy<CueModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<ulong, float> _weights;
    private readonly HashedWeightTable _table;

    public CueModel(IReadOnlyDictionary<ulong, float> weights, float threshold)
    {
        _weights = new Dictionary<ulong, float>(weights);
        _table = new HashedWeightTable(_weights);
        Threshold = threshold;
    }

    /// <summary>The model shipped with Lede (trained on PolNeAR train), or null when the build has none.</summary>
    public static CueModel? Default => Embedded.Value;

    /// <summary>Scores above this make a token a cue.</summary>
    public float Threshold { get; }

    public int FeatureCount => _weights.Count;

    public float Score(ReadOnlySpan<ulong> features) => _table.Sum(features);

    /// <summary>The scores of several tokens at once, <see cref="CueFeatures.Count"/> features each: the same scores as <see cref="Score(ReadOnlySpan{ulong})"/>, sooner.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _table.SumRows(features, CueFeatures.Count, scores);

    public void Write(Stream output) => HashedWeightsFile.Write(output, Magic, FormatVersion, _weights, Threshold);

    public static CueModel Read(Stream input)
    {
        var (weights, threshold) = HashedWeightsFile.Read(input, Magic, FormatVersion, "cue model", hasHeader: true);
        return new CueModel(weights, threshold);
    }

    private static CueModel? LoadEmbedded()
    {
        using var stream = typeof(CueModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
