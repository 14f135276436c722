using System.Diagnostics;
using Lede.Analysis.Entities;

namespace Lede.Bench.Analysis;

/// <summary>Trains the entity model from DATA/conll2003-train/train.txt and writes it.</summary>
internal static class TrainRun
{
    public static int Run(string data, string output, string? epochs, string? minCount, string? prune, string? seed, bool noReference = false, string? models = null, bool noClusters = false)
    {
        var path = Path.Combine(data, "conll2003-train", "train.txt");
        var clock = Stopwatch.StartNew();
        IReadOnlyList<TrainingDocument> documents;
        using (var reader = File.OpenText(path)) documents = NamedEntityTrainer.ReadConll(reader);
        Console.WriteLine($"read {documents.Count} documents, {documents.Sum(d => d.Sentences.Count)} sentences from {path}");
        var options = new NamedEntityTrainingOptions();
        if (epochs is not null) options = options with { Epochs = int.Parse(epochs) };
        if (minCount is not null) options = options with { MinFeatureCount = int.Parse(minCount) };
        if (prune is not null) options = options with { PruneBelow = float.Parse(prune, System.Globalization.CultureInfo.InvariantCulture) };
        if (seed is not null) options = options with { Seed = int.Parse(seed) };
        if (models is not null) options = options with { AveragedModels = int.Parse(models) };
        if (noReference) options = options with { ReferenceNames = false };
        if (noClusters) options = options with { WordClusters = false };
        var trainer = new NamedEntityTrainer(options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output)) trainer.Train(documents, file, Console.WriteLine);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB) in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
