using System.Text.Json;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Trains the content-end model on PolNeAR's <c>train</c> split (never <c>dev</c>): for every gold attribution
/// whose content follows its cue inside one sentence, the places from the content's start to the sentence end
/// are the candidates and the gold content's last word is the answer. Structured averaged perceptron (the
/// best-scoring candidate is the prediction; a wrong one moves the weights toward the gold cut); deterministic for a seed.
/// </summary>
public sealed class ContentEndTrainer
{
    private const float PruneBelow = 0.01f;

    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Shuffling seed: the same data and seed give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>When above 0, every n-th training article is held out and exact-end accuracy is reported on it.</summary>
    public int HoldOutEvery { get; init; }

    /// <summary>With <see cref="HoldOutEvery"/>, which articles are held out: those whose number leaves this remainder (folds for jackknifing).</summary>
    public int HoldOutFold { get; init; }

    private sealed record Example(ulong[][] Candidates, int Gold);

    /// <summary>Trains on the <c>train</c> split of a PolNeAR folder (gold.jsonl + texts) and writes the model.</summary>
    public void Train(string polnearFolder, Stream output, Action<string>? log = null)
    {
        var examples = new List<Example>();
        var heldOut = new List<Example>();
        var articles = PolnearTrainSplit.ForEach(polnearFolder, HoldOutEvery, (text, attributions, held) => AddExamples(text, attributions, held ? heldOut : examples), HoldOutFold);
        log?.Invoke($"{articles} articles, {examples.Count:N0} training contents, {heldOut.Count:N0} held out");
        var model = Fit(examples, log);
        if (heldOut.Count > 0)
        {
            int right = 0, lastRight = 0;
            foreach (var example in heldOut)
            {
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < example.Candidates.Length; c++)
                {
                    var score = model.Score(example.Candidates[c]);
                    if (score > bestScore) { bestScore = score; best = c; }
                }
                if (best == example.Gold) right++;
                if (example.Gold == example.Candidates.Length - 1) lastRight++;
            }
            log?.Invoke($"held out: exact content end {(double)right / heldOut.Count:F3} (sentence end always: {(double)lastRight / heldOut.Count:F3})");
        }
        log?.Invoke($"{model.FeatureCount:N0} weights");
        model.Write(output);
    }

    private static void AddExamples(string text, JsonElement attributions, List<Example> into)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0) return;
        var sentences = SentenceSplitter.Split(text, tokens);
        var quotes = QuoteMarkScanner.Scan(text);
        var hashes = CueFeatures.WordHashes(tokens);
        bool InsideQuote(int position)
        {
            foreach (var quote in quotes)
            {
                if (quote.Start >= position) break;
                if (position < quote.End) return true;
            }
            return false;
        }
        foreach (var attribution in attributions.EnumerateArray())
        {
            if (Span(attribution, "cue") is not { } cue || Span(attribution, "content") is not { } content) continue;
            if (content.Start < cue.End) continue;
            var cueToken = TokenPositions.FirstAt(tokens, cue.Start);
            var start = TokenPositions.FirstAt(tokens, content.Start);
            if (cueToken >= tokens.Count || start >= tokens.Count) continue;
            var sentence = sentences.FirstOrDefault(s => s.Start <= tokens[start].Start && tokens[start].Start < s.End);
            if (sentence is null || sentence.Start > cue.Start) continue;
            var end = start;
            while (end < tokens.Count && tokens[end].Start < sentence.End) end++;
            var gold = TokenPositions.FirstAt(tokens, content.End) - 1;
            while (gold >= start && !ContentEndModel.CanEnd(tokens[gold])) gold--;
            if (gold < start || gold >= end) continue;
            var candidates = new List<ulong[]>();
            var goldIndex = -1;
            for (var k = start; k < end; k++)
            {
                if (!ContentEndModel.IsCandidate(tokens, k, end)) continue;
                if (k == gold) goldIndex = candidates.Count;
                var features = new ulong[ContentEndFeatures.Count];
                ContentEndFeatures.Extract(tokens, hashes, cueToken, start, k, end, ContentEndModel.CutsQuote(tokens, k, end, InsideQuote), features);
                candidates.Add(features);
            }
            if (goldIndex >= 0 && candidates.Count > 1) into.Add(new Example([.. candidates], goldIndex));
        }
    }

    /// <summary>From the first fragment's start to the last fragment's end.</summary>
    private static (int Start, int End)? Span(JsonElement attribution, string name)
    {
        if (!attribution.TryGetProperty(name, out var parts) || parts.ValueKind != JsonValueKind.Array) return null;
        int start = int.MaxValue, end = -1;
        foreach (var part in parts.EnumerateArray())
            foreach (var fragment in part.GetProperty("fragments").EnumerateArray())
            {
                start = Math.Min(start, fragment[0].GetInt32());
                end = Math.Max(end, fragment[1].GetInt32());
            }
        return end > start ? (start, end) : null;
    }

    private ContentEndModel Fit(List<Example> examples, Action<string>? log)
    {
        var w = new Dictionary<ulong, double>();
        var u = new Dictionary<ulong, double>();
        double c = 1;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(Seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var e in order)
            {
                var example = examples[e];
                var best = 0;
                var bestScore = double.NegativeInfinity;
                for (var k = 0; k < example.Candidates.Length; k++)
                {
                    double score = 0;
                    foreach (var f in example.Candidates[k]) score += w.GetValueOrDefault(f);
                    if (score > bestScore) { bestScore = score; best = k; }
                }
                if (best != example.Gold)
                {
                    mistakes++;
                    foreach (var f in example.Candidates[example.Gold]) { w[f] = w.GetValueOrDefault(f) + 1; u[f] = u.GetValueOrDefault(f) + c; }
                    foreach (var f in example.Candidates[best]) { w[f] = w.GetValueOrDefault(f) - 1; u[f] = u.GetValueOrDefault(f) - c; }
                }
                c++;
            }
            log?.Invoke($"  epoch {epoch + 1}/{Epochs}: errors {mistakes:N0}/{examples.Count:N0}");
        }
        var weights = new Dictionary<ulong, float>();
        foreach (var (key, value) in w)
        {
            var average = (float)(value - u[key] / c);
            if (Math.Abs(average) >= PruneBelow) weights[key] = average;
        }
        return new ContentEndModel(weights);
    }
}
