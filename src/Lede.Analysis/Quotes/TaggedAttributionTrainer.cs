using System.Text.Json;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Trains the <see cref="TaggedAttributionModel"/> on PolNeAR's <c>train</c> split (never <c>dev</c>). The candidates it
/// learns from must look like the ones it will meet, found by models that never saw their article: the train articles are
/// cut into folds, and each fold's articles are read by cue, content-end and tagger models trained on the other folds
/// (jackknifing). A candidate is an attribution when its content matches a gold content (word-overlap F1 ≥ 0.5, as the
/// benchmark scores) that no attribution the rules found matches already; a source option is right when it overlaps that
/// gold attribution's source. Averaged perceptrons: binary for acceptance, a ranking one over the options for the source.
/// Deterministic for a seed (folds run in parallel, their candidates are joined in fold order).
/// </summary>
public sealed class TaggedAttributionTrainer
{
    private const double MatchThreshold = 0.5;

    /// <summary>Folds of the jackknife.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Passes over the candidates.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Shuffling seed: the same data and seed give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Features seen in fewer candidates (or source options) than this get no weight: the candidates are few.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Score above which a content is kept, stored with the model.</summary>
    public float Threshold { get; init; }

    /// <summary>
    /// When true, the first fold (every <see cref="Folds"/>-th article counting from the first: the articles the other
    /// trainers' <c>--hold-out 5</c> leaves out) is left out of training, so the model can be judged on it.
    /// </summary>
    public bool HoldOutFirstFold { get; init; }

    /// <summary>
    /// A folder where each fold's cue, content-end and tagger models are kept and, when already there, read instead of
    /// trained (they depend only on the data, the fold and the seed): for tuning the chooser's own features quickly.
    /// </summary>
    public string? FoldModelFolder { get; init; }

    private sealed record Article(string Text, List<(TextRange[] Content, TextRange[] Source)> Gold);

    private sealed record Example(ulong[] Features, bool Accept, ulong[][] Sources, bool[] SourceRight);

