using System.Text.Json;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Trains the <see cref="AttributionTagger"/> on PolNeAR's <c>train</c> split (never <c>dev</c>): each sentence's
/// tokens are tagged source, cue, content or outside from the gold attributions, the longest content first, so an
/// attribution reported inside another's content stays part of that content (as <see cref="AttributionFinder"/>
/// drops nested cues). Structured averaged perceptron (Collins 2002) with Viterbi decoding; deterministic for a seed.
/// </summary>
public sealed class AttributionTaggerTrainer
{
    private const int T = AttributionTagger.TagCount;

    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Features seen fewer times in training get no weight (a smaller model that loads faster).</summary>
    public int MinFeatureCount { get; init; } = 5;

    /// <summary>Averaged weights smaller than this are dropped (weights count updates: 3 keeps the held-out F1 at a quarter of the size).</summary>
    public float PruneBelow { get; init; } = 3f;

    /// <summary>Shuffling seed: the same data and seed give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>When above 0, every n-th training article is held out and content-span precision/recall is reported on it.</summary>
    public int HoldOutEvery { get; init; }

    /// <summary>With <see cref="HoldOutEvery"/>, which articles are held out: those whose number leaves this remainder (folds for jackknifing).</summary>
    public int HoldOutFold { get; init; }

    private sealed record Example(ulong[] Features, int[] Gold);

