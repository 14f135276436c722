using System.Text.Json;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Trains the cue classifier on PolNeAR's <c>train</c> split (never <c>dev</c>): every word token outside quote
/// marks is an example, and the head word of each gold cue ("said" in "said in a statement", "shows" in "also
/// shows") is a positive. Binary averaged perceptron over <see cref="CueFeatures"/>; deterministic for a seed.
/// </summary>
public sealed class AttributionCueTrainer
{
    private const int MinFeatureCount = 2;
    private const float PruneBelow = 0.01f;

    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 6;

    /// <summary>Shuffling seed: the same data and seed give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// How many models, with seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, …, are trained and averaged. Five since the
    /// context features (<see cref="CueContext"/>): single seeds differ on PolNeAR dev by more than a feature gains.
    /// </summary>
    public int AveragedModels { get; init; } = 5;

    /// <summary>When above 0, every n-th training article is held out and cue precision/recall is reported on it.</summary>
    public int HoldOutEvery { get; init; }

    /// <summary>With <see cref="HoldOutEvery"/>, which articles are held out: those whose number leaves this remainder (folds for jackknifing).</summary>
    public int HoldOutFold { get; init; }

    /// <summary>Score above which a token is a cue, stored with the model.</summary>
    public float Threshold { get; init; }

    /// <summary>Trains on the <c>train</c> split of a PolNeAR folder (gold.jsonl + texts) and writes the model.</summary>
    public void Train(string polnearFolder, Stream output, Action<string>? log = null)
    {
        var examples = new List<(ulong[] Features, bool Cue)>();
        var heldOut = new List<(ulong[] Features, bool Cue)>();
        var articles = 0;
        foreach (var (text, cues) in ReadArticles(polnearFolder))
        {
            var target = HoldOutEvery > 0 && articles % HoldOutEvery == HoldOutFold ? heldOut : examples;
            articles++;
            AddExamples(text, cues, target);
        }
        log?.Invoke($"{articles} articles, {examples.Count:N0} training tokens ({examples.Count(e => e.Cue):N0} cue heads), {heldOut.Count:N0} held out");
        var sums = new Dictionary<ulong, double>();
        for (var m = 0; m < AveragedModels; m++)
            foreach (var (key, weight) in Fit(examples, Seed + m, log))
                sums[key] = sums.GetValueOrDefault(key) + weight;
        var weights = new Dictionary<ulong, float>();
        foreach (var (key, sum) in sums)
        {
            var average = (float)(sum / AveragedModels);
            if (Math.Abs(average) >= PruneBelow) weights[key] = average;
        }
        var model = new CueModel(weights, Threshold);
        if (heldOut.Count > 0)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (features, cue) in heldOut)
            {
                var predicted = model.Score(features) > model.Threshold;
                if (predicted && cue) tp++; else if (predicted) fp++; else if (cue) fn++;
            }
            log?.Invoke($"held out: cue heads precision {(double)tp / Math.Max(1, tp + fp):F3}, recall {(double)tp / Math.Max(1, tp + fn):F3}");
        }
        log?.Invoke($"{model.FeatureCount:N0} weights");
        model.Write(output);
    }

    /// <summary>The texts of the train split and their gold cue spans (first fragment of each cue).</summary>
    private static List<(string Text, List<(int Start, int End)> Cues)> ReadArticles(string folder)
    {
        var articles = new List<(string, List<(int, int)>)>();
        PolnearTrainSplit.ForEach(folder, holdOutEvery: 0, (text, attributions, _) =>
        {
            var cues = new List<(int, int)>();
            foreach (var attribution in attributions.EnumerateArray())
                if (FirstCueFragment(attribution) is { } fragment) cues.Add(fragment);
            articles.Add((text, cues));
        });
        return articles;
    }

    private static (int Start, int End)? FirstCueFragment(JsonElement attribution)
    {
        if (!attribution.TryGetProperty("cue", out var cue) || cue.ValueKind != JsonValueKind.Array) return null;
        foreach (var part in cue.EnumerateArray())
            foreach (var fragment in part.GetProperty("fragments").EnumerateArray())
                return (fragment[0].GetInt32(), fragment[1].GetInt32());
        return null;
    }

    private static void AddExamples(string text, List<(int Start, int End)> cues, List<(ulong[] Features, bool Cue)> into)
    {
        var tokens = Tokenizer.Tokenize(text);
        var quotes = QuoteMarkScanner.Scan(text);
        var heads = new HashSet<int>();
        foreach (var (start, end) in cues)
        {
            var first = -1;
            for (var k = TokenPositions.FirstAt(tokens, start); k < tokens.Count && tokens[k].End <= end; k++)
            {
                if (tokens[k].IsPunctuation) continue;
                if (first < 0) first = k;
                if (!AttributionRules.CueAuxiliaries.Contains(tokens[k].Text)) { first = k; break; }
            }
            if (first >= 0) heads.Add(first);
        }
        var hashes = CueFeatures.WordHashes(tokens);
        var context = CueContext.Of(tokens);
        var q = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsPunctuation) continue;
            while (q < quotes.Count && quotes[q].End <= tokens[i].Start) q++;
            if (q < quotes.Count && quotes[q].Start < tokens[i].Start) continue;
            var features = new ulong[CueFeatures.Count];
            CueFeatures.Extract(tokens, hashes, i, features, context: context);
            into.Add((features, heads.Contains(i)));
        }
    }

    private Dictionary<ulong, double> Fit(List<(ulong[] Features, bool Cue)> examples, int seed, Action<string>? log)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var (features, _) in examples)
            foreach (var f in features) counts[f] = counts.GetValueOrDefault(f) + 1;
        var ids = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        foreach (var (key, count) in counts.OrderBy(c => c.Key))
            if (count >= MinFeatureCount) { ids[key] = keys.Count; keys.Add(key); }
        counts.Clear();
        var indexed = examples.Select(e => (Features: e.Features.Where(ids.ContainsKey).Select(f => ids[f]).ToArray(), Label: e.Cue ? 1 : -1)).ToArray();
        var w = new double[keys.Count];
        var u = new double[keys.Count];
        double c = 1;
        var order = Enumerable.Range(0, indexed.Length).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var e in order)
            {
                var (features, label) = indexed[e];
                double score = 0;
                foreach (var f in features) score += w[f];
                if ((score > 0 ? 1 : -1) != label)
                {
                    mistakes++;
                    foreach (var f in features) { w[f] += label; u[f] += label * c; }
                }
                c++;
            }
            log?.Invoke($"  epoch {epoch + 1}/{Epochs}: errors {mistakes:N0}/{indexed.Length:N0}");
        }
        var weights = new Dictionary<ulong, double>();
        for (var f = 0; f < keys.Count; f++) weights[keys[f]] = w[f] - u[f] / c;
        return weights;
    }
}
