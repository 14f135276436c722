namespace Lede.Analysis.Entities;

/// <summary>
/// Structured averaged perceptron (Collins 2002): decode each sentence with Viterbi under the current
/// weights, move weights toward the gold sequence where it differs, average over all steps.
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int T = EntityTagSet.Count;

    /// <summary>A training sentence: token i has features[starts[i]..starts[i+1]); gold BILOU tags.</summary>
    public sealed record Example(List<ulong> Features, int[] Starts, int[] Gold);

    public required int Epochs { get; init; }
    public required int MinFeatureCount { get; init; }
    public required float PruneBelow { get; init; }
    public required int Seed { get; init; }

    public TaggerWeights Train(IReadOnlyList<Example> examples, Action<string>? log = null)
    {
        // Feature ids: keys seen at least MinFeatureCount times; rarer ones carry noise and bulk.
        var counts = new Dictionary<ulong, int>();
        foreach (var e in examples)
            foreach (var f in e.Features)
                counts[f] = counts.GetValueOrDefault(f) + 1;
        var ids = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        foreach (var (key, count) in counts)
        {
            if (count < MinFeatureCount) continue;
            ids[key] = keys.Count;
            keys.Add(key);
        }
        counts.Clear();
        var indexed = new (int[] Features, int[] Starts, int[] Gold)[examples.Count];
        for (var s = 0; s < examples.Count; s++)
        {
            var e = examples[s];
            var feats = new List<int>(e.Features.Count);
            var starts = new int[e.Starts.Length];
            for (var i = 0; i + 1 < e.Starts.Length; i++)
            {
                starts[i] = feats.Count;
                for (var k = e.Starts[i]; k < e.Starts[i + 1]; k++)
                    if (ids.TryGetValue(e.Features[k], out var id)) feats.Add(id);
            }
            starts[^1] = feats.Count;
            indexed[s] = (feats.ToArray(), starts, e.Gold);
        }

        var featureCount = keys.Count;
        var w = new float[featureCount * T];
        var u = new double[featureCount * T];
        var tw = new float[(T + 1) * T];
        var tu = new double[(T + 1) * T];
        double c = 1;
        var order = Enumerable.Range(0, indexed.Length).ToArray();
        var rng = new Random(Seed);
        var emissions = new float[64 * T];
        var predicted = new int[64];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            rng.Shuffle(order);
            var mistakes = 0;
            var tokens = 0;
            foreach (var s in order)
            {
                var (feats, starts, gold) = indexed[s];
                var n = gold.Length;
                if (n == 0) continue;
                if (emissions.Length < n * T) { emissions = new float[n * T * 2]; predicted = new int[n * 2]; }
                Array.Clear(emissions, 0, n * T);
                for (var i = 0; i < n; i++)
                {
                    var row = i * T;
                    for (var k = starts[i]; k < starts[i + 1]; k++)
                    {
                        var f = feats[k] * T;
                        for (var t = 0; t < T; t++) emissions[row + t] += w[f + t];
                    }
                }
                ViterbiDecoder.Decode(emissions.AsSpan(0, n * T), tw, n, predicted);
                tokens += n;
                for (var i = 0; i < n; i++)
                {
                    var g = gold[i];
                    var p = predicted[i];
                    if (g != p)
                    {
                        mistakes++;
                        for (var k = starts[i]; k < starts[i + 1]; k++)
                        {
                            var f = feats[k] * T;
                            w[f + g] += 1; u[f + g] += c;
                            w[f + p] -= 1; u[f + p] -= c;
                        }
                    }
                    var gPrev = i == 0 ? 0 : gold[i - 1] + 1;
                    var pPrev = i == 0 ? 0 : predicted[i - 1] + 1;
                    if (gPrev != pPrev || g != p)
                    {
                        tw[gPrev * T + g] += 1; tu[gPrev * T + g] += c;
                        tw[pPrev * T + p] -= 1; tu[pPrev * T + p] -= c;
                    }
                }
                c++;
            }
            log?.Invoke($"  epoch {epoch + 1}/{Epochs}: token errors {mistakes}/{tokens} ({100.0 * mistakes / Math.Max(1, tokens):F2}%)");
        }

        // Averaged weights = w - u/c; tiny ones are dropped to keep the model small. Rows in key order.
        var sortedKeys = new List<ulong>();
        var rowStart = new List<int>();
        var entryTag = new List<byte>();
        var entryWeight = new List<float>();
        foreach (var f in Enumerable.Range(0, featureCount).OrderBy(f => keys[f]))
        {
            var first = entryTag.Count;
            for (var t = 0; t < T; t++)
            {
                var avg = (float)(w[f * T + t] - u[f * T + t] / c);
                if (Math.Abs(avg) < PruneBelow || avg == 0) continue;
                entryTag.Add((byte)t);
                entryWeight.Add(avg);
            }
            if (entryTag.Count == first) continue;
            sortedKeys.Add(keys[f]);
            rowStart.Add(first);
        }
        rowStart.Add(entryTag.Count);
        var transitions = new float[(T + 1) * T];
        for (var k = 0; k < transitions.Length; k++) transitions[k] = (float)(tw[k] - tu[k] / c);
        return new TaggerWeights(sortedKeys.ToArray(), rowStart.ToArray(), entryTag.ToArray(), entryWeight.ToArray(), transitions);
    }
}
