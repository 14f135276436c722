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
        var local = new (List<ulong> Features, int[] Starts)[sentences.Count];
        var first = new int[sentences.Count][];
        var secondEmissions = new float[sentences.Count][];
        var weights = _model.Combined;
        var index = new DocumentTagIndex();
        for (var s = 0; s < sentences.Count; s++)
        {
            views[s] = _extractor.View(sentences[s]);
            local[s] = LocalFeatures(views[s]);
            var n = views[s].Count;
            first[s] = new int[n];
            var emissions = new float[n * EntityTagSet.Count];
            secondEmissions[s] = new float[n * EntityTagSet.Count];
            weights.AddBoth(local[s].Features, local[s].Starts, n, emissions, secondEmissions[s]);
            ViterbiDecoder.Decode(emissions, _model.FirstPass.Transitions, n, first[s]);
            index.Add(views[s], first[s]);
        }
        // Second pass: local features were scored under both passes' weights at once; add the document features.
        var result = new int[sentences.Count][];
        var extra = new List<ulong>(64);
        for (var s = 0; s < sentences.Count; s++)
        {
            var view = views[s];
            var n = view.Count;
            extra.Clear();
            var starts = new int[n + 1];
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
        for (var i = 0; i < view.Count; i++)
        {
            starts[i] = features.Count;
            FeatureExtractor.Local(view, i, features);
        }
        starts[view.Count] = features.Count;
        return (features, starts);
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
