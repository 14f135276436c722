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
        _extractor = new FeatureExtractor(model.Casing);
    }

    public FeatureExtractor Extractor => _extractor;

    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var views = new FeatureExtractor.SentenceView[sentences.Count];
        var local = new (List<ulong> Features, int[] Starts)[sentences.Count];
        var first = new int[sentences.Count][];
        var index = new DocumentTagIndex();
        for (var s = 0; s < sentences.Count; s++)
        {
            views[s] = _extractor.View(sentences[s]);
            local[s] = LocalFeatures(views[s]);
            first[s] = new int[views[s].Count];
            _model.FirstPass.Decode(local[s].Features, local[s].Starts, views[s].Count, first[s]);
            index.Add(views[s], first[s]);
        }
        var result = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var (features, starts) = SecondPassFeatures(views[s], local[s], first[s], index, s);
            result[s] = new int[views[s].Count];
            _model.SecondPass.Decode(features, starts, views[s].Count, result[s]);
        }
        return result;
    }

    public static (List<ulong> Features, int[] Starts) LocalFeatures(FeatureExtractor.SentenceView view)
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
        FeatureExtractor.SentenceView view, (List<ulong> Features, int[] Starts) local, int[] firstPass, DocumentTagIndex index, int sentence)
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
