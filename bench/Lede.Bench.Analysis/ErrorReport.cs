using Lede.Analysis.Entities;
using Lede.Analysis.Text;

namespace Lede.Bench.Analysis;

/// <summary>Lists the tagger's mistakes on conll2003-dev: missed, spurious and mistyped entities, most frequent first.</summary>
internal static class ErrorReport
{
    public static int Run(string data, string? modelPath, int top)
    {
        var gold = GoldDocument.ReadAll(Path.Combine(data, "conll2003-dev", "gold.jsonl"));
        var tagger = modelPath is null ? NamedEntityTagger.Default : NamedEntityTagger.Load(File.OpenRead(modelPath));
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in gold)
        {
            var predicted = tagger.Tag(doc.Text, SentenceSplitter.Split(doc.Text)).Select(m => (m.Type, m.Start, m.End)).ToHashSet();
            var expected = doc.Entities.Select(e => (e.Type, e.Start, e.End)).ToHashSet();
            foreach (var p in predicted.Where(p => !expected.Contains(p)))
            {
                var same = expected.FirstOrDefault(e => e.Start == p.Start && e.End == p.End);
                var key = same.Type is not null ? $"type  {same.Type}->{p.Type}  {doc.Text[p.Start..p.End]}" : $"extra {p.Type}  {doc.Text[p.Start..p.End]}";
                errors[key] = errors.GetValueOrDefault(key) + 1;
            }
            foreach (var e in expected.Where(e => !predicted.Contains(e) && !predicted.Any(p => p.Start == e.Start && p.End == e.End)))
            {
                var key = $"miss  {e.Type}  {doc.Text[e.Start..e.End]}";
                errors[key] = errors.GetValueOrDefault(key) + 1;
            }
        }
        Console.WriteLine($"{errors.Values.Sum()} errors; by kind: " + string.Join(", ", errors.GroupBy(e => e.Key[..5].Trim()).Select(g => $"{g.Key} {g.Sum(x => x.Value)}")));
        foreach (var (key, count) in errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(top))
            Console.WriteLine($"{count,4}  {key}");
        return 0;
    }
}