    /// <summary>Trains on the <c>train</c> split of a PolNeAR folder (gold.jsonl + texts) and writes the model.</summary>
    public void Train(string polnearFolder, Stream output, Action<string>? log = null)
    {
        var examples = new List<Example>();
        var heldOut = new List<Example>();
        var articles = PolnearTrainSplit.ForEach(polnearFolder, HoldOutEvery, (text, attributions, held) => AddExamples(text, attributions, held ? heldOut : examples), HoldOutFold);
        log?.Invoke($"{articles} articles, {examples.Count:N0} training sentences ({examples.Sum(e => e.Gold.Length):N0} tokens), {heldOut.Count:N0} held out");
        var model = Fit(examples, log);
        if (heldOut.Count > 0)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var example in heldOut)
            {
                var predicted = model.Decode(example.Features, example.Gold.Length);
                var gold = ContentSpans(example.Gold);
                var found = ContentSpans(predicted);
                var hits = found.Count(gold.Contains);
                tp += hits;
                fp += found.Count - hits;
                fn += gold.Count - hits;
            }
            log?.Invoke($"held out: exact content spans precision {(double)tp / Math.Max(1, tp + fp):F3}, recall {(double)tp / Math.Max(1, tp + fn):F3}");
        }
        log?.Invoke($"{model.Tagger.FeatureCount:N0} weights");
        model.Tagger.Write(output);
    }

    private static HashSet<(int, int)> ContentSpans(int[] tags)
    {
        var spans = new HashSet<(int, int)>();
        for (var t = 0; t < tags.Length; t++)
        {
            if (tags[t] != AttributionTagger.BeginContent) continue;
            var end = t + 1;
            while (end < tags.Length && tags[end] == AttributionTagger.InsideContent) end++;
            spans.Add((t, end));
        }
        return spans;
    }

    private static void AddExamples(string text, JsonElement attributions, List<Example> into)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var quoteStates = AttributionTagFeatures.QuoteStates(tokens, QuoteMarkScanner.Scan(text));
        var hashes = CueFeatures.WordHashes(tokens);
        var tags = GoldTags(tokens, attributions);
        foreach (var sentence in sentences)
        {
            var a = TokenPositions.FirstAt(tokens, sentence.Start);
            var b = a;
            while (b < tokens.Count && tokens[b].Start < sentence.End) b++;
            if (b <= a) continue;
            var features = new ulong[(b - a) * AttributionTagFeatures.Count];
            AttributionTagFeatures.ExtractSentence(tokens, hashes, quoteStates, a, b, features);
            var gold = new int[b - a];
            for (var k = a; k < b; k++)
            {
                gold[k - a] = tags[k];
                // A content that a sentence boundary cuts begins again in the next sentence.
                if (k == a && gold[0] == AttributionTagger.InsideContent) gold[0] = AttributionTagger.BeginContent;
            }
            into.Add(new Example(features, gold));
        }
    }

    /// <summary>Per token, its tag in the gold attributions: the longest content's tokens are claimed first.</summary>
    private static int[] GoldTags(IReadOnlyList<Token> tokens, JsonElement attributions)
    {
        var owner = new int[tokens.Count];
        var tags = new int[tokens.Count];
        Array.Fill(owner, -1);
        var list = attributions.EnumerateArray().Select(a => (Content: Ranges(a, "content"), Cue: Ranges(a, "cue"), Source: Ranges(a, "source")))
            .OrderByDescending(a => a.Content.Sum(r => r.End - r.Start)).ToList();
        for (var index = 0; index < list.Count; index++)
        {
            Claim(list[index].Cue, AttributionTagger.Cue, index);
            Claim(list[index].Source, AttributionTagger.Source, index);
            Claim(list[index].Content, AttributionTagger.InsideContent, index);
        }
        for (var k = 0; k < tokens.Count; k++)
            if (tags[k] == AttributionTagger.InsideContent && (k == 0 || owner[k - 1] != owner[k] || tags[k - 1] is not (AttributionTagger.InsideContent or AttributionTagger.BeginContent)))
                tags[k] = AttributionTagger.BeginContent;
        return tags;

        void Claim(List<(int Start, int End)> ranges, int tag, int index)
        {
            foreach (var (start, end) in ranges)
                for (var k = TokenPositions.FirstAt(tokens, start); k < tokens.Count && tokens[k].End <= end; k++)
                    if (owner[k] < 0) { owner[k] = index; tags[k] = tag; }
        }
    }

    private static List<(int Start, int End)> Ranges(JsonElement attribution, string field)
    {
        var ranges = new List<(int, int)>();
        if (attribution.TryGetProperty(field, out var parts) && parts.ValueKind == JsonValueKind.Array)
            foreach (var part in parts.EnumerateArray())
                foreach (var fragment in part.GetProperty("fragments").EnumerateArray())
                    ranges.Add((fragment[0].GetInt32(), fragment[1].GetInt32()));
        return ranges;
    }

    /// <summary>The trained weights as a model, and decoding of hashed features for the held-out report.</summary>
    private sealed record Trained(AttributionTagger Tagger)
    {
        public int[] Decode(ulong[] features, int n)
        {
            var tags = new int[n];
            Tagger.Tag(features, n, tags);
            return tags;
        }
    }

    private Trained Fit(List<Example> examples, Action<string>? log)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var e in examples)
            foreach (var f in e.Features) counts[f] = counts.GetValueOrDefault(f) + 1;
        var ids = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        foreach (var (key, count) in counts.OrderBy(c => c.Key))
            if (count >= MinFeatureCount) { ids[key] = keys.Count; keys.Add(key); }
        counts.Clear();
        var indexed = examples.Select(e => e.Features.Select(f => ids.TryGetValue(f, out var id) ? id : -1).ToArray()).ToArray();
        const int F = AttributionTagFeatures.Count;
        var w = new double[keys.Count * T];
        var u = new double[keys.Count * T];
        var tw = new double[(T + 1) * T];
        var tu = new double[(T + 1) * T];
        double c = 1;
        var order = Enumerable.Range(0, indexed.Length).ToArray();
        var random = new Random(Seed);
        var emissions = new float[256 * T];
        var transitions = new float[(T + 1) * T];
        var predicted = new int[256];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            var tokens = 0;
            foreach (var e in order)
            {
                var features = indexed[e];
                var gold = examples[e].Gold;
                var n = gold.Length;
                if (emissions.Length < n * T) { emissions = new float[n * T]; predicted = new int[n]; }
                Array.Clear(emissions, 0, n * T);
                for (var t = 0; t < n; t++)
                    for (var j = 0; j < F; j++)
                    {
                        var f = features[t * F + j];
                        if (f < 0) continue;
                        for (var tag = 0; tag < T; tag++) emissions[t * T + tag] += (float)w[f * T + tag];
                    }
                for (var k = 0; k < transitions.Length; k++) transitions[k] = (float)tw[k];
                AttributionTagger.Decode(emissions, transitions, n, predicted);
                tokens += n;
                for (var t = 0; t < n; t++)
                {
                    var previousGold = t == 0 ? -1 : gold[t - 1];
                    var previousPredicted = t == 0 ? -1 : predicted[t - 1];
                    if (gold[t] == predicted[t] && previousGold == previousPredicted) continue;
                    if (gold[t] != predicted[t])
                    {
                        mistakes++;
                        for (var j = 0; j < F; j++)
                        {
                            var f = features[t * F + j];
                            if (f < 0) continue;
                            w[f * T + gold[t]] += 1; u[f * T + gold[t]] += c;
                            w[f * T + predicted[t]] -= 1; u[f * T + predicted[t]] -= c;
                        }
                    }
                    tw[(previousGold + 1) * T + gold[t]] += 1; tu[(previousGold + 1) * T + gold[t]] += c;
                    tw[(previousPredicted + 1) * T + predicted[t]] -= 1; tu[(previousPredicted + 1) * T + predicted[t]] -= c;
                }
                c++;
            }
            log?.Invoke($"  epoch {epoch + 1}/{Epochs}: token errors {mistakes:N0}/{tokens:N0}");
        }
        var weights = new Dictionary<ulong, float>();
        for (var f = 0; f < keys.Count; f++)
            for (var tag = 0; tag < T; tag++)
            {
                var average = (float)(w[f * T + tag] - u[f * T + tag] / c);
                if (Math.Abs(average) >= PruneBelow) weights[AttributionTagger.Key(keys[f], tag)] = average;
            }
        for (var previous = -1; previous < T; previous++)
            for (var tag = 0; tag < T; tag++)
                weights[AttributionTagger.Key(AttributionTagger.TransitionKey(previous), tag)] = (float)(tw[(previous + 1) * T + tag] - tu[(previous + 1) * T + tag] / c);
        return new Trained(new AttributionTagger(weights));
    }
}