    /// <summary>Trains on the <c>train</c> split of a PolNeAR folder (gold.jsonl + texts) and writes the model.</summary>
    public void Train(string polnearFolder, Stream output, Action<string>? log = null)
    {
        var articles = new List<Article>();
        PolnearTrainSplit.ForEach(polnearFolder, 0, (text, attributions, _) => articles.Add(new Article(text, ReadGold(attributions))));
        var firstFold = HoldOutFirstFold ? 1 : 0;
        var perFold = new List<Example>[Folds];
        Parallel.For(firstFold, Folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 2)) }, fold =>
        {
            perFold[fold] = FoldExamples(polnearFolder, articles, fold);
            log?.Invoke($"fold {fold}: {perFold[fold].Count:N0} candidates, {perFold[fold].Count(e => e.Accept):N0} attributions");
        });
        var examples = perFold.Where(f => f is not null).SelectMany(f => f).ToList();
        log?.Invoke($"{examples.Count:N0} candidates from {articles.Count} articles ({examples.Count(e => e.Accept):N0} attributions)");
        if (MinFeatureCount > 1) examples = Pruned(examples);
        var model = Fit(examples, log);
        log?.Invoke($"{model.FeatureCount:N0} weights");
        model.Write(output);
    }

    private List<Example> FoldExamples(string folder, List<Article> articles, int fold)
    {
        var cues = FoldModel($"cues-{fold}.bin", CueModel.Read, stream => new AttributionCueTrainer { Seed = Seed, HoldOutEvery = Folds, HoldOutFold = fold }.Train(folder, stream));
        var contentEnds = FoldModel($"content-{fold}.bin", ContentEndModel.Read, stream => new ContentEndTrainer { Seed = Seed, HoldOutEvery = Folds, HoldOutFold = fold }.Train(folder, stream));
        var tagger = FoldModel($"tags-{fold}.bin", AttributionTagger.Read, stream => new AttributionTaggerTrainer { Seed = Seed, HoldOutEvery = Folds, HoldOutFold = fold }.Train(folder, stream));
        var examples = new List<Example>();
        for (var i = fold; i < articles.Count; i += Folds) AddExamples(articles[i], cues, contentEnds, tagger, examples);
        return examples;
    }

    private T FoldModel<T>(string name, Func<Stream, T> read, Action<Stream> train)
    {
        var path = FoldModelFolder is null ? null : Path.Combine(FoldModelFolder, $"seed{Seed}-of{Folds}-{name}");
        if (path is not null && File.Exists(path))
        {
            using var file = File.OpenRead(path);
            return read(file);
        }
        using var buffer = new MemoryStream();
        train(buffer);
        if (path is not null) File.WriteAllBytes(path, buffer.ToArray());
        buffer.Position = 0;
        return read(buffer);
    }

    private static void AddExamples(Article article, CueModel cues, ContentEndModel contentEnds, AttributionTagger tagger, List<Example> into)
    {
        var text = article.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var candidates = new List<TaggedCandidate>();
        var found = AttributionFinder.Find(text, tokens, sentences, QuoteMarkScanner.Scan(text), cues, contentEnds, tagger, null, candidates);
        if (candidates.Count == 0) return;
        var overlap = new ContentWordOverlap(text);
        var gold = article.Gold.Select(g => overlap.Words(g.Content)).ToArray();
        // The gold attributions the rules' attributions already match (greedy by overlap, as the benchmark pairs them).
        var taken = new bool[gold.Length];
        var pairs = new List<(double F1, int Found, int Gold)>();
        var foundWords = found.Select(f => overlap.Words([f.Content])).ToArray();
        for (var f = 0; f < found.Count; f++)
            for (var g = 0; g < gold.Length; g++)
                if (ContentWordOverlap.F1(foundWords[f], gold[g]) is var score && score >= MatchThreshold) pairs.Add((score, f, g));
        var used = new bool[found.Count];
        foreach (var (_, f, g) in pairs.OrderByDescending(p => p.F1).ThenBy(p => p.Found).ThenBy(p => p.Gold))
            if (!used[f] && !taken[g]) used[f] = taken[g] = true;
        foreach (var candidate in candidates)
        {
            var words = overlap.Words([candidate.Content]);
            var best = -1;
            var bestScore = MatchThreshold;
            for (var g = 0; g < gold.Length; g++)
                if (!taken[g] && ContentWordOverlap.F1(words, gold[g]) is var score && score >= bestScore) { bestScore = score; best = g; }
            var sources = candidate.Sources.Select(o => o.Features).ToArray();
            var right = candidate.Sources.Select(o => best >= 0 && article.Gold[best].Source.Any(s => s.Overlaps(o.Source))).ToArray();
            into.Add(new Example(candidate.Features, best >= 0, sources, right));
        }
    }

    private List<Example> Pruned(List<Example> examples)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var e in examples)
        {
            foreach (var f in e.Features) counts[f] = counts.GetValueOrDefault(f) + 1;
            foreach (var o in e.Sources)
                foreach (var f in o) counts[f] = counts.GetValueOrDefault(f) + 1;
        }
        ulong[] Keep(ulong[] features) => features.Where(f => counts[f] >= MinFeatureCount).ToArray();
        return examples.Select(e => e with { Features = Keep(e.Features), Sources = e.Sources.Select(Keep).ToArray() }).ToList();
    }

    private TaggedAttributionModel Fit(List<Example> examples, Action<string>? log)
    {
        var w = new Dictionary<ulong, double>();
        var u = new Dictionary<ulong, double>();
        double c = 1;
        void Update(ulong[] features, double delta)
        {
            foreach (var f in features)
            {
                w[f] = w.GetValueOrDefault(f) + delta;
                u[f] = u.GetValueOrDefault(f) + delta * c;
            }
        }
        double Score(ulong[] features)
        {
            double sum = 0;
            foreach (var f in features) sum += w.GetValueOrDefault(f);
            return sum;
        }
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(Seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            int acceptErrors = 0, sourceErrors = 0, ranked = 0;
            foreach (var e in order)
            {
                var example = examples[e];
                if ((Score(example.Features) > 0) != example.Accept)
                {
                    acceptErrors++;
                    Update(example.Features, example.Accept ? 1 : -1);
                }
                // The source ranker learns from attributions with a right option and a wrong one to tell apart.
                if (example.Accept && example.SourceRight.Any(r => r) && example.SourceRight.Any(r => !r))
                {
                    ranked++;
                    int predicted = 0, right = -1;
                    double predictedScore = double.NegativeInfinity, rightScore = double.NegativeInfinity;
                    for (var o = 0; o < example.Sources.Length; o++)
                    {
                        var score = Score(example.Sources[o]);
                        if (score > predictedScore) { predictedScore = score; predicted = o; }
                        if (example.SourceRight[o] && score > rightScore) { rightScore = score; right = o; }
                    }
                    if (!example.SourceRight[predicted])
                    {
                        sourceErrors++;
                        Update(example.Sources[right], 1);
                        Update(example.Sources[predicted], -1);
                    }
                }
                c++;
            }
            log?.Invoke($"  epoch {epoch + 1}/{Epochs}: acceptance errors {acceptErrors:N0}/{examples.Count:N0}, source errors {sourceErrors:N0}/{ranked:N0}");
        }
        var weights = new Dictionary<ulong, float>();
        foreach (var (key, value) in w.OrderBy(p => p.Key))
        {
            var average = (float)(value - u[key] / c);
            if (average != 0) weights[key] = average;
        }
        return new TaggedAttributionModel(weights, Threshold);
    }

    private static List<(TextRange[] Content, TextRange[] Source)> ReadGold(JsonElement attributions)
    {
        var gold = new List<(TextRange[], TextRange[])>();
        foreach (var attribution in attributions.EnumerateArray())
            gold.Add((Ranges(attribution, "content"), Ranges(attribution, "source")));
        return gold;
    }

    private static TextRange[] Ranges(JsonElement attribution, string field)
    {
        var ranges = new List<TextRange>();
        if (attribution.TryGetProperty(field, out var parts) && parts.ValueKind == JsonValueKind.Array)
            foreach (var part in parts.EnumerateArray())
                foreach (var fragment in part.GetProperty("fragments").EnumerateArray())
                    ranges.Add(new TextRange(fragment[0].GetInt32(), fragment[1].GetInt32()));
        return ranges.ToArray();
    }
}
