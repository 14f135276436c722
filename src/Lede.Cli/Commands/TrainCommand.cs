using System.CommandLine;
using System.Diagnostics;
using Lede.Analysis.Entities;
using Lede.Analysis.Quotes;

namespace Lede.Cli.Commands;

/// <summary><c>lede train</c>: trains the named-entity model from CoNLL-style data, or the attribution cue and content-end models from PolNeAR, reproducibly.</summary>
public static class TrainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Argument<string>("TRAIN_FILE")
        {
            Description = "ner: CoNLL-style training text, one sentence per line, tokens as word###TAG (../shared/data/conll2003-train/train.txt); cues, content: a PolNeAR folder with gold.jsonl (../shared/data/polnear-train-dev, split train only)",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the model (default by --model: ner-en.bin, cues-en.bin or content-end-en.bin; the shipped ones are in src/Lede.Analysis/Models)",
            DefaultValueFactory = _ => "ner-en.bin",
        };
        var model = new Option<string>("--model") { Description = "Which model: ner (entity tagger) cues (attribution cue classifier, shipped as src/Lede.Analysis/Models/cues-en.bin) or content (where reported content ends, shipped as src/Lede.Analysis/Models/content-end-en.bin)", DefaultValueFactory = _ => "ner" };
        model.AcceptOnlyFromAmong("ner", "cues", "content");
        var holdOut = new Option<int>("--hold-out") { Description = "cues, content: hold out every n-th training article and report cue precision/recall or content-end accuracy on it (0: train on all)", DefaultValueFactory = _ => 0 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data per model", DefaultValueFactory = _ => new NamedEntityTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed: the same data and seed give the same model", DefaultValueFactory = _ => new NamedEntityTrainingOptions().Seed };
        var averaged = new Option<int>("--averaged") { Description = "cues: how many models (seeds SEED, SEED+1, …) to train and average (0: the trainer's default)", DefaultValueFactory = _ => 0 };
        var command = new Command("train", "Train a model: the named-entity tagger (ner), the attribution cue classifier (cues) or the content-end model (content); the same data and seed give the shipped model");
        command.Arguments.Add(data);
        foreach (var option in new Option[] { model, output, epochs, seed, holdOut, averaged }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(data)!;
            if (parse.GetValue(model) is "cues" or "content")
                return TrainAttribution(parse.GetValue(model)!, path, parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(holdOut), parse.GetValue(averaged), stdout, stderr);
            if (!File.Exists(path))
            {
                stderr.WriteLine($"lede: no such file: {path}");
                return Program.InputFailed;
            }
            NamedEntityTrainer trainer;
            try
            {
                trainer = new NamedEntityTrainer(new NamedEntityTrainingOptions { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed) });
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"lede: {e.Message}");
                return Program.UsageError;
            }
            var clock = Stopwatch.StartNew();
            IReadOnlyList<TrainingDocument> documents;
            try
            {
                using var reader = new StreamReader(path);
                documents = NamedEntityTrainer.ReadConll(reader);
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine($"lede: {path}: {e.Message}");
                return Program.InputFailed;
            }
            stderr.WriteLine($"lede: training on {documents.Count:N0} documents, {documents.Sum(d => d.Sentences.Count):N0} sentences");
            var target = parse.GetValue(output)!;
            var temporary = target + ".tmp";
            using (var file = Batch.OutputFile.TryCreate(temporary, stderr))
            {
                if (file is null) return Program.UsageError;
                trainer.Train(documents, file, message => stderr.WriteLine($"lede: {message}"));
            }
            File.Move(temporary, target, overwrite: true);
            stdout.WriteLine($"wrote {target} ({new FileInfo(target).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:N0} s");
            return Program.Ok;
        });
        return command;
    }

    private static int TrainAttribution(string which, string folder, string target, int seed, int holdOut, int averaged, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(Path.Combine(folder, "gold.jsonl")))
        {
            stderr.WriteLine($"lede: no gold.jsonl in {folder}");
            return Program.InputFailed;
        }
        if (target == "ner-en.bin") target = which == "cues" ? "cues-en.bin" : "content-end-en.bin";
        var clock = Stopwatch.StartNew();
        var temporary = target + ".tmp";
        using (var file = Batch.OutputFile.TryCreate(temporary, stderr))
        {
            if (file is null) return Program.UsageError;
            void Log(string message) => stderr.WriteLine($"lede: {message}");
            if (which == "cues") new AttributionCueTrainer { Seed = seed, HoldOutEvery = Math.Max(0, holdOut), AveragedModels = averaged > 0 ? averaged : new AttributionCueTrainer().AveragedModels }.Train(folder, file, Log);
            else new ContentEndTrainer { Seed = seed, HoldOutEvery = Math.Max(0, holdOut) }.Train(folder, file, Log);
        }
        File.Move(temporary, target, overwrite: true);
        stdout.WriteLine($"wrote {target} ({new FileInfo(target).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:N0} s");
        return Program.Ok;
    }
}
