using Lede.Analysis.Entities;
using Lede.Analysis.Text;
using Lede.Bench.Common;

namespace Lede.Bench.Analysis;

/// <summary>
/// Where tagging time goes, by this thread's CPU time (the machine is shared): tokenizing, token views, local
/// features, scoring them under both passes' weights, and the whole two-pass tag. Each stage includes the ones before it.
/// </summary>
internal static class StageProfile
{
    public static int Run(string data, string? modelPath, int rounds)
    {
        var gold = GoldDocument.ReadAll(Path.Combine(data, "conll2003-dev", "gold.jsonl"));
        var model = modelPath is null ? null : EntityModel.Read(File.OpenRead(modelPath));
        model ??= EntityModel.Read(typeof(NamedEntityTagger).Assembly.GetManifestResourceStream("Lede.Analysis.Models.ner-en.bin")!);
        var tagger = new TwoPassTagger(model);
        var docs = gold.Select(d =>
        {
            var sentences = SentenceSplitter.Split(d.Text);
            return (d.Text, Sentences: sentences, Words: sentences.Select(s => (IReadOnlyList<string>)Tokenizer.Tokenize(d.Text, s.Start, s.End).Select(t => t.Text).ToArray()).ToList());
        }).ToList();
        var tokens = docs.Sum(d => d.Words.Sum(w => w.Count));
        Console.WriteLine($"model: first pass {model.FirstPass.FeatureCount} features / {model.FirstPass.EntryCount} weights, second pass {model.SecondPass.FeatureCount} / {model.SecondPass.EntryCount}");
        Console.WriteLine($"tagging table: {model.Combined.RowCount} feature rows, {model.Combined.TableBytes / 1024.0 / 1024.0:F1} MB");
        Console.WriteLine($"{tokens} tokens in {docs.Count} documents, {rounds} rounds per stage, thread CPU time");
        void Time(string name, Action action)
        {
            action();
            var cpu = ThreadCpuClock.Now();
            for (var r = 0; r < rounds; r++) action();
            var used = (ThreadCpuClock.Now() - cpu).TotalSeconds / rounds;
            Console.WriteLine($"  {name,-26} {1e6 * used / tokens,8:F3} µs/token");
        }
        var features = new List<ulong>(1024);
        var starts = new int[1024];
        var first = new float[1024 * EntityTagSet.Count];
        var second = new short[1024 * CombinedWeights.Width];
        var rows = new int[1024 * 64];
        Time("tokenize", () => { foreach (var d in docs) foreach (var s in d.Sentences) Tokenizer.Tokenize(d.Text, s.Start, s.End); });
        Time("views", () => { foreach (var d in docs) foreach (var w in d.Words) tagger.Extractor.View(w); });
        Time("views+local features", () => { foreach (var d in docs) foreach (var w in d.Words) TwoPassTagger.LocalFeatures(tagger.Extractor.View(w), features, starts); });
        Time("+scores of both passes", () =>
        {
            foreach (var d in docs)
                foreach (var w in d.Words)
                {
                    TwoPassTagger.LocalFeatures(tagger.Extractor.View(w), features, starts);
                    model.Combined.ScoreLocal(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), starts, w.Count, first, second, rows);
                }
        });
        var tags = new int[1024];
        Time("+first-pass tags", () =>
        {
            foreach (var d in docs)
            {
                var index = new DocumentTagIndex();
                foreach (var w in d.Words)
                {
                    var view = tagger.Extractor.View(w);
                    TwoPassTagger.LocalFeatures(view, features, starts);
                    model.Combined.ScoreLocal(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), starts, w.Count, first, second, rows);
                    var own = new int[w.Count];
                    ViterbiDecoder.Decode(first.AsSpan(0, w.Count * EntityTagSet.Count), model.FirstPass.Transitions, w.Count, own);
                    index.Add(view, own);
                }
            }
        });
        Time("two passes", () => { foreach (var d in docs) tagger.Tag(d.Words); });
        return 0;
    }
}
