using System.Buffers;
using System.Runtime.InteropServices;

namespace Lede.Analysis.Entities;

/// <summary>
/// Tags the sentences of one document in two passes: the first with local features only, the second adding
/// what the first pass said about the same words elsewhere in the document.
/// </summary>
internal sealed class TwoPassTagger
{
    private readonly EntityModel _model;
    private readonly FeatureExtractor _extractor;
    // Each pass's transitions as the decoder reads them, laid out once.
    private readonly float[] _firstLayout, _secondLayout;

    public TwoPassTagger(EntityModel model)
    {
        _model = model;
        _firstLayout = ViterbiDecoder.Layout(model.FirstPass.Transitions);
        _secondLayout = ViterbiDecoder.Layout(model.SecondPass.Transitions);
        _extractor = new FeatureExtractor(model.Casing, model.Gazetteer, model.Clusters);
    }

    public FeatureExtractor Extractor => _extractor;

    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        const int T = EntityTagSet.Count;
        var views = new SentenceView[sentences.Count];
        // The feature, row and emission buffers and the index's dictionary are this thread's, reused article after article.
        var scratch = TaggerScratch.Take();
        var features = scratch.Features;
        var starts = scratch.Starts;
        var rows = scratch.Rows;
        var first = new int[sentences.Count][];
        // Each sentence's second-pass local sums, kept for the second pass: one pooled buffer for the document.
        var total = 0;
        foreach (var sentence in sentences) total += sentence.Count;
        var secondLocal = ArrayPool<short>.Shared.Rent(Math.Max(1, total * CombinedWeights.Width));
        var sentenceStarts = new int[sentences.Count];
        var weights = _model.Combined;
        var index = scratch.Index;
        // Emissions are needed only for their sentence's decoding: one buffer serves all.
        var emissions = scratch.Emissions;
        for (var s = 0; s < sentences.Count; s++)
        {
            var view = views[s] = _extractor.View(sentences[s]);
            var n = view.Count;
            if (starts.Length <= n) starts = new int[n * 2 + 1];
            LocalFeatures(view, features, starts);
            if (rows.Length < features.Count) rows = new int[features.Count * 2];
            if (emissions.Length < n * T) emissions = new float[n * 2 * T];
            sentenceStarts[s] = s == 0 ? 0 : sentenceStarts[s - 1] + views[s - 1].Count * CombinedWeights.Width;
            weights.ScoreLocal(CollectionsMarshal.AsSpan(features), starts, n, emissions, secondLocal.AsSpan(sentenceStarts[s], n * CombinedWeights.Width), rows);
            first[s] = new int[n];
            ViterbiDecoder.Decode(emissions.AsSpan(0, n * T), _model.FirstPass.Transitions, _firstLayout, n, first[s]);
            index.Add(view, first[s]);
        }
        // Second pass: the local features were scored under both passes' weights at once; add the document features.
        var result = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var view = views[s];
            var n = view.Count;
            features.Clear();
            for (var i = 0; i < n; i++)
            {
                starts[i] = features.Count;
                FeatureExtractor.Document(view, i, first[s], index, s, features);
            }
            starts[n] = features.Count;
            if (rows.Length < features.Count) rows = new int[features.Count * 2];
            weights.ScoreSecond(CollectionsMarshal.AsSpan(features), starts, n, secondLocal.AsSpan(sentenceStarts[s], n * CombinedWeights.Width), emissions, rows);
            result[s] = new int[n];
            ViterbiDecoder.Decode(emissions.AsSpan(0, n * T), _model.SecondPass.Transitions, _secondLayout, n, result[s]);
        }
        ArrayPool<short>.Shared.Return(secondLocal);
        index.Release();
        scratch.Keep(starts, rows, emissions);
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
