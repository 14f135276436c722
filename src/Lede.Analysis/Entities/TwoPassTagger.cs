namespace Lede.Analysis.Entities;

/// <summary>
/// Tags the sentences of one document in two passes: the first with local features only, the second adding
/// what the first pass said about the same words elsewhere in the document.
/// </summary>
internal sealed class TwoPassTagger
{
    private readonly EntityModel _model;
    private readonly FeatureExtractor _extractor;

    public TwoPassTagger(EntityModel model)
    {
        _model = model;
        _extractor = new FeatureExtractor(model.Casing, model.Gazetteer);
    }

    public FeatureExtractor Extractor => _extractor;

    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var views = new SentenceView[sentences.Count];
        var local = new List<ulong>(1024);
        var localStarts = new int[65];
        var first = new int[sentences.Count][];
        var secondEmissions = new float[sentences.Count][];
        var weights = _model.Combined;
        var index = new DocumentTagIndex();
        // The first pass's scores are needed only for their sentence: one buffer serves all, cleared for each.
        var emissionBuffer = new float[16 * EntityTagSet.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            views[s] = _extractor.View(sentences[s]);
            var n = views[s].Count;
            if (localStarts.Length <= n) localStarts = new int[n * 2 + 1];
            LocalFeatures(views[s], local, localStarts);
            first[s] = new int[n];
            if (emissionBuffer.Length < n * EntityTagSet.Count) emissionBuffer = new float[n * 2 * EntityTagSet.Count];
            var emissions = emissionBuffer.AsSpan(0, n * EntityTagSet.Count);
            emissions.Clear();
            secondEmissions[s] = new float[n * EntityTagSet.Count];
            weights.AddBoth(local, localStarts, n, emissions, secondEmissions[s]);
            ViterbiDecoder.Decode(emissions, _model.FirstPass.Transitions, n, first[s]);
            index.Add(views[s], first[s]);
        }
        // Second pass: local features were scored under both passes' weights at once; add the document features.
        var result = new int[sentences.Count][];
        var extra = new List<ulong>(64);
        var starts = localStarts;
        for (var s = 0; s < sentences.Count; s++)
        {
            var view = views[s];
            var n = view.Count;
            extra.Clear();
            if (starts.Length <= n) starts = new int[n * 2 + 1];
            for (var i = 0; i < n; i++)
            {
                starts[i] = extra.Count;
                FeatureExtractor.Document(view, i, first[s], index, s, extra);
            }
            starts[n] = extra.Count;
            var emissions = secondEmissions[s];
            weights.AddSecond(extra, starts, n, emissions);
            result[s] = new int[n];
            ViterbiDecoder.Decode(emissions, _model.SecondPass.Transitions, n, result[s]);
        }
        return result;
    }

    public static (List<ulong> Features, int[] Starts) LocalFeatures(SentenceView view)
    {
        var features = new List<ulong>(view.Count * 48);
        var starts = new int[view.Count + 1];
        LocalFeatures(view, features, starts);
        return (features, starts);
    }

    /// <summary>Fills reused buffers: features (cleared first) and starts (at least Count + 1 long).</summary>
    public static void LocalFeatures(SentenceView view, List<ulong> features, int[] starts)
    {
        features.Clear();
        for (var i = 0; i < view.Count; i++)
        {
            starts[i] = features.Count;
            FeatureExtractor.Local(view, i, features);
        }
        starts[view.Count] = features.Count;
    }

    public static (List<ulong> Features, int[] Starts) SecondPassFeatures(
        SentenceView view, (List<ulong> Features, int[] Starts) local, int[] firstPass, DocumentTagIndex index, int sentence)
    {
        var features = new List<ulong>(local.Features.Count + view.Count * 10);
        var starts = new int[view.Count + 1];
        for (var i = 0; i < view.Count; i++)
        {
            starts[i] = features.Count;
            for (var k = local.Starts[i]; k < local.Starts[i + 1]; k++) features.Add(local.Features[k]);
            FeatureExtractor.Document(view, i, firstPass, index, sentence, features);
        }
        starts[view.Count] = features.Count;
        return (features, starts);
    }
}
