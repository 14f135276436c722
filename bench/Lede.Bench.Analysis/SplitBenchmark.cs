using Lede.Analysis.Text;

namespace Lede.Bench.Analysis;

/// <summary>
/// How the sentence splitter agrees with conll2003-dev's sentence boundaries (one sentence per line there, so
/// this mostly checks that it never splits inside a line: a split inside a sentence costs entities).
/// </summary>
internal static class SplitBenchmark
{
    public static int Run(string data)
    {
        var gold = GoldDocument.ReadAll(Path.Combine(data, "conll2003-dev", "gold.jsonl"));
        int tp = 0, fp = 0, fn = 0, shown = 0;
        foreach (var doc in gold)
        {
            var predicted = SentenceSplitter.Split(doc.Text).Select(s => (s.Start, s.End)).ToHashSet();
            var expected = doc.Sentences.Select(s => (s.Start, s.End)).ToHashSet();
            tp += predicted.Count(expected.Contains);
            fp += predicted.Count(p => !expected.Contains(p));
            fn += expected.Count(e => !predicted.Contains(e));
            foreach (var p in predicted.Where(p => !expected.Contains(p)).Take(Math.Max(0, 15 - shown)))
            {
                shown++;
                Console.WriteLine($"  extra: {doc.Text[p.Start..p.End]}");
            }
        }
        var precision = (double)tp / Math.Max(1, tp + fp);
        var recall = (double)tp / Math.Max(1, tp + fn);
        Console.WriteLine($"sentences: precision {precision:F4} recall {recall:F4} F1 {2 * precision * recall / Math.Max(1e-9, precision + recall):F4} (exact boundaries)");
        return 0;
    }
}
