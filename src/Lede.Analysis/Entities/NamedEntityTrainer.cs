using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Lede.Analysis.Entities;

/// <summary>
/// Trains the entity model: a first-pass tagger on local features, then a second-pass tagger that also sees
/// first-pass tags of the same words elsewhere in the document. The second pass learns from first-pass tags
/// produced by models that did not see the document (k-fold), so it learns how far to trust them.
/// </summary>
public sealed partial class NamedEntityTrainer
{
    private readonly NamedEntityTrainingOptions _options;

    public NamedEntityTrainer(NamedEntityTrainingOptions? options = null)
    {
        _options = options ?? new NamedEntityTrainingOptions();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(_options, new ValidationContext(_options), errors, validateAllProperties: true))
            throw new ArgumentException("Invalid training options: " + string.Join("; ", errors.Select(e => e.ErrorMessage)), nameof(options));
    }

    /// <summary>
    /// Reads CoNLL-style training text: one sentence per line, tokens as <c>word###TAG</c>. Documents begin at
    /// "-DOCSTART-" lines, or else at the headline before a dateline line ("BRUSSELS 1996-08-22").
    /// </summary>
    public static IReadOnlyList<TrainingDocument> ReadConll(TextReader reader)
    {
        var sentences = new List<TrainingSentence>();
        var docStarts = new List<int> { 0 };
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { docStarts.Add(sentences.Count); continue; }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var words = new string[parts.Length];
            var tags = new string[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                var sep = parts[i].LastIndexOf("###", StringComparison.Ordinal);
                if (sep <= 0) throw new InvalidDataException($"Token without ###TAG: '{parts[i]}'.");
                words[i] = parts[i][..sep];
                tags[i] = parts[i][(sep + 3)..];
            }
            if (words.Length > 0 && words.Length <= 6 && DatelineDate().IsMatch(words[^1]) && sentences.Count > 0)
                docStarts.Add(sentences.Count - 1); // the headline line precedes the dateline
            sentences.Add(new TrainingSentence(words, tags));
        }
        docStarts.Add(sentences.Count);
        var bounds = docStarts.Distinct().Order().ToList();
        var documents = new List<TrainingDocument>();
        for (var d = 0; d + 1 < bounds.Count; d++)
            if (bounds[d + 1] > bounds[d])
                documents.Add(new TrainingDocument(sentences.GetRange(bounds[d], bounds[d + 1] - bounds[d])));
        return documents;
    }

    /// <summary>Trains on <paramref name="documents"/> and writes the model to <paramref name="output"/>.</summary>
    public void Train(IReadOnlyList<TrainingDocument> documents, Stream output, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var model = Train(documents, log);
        model.Write(output);
    }

    internal EntityModel Train(IReadOnlyList<TrainingDocument> documents, Action<string>? log)
    {
        var casing = CasingLexicon.Harvest(documents.SelectMany(d => d.Sentences).Select(s => s.Words));
        var reference = _options.ReferenceNames ? ReferenceNames.Shipped().ToList() : null;
        var gazetteer = NameGazetteer.Harvest(documents.SelectMany(d => d.Sentences), reference);
        var clusters = _options.WordClusters ? Entities.WordClusters.Default : Entities.WordClusters.Empty;
        log?.Invoke($"casing lexicon: {casing.Count} words; gazetteer: {gazetteer.Count} names and name prefixes; word clusters: {clusters.Count} words");

        // Models trained with different seeds (folds, example order) differ by a few thousandths of F1 on conll2003-dev;
        // their averaged weights beat each of them and vary less (Models/README.md).
        var runs = new List<(TaggerWeights First, TaggerWeights Second)>();
        for (var m = 0; m < _options.AveragedModels; m++)
        {
            log?.Invoke($"model {m + 1}/{_options.AveragedModels}, seed {_options.Seed + m}");
            runs.Add(TrainPasses(documents, casing, reference, clusters, _options.Seed + m, log));
        }
        var firstPass = TaggerWeights.Average(runs.Select(r => r.First).ToList());
        var secondPass = TaggerWeights.Average(runs.Select(r => r.Second).ToList());
        log?.Invoke($"model: first pass {firstPass.FeatureCount} features / {firstPass.EntryCount} weights, second pass {secondPass.FeatureCount} / {secondPass.EntryCount}");
        return new EntityModel(casing, gazetteer, firstPass, secondPass, clusters);
    }

    private (TaggerWeights First, TaggerWeights Second) TrainPasses(IReadOnlyList<TrainingDocument> documents, CasingLexicon casing,
        List<(string[] Words, byte Bits)>? reference, WordClusters clusters, int seed, Action<string>? log)
    {
        var fold = new int[documents.Count];
        var order = Enumerable.Range(0, documents.Count).ToArray();
        new Random(seed).Shuffle(order);
        for (var k = 0; k < order.Length; k++) fold[order[k]] = k % _options.Folds;

        // A document's name features come from names harvested in the other folds only.
        var extractors = Enumerable.Range(0, _options.Folds).Select(f => new FeatureExtractor(casing,
            NameGazetteer.Harvest(documents.Where((_, d) => fold[d] != f).SelectMany(d => d.Sentences), reference), clusters)).ToArray();

        // Per document: views, local features, gold tags.
        var docs = documents.Select((d, index) => d.Sentences.Select(s =>
        {
            var view = extractors[fold[index]].View(s.Words);
            var (features, starts) = TwoPassTagger.LocalFeatures(view);
            return (View: view, Features: features, Starts: starts, Gold: EntityTagSet.FromIob(s.Tags));
        }).ToArray()).ToArray();

        // Held-out first-pass tags for every training sentence.
        var firstPassTags = docs.Select(d => new int[d.Length][]).ToArray();
        for (var f = 0; f < _options.Folds; f++)
        {
            log?.Invoke($"first pass, fold {f + 1}/{_options.Folds}");
            var examples = new List<PerceptronTrainer.Example>();
            for (var d = 0; d < docs.Length; d++)
                if (fold[d] != f)
                    examples.AddRange(docs[d].Select(s => new PerceptronTrainer.Example(s.Features, s.Starts, s.Gold)));
            var weights = Perceptron(seed, f).Train(examples, log);
            for (var d = 0; d < docs.Length; d++)
            {
                if (fold[d] != f) continue;
                for (var s = 0; s < docs[d].Length; s++)
                {
                    var sentence = docs[d][s];
                    firstPassTags[d][s] = new int[sentence.View.Count];
                    weights.Decode(sentence.Features, sentence.Starts, sentence.View.Count, firstPassTags[d][s]);
                }
            }
        }

        log?.Invoke("first pass, all data");
        var all = docs.SelectMany(d => d.Select(s => new PerceptronTrainer.Example(s.Features, s.Starts, s.Gold))).ToList();
        var firstPass = Perceptron(seed, _options.Folds).Train(all, log);

        log?.Invoke("second pass");
        var second = new List<PerceptronTrainer.Example>();
        for (var d = 0; d < docs.Length; d++)
        {
            var index = new DocumentTagIndex();
            for (var s = 0; s < docs[d].Length; s++) index.Add(docs[d][s].View, firstPassTags[d][s]);
            for (var s = 0; s < docs[d].Length; s++)
            {
                var sentence = docs[d][s];
                var (features, starts) = TwoPassTagger.SecondPassFeatures(sentence.View, (sentence.Features, sentence.Starts), firstPassTags[d][s], index, s);
                second.Add(new PerceptronTrainer.Example(features, starts, sentence.Gold));
            }
        }
        var secondPass = Perceptron(seed, _options.Folds + 1).Train(second, log);
        return (firstPass, secondPass);
    }

    private PerceptronTrainer Perceptron(int seed, int salt) => new()
    {
        Epochs = _options.Epochs,
        MinFeatureCount = _options.MinFeatureCount,
        PruneBelow = _options.PruneBelow,
        Seed = seed * 31 + salt,
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatelineDate();
}
