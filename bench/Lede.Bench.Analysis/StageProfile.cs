using System.Diagnostics;
using Lede.Analysis.Entities;
using Lede.Analysis.Text;

namespace Lede.Bench.Analysis;

/// <summary>Where tagging time goes: tokenizing, token views, local features, first pass, whole two-pass tag.</summary>
internal static class StageProfile
{
    public static int Run(string data, string? modelPath)
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
        void Time(string name, Action action)
        {
            action();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            const int rounds = 5;
            for (var r = 0; r < rounds; r++) action();
            var wall = clock.Elapsed.TotalSeconds / rounds;
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / rounds;
            Console.WriteLine($"  {name,-22} {1e6 * wall / tokens,8:F2} µs/token wall  {1e6 * used / tokens,8:F2} µs/token cpu");
        }
        Console.WriteLine($"{tokens} tokens in {docs.Count} documents");
        Time("tokenize", () => { foreach (var d in docs) foreach (var s in d.Sentences) Tokenizer.Tokenize(d.Text, s.Start, s.End); });
        Time("views", () => { foreach (var d in docs) foreach (var w in d.Words) tagger.Extractor.View(w); });
        Time("views+local features", () => { foreach (var d in docs) foreach (var w in d.Words) TwoPassTagger.LocalFeatures(tagger.Extractor.View(w)); });
        Time("+first pass", () =>
        {
            foreach (var d in docs)
                foreach (var w in d.Words)
                {
                    var (f, st) = TwoPassTagger.LocalFeatures(tagger.Extractor.View(w));
                    model.FirstPass.Decode(f, st, w.Count, new int[w.Count]);
                }
        });
        Time("two passes", () => { foreach (var d in docs) tagger.Tag(d.Words); });
        return 0;
    }
}
