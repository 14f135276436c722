using System.Diagnostics;
using Lede.Corpus.Duplicates;

namespace Lede.Bench.Stories;

/// <summary>
/// Near-duplicate detection on edited copies of development articles mixed with the originals:
/// pairwise precision/recall of duplicate pairs, recall per kind of edit, and the merges of
/// different originals (PolNeAR's many articles on the same campaign topics are the hard negatives).
/// </summary>
internal static class DuplicateBenchmark
{
    private sealed record Item(string DocId, string Family, string Text, DateTimeOffset? Date, string Edits, SourceText Original);

    public static void Run(IReadOnlyList<SourceText> originals, IReadOnlyList<SourceText> donors, int seed, DuplicateDetectorOptions options)
    {
        var editor = new CopyEditor(seed);
        var items = new List<Item>();
        var editNames = new[] { "reheadline", "trim", "boilerplate", "dateline", "copyedit", "update" };
        foreach (var o in originals)
        {
            items.Add(new Item(o.Id, o.Id, o.Title + "\n\n" + o.Body, o.Date, "original", o));
            if (editor.NextDouble() >= 0.6) continue;
            var copies = editor.Next(1, 4);
            for (var c = 0; c < copies; c++)
            {
                var primary = editor.Pick(editNames);
                var edits = editNames.Where(e => e == primary || editor.NextDouble() < 0.3).ToList();
                var headline = o.Title;
                var paragraphs = o.Paragraphs.ToList();
                foreach (var e in edits)
                {
                    switch (e)
                    {
                        case "reheadline": headline = editor.ReHeadline(headline, paragraphs); break;
                        case "trim": paragraphs = editor.TrimTail(paragraphs, 0.4); break;
                        case "boilerplate": paragraphs = editor.InsertBoilerplate(paragraphs); break;
                        case "dateline": paragraphs = editor.ChangeDateline(paragraphs); break;
                        case "copyedit": paragraphs = editor.CopyEdit(paragraphs, 0.25); break;
                        case "update":
                            // New text comes from outside the corpus (Reuters 1996), as an update's new paragraph would.
                            var donor = editor.Pick(donors);
                            var added = donor.Paragraphs.Where(p => p.Length > 120).DefaultIfEmpty("The agency said more details would be released later in the day.").First();
                            paragraphs = editor.Update(paragraphs, added);
                            break;
                    }
                }
                var date = o.Date?.AddHours(editor.Next(1, 72));
                items.Add(new Item($"{o.Id}#copy{c}", o.Id, headline + "\n\n" + string.Join("\n\n", paragraphs), date, string.Join("+", edits), o));
            }
        }

        // Arrival order is not publication order.
        var order = items.Select(i => (Item: i, Key: editor.NextDouble())).OrderBy(p => p.Key).Select(p => p.Item).ToList();

        var detector = new DuplicateDetector(options);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var results = new Dictionary<string, DuplicateMatch?>();
        foreach (var item in order) results[item.DocId] = detector.Add(item.DocId, item.Text, item.Date);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in detector.GetGroups()) foreach (var m in g.Members) groupOf[m.DocId] = g.Id;
        var predicted = order.Select(i => groupOf.GetValueOrDefault(i.DocId, i.DocId)).ToList();
        var gold = order.Select(i => i.Family).ToList();
        var score = PairwiseScore.Compute(gold, predicted);

        var copyCount = order.Count(i => i.Edits != "original");
        Console.WriteLine($"Near-duplicates: {options}");
        Console.WriteLine($"Near-duplicates: {order.Count:N0} documents ({originals.Count:N0} originals, {copyCount:N0} edited copies), seed {seed}");
        Console.WriteLine($"  pairs        {score}");
        Console.WriteLine($"  speed        {order.Count / clock.Elapsed.TotalSeconds:N0} docs/s (signature + index + match, one thread), {allocated / (double)order.Count / 1024:N1} KiB allocated per doc");
        var state = detector.ExportState();
        Console.WriteLine($"  state        {state.Length / (double)order.Count:N0} bytes per document exported");

        // Recall of each edit: is the copy in its original's group?
        var byEdit = new Dictionary<string, (int Found, int Total)>();
        foreach (var item in order.Where(i => i.Edits != "original"))
        {
            var found = groupOf.TryGetValue(item.DocId, out var g) && groupOf.TryGetValue(item.Family, out var og) && g == og;
            foreach (var e in item.Edits.Split('+'))
            {
                var (f, t) = byEdit.GetValueOrDefault(e);
                byEdit[e] = (f + (found ? 1 : 0), t + 1);
            }
        }
        Console.WriteLine("  copy found in its original's group, by edit applied (copies combine edits):");
        foreach (var (e, (f, t)) in byEdit.OrderBy(kv => kv.Key)) Console.WriteLine($"    {e,-12} {f,5}/{t,-5} {(double)f / t:P1}");

        // Different originals in one group: false merges, or real duplicates inside the datasets themselves.
        var falseMerges = new List<(Item A, Item B)>();
        var byGroup = order.Where(i => groupOf.ContainsKey(i.DocId)).GroupBy(i => groupOf[i.DocId]);
        foreach (var g in byGroup)
        {
            var families = g.GroupBy(i => i.Family).Select(f => f.First()).ToList();
            for (var a = 0; a < families.Count; a++)
                for (var b = a + 1; b < families.Count; b++) falseMerges.Add((families[a], families[b]));
        }
        // The datasets hold real duplicates of their own (one article filed twice, a print and a web version):
        // judged by exact shingle overlap, computed independently of the detector.
        var realDuplicates = falseMerges.Where(m => IsRealDuplicate(m.A.Original, m.B.Original)).ToList();
        var family = order.Select(i => i.Family).Distinct().ToDictionary(f => f, f => f);
        foreach (var (a, b) in realDuplicates) Union(family, a.Family, b.Family);
        var corrected = PairwiseScore.Compute(order.Select(i => Find(family, i.Family)).ToList(), predicted);
        var samePolnear = falseMerges.Except(realDuplicates).Count(m => m.A.Original.Collection == "polnear" && m.B.Original.Collection == "polnear");
        Console.WriteLine($"  different originals merged: {falseMerges.Count} family pairs; {realDuplicates.Count} are real duplicates inside the dataset (exact 4-gram Jaccard >= 0.5 or containment >= 0.8); {samePolnear} other PolNeAR/PolNeAR merges");
        Console.WriteLine($"  pairs, with the dataset's own duplicates labelled as duplicates: {corrected}");
        foreach (var (a, b) in falseMerges.Except(realDuplicates).Take(12))
        {
            Console.WriteLine($"    FALSE MERGE {a.Original.Id} | {Trim(a.Original.Title)}");
            Console.WriteLine($"      ~ {b.Original.Id} | {Trim(b.Original.Title)}");
        }

        var missed = order.Where(i => i.Edits != "original" && !(groupOf.TryGetValue(i.DocId, out var g) && groupOf.TryGetValue(i.Family, out var og) && g == og)).ToList();
        Console.WriteLine($"  missed copies: {missed.Count}; exact overlap with their original (Jaccard / containment, words):");
        foreach (var m in missed.Take(10))
        {
            var (j, c) = ShingleOverlap.Compare(m.Text, m.Original.Title + "\n\n" + m.Original.Body);
            Console.WriteLine($"    {j:F2} / {c:F2}  {m.Original.WordCount,5} words  {m.Edits}  {m.DocId}");
        }
    }

    private static bool IsRealDuplicate(SourceText a, SourceText b)
    {
        var (j, c) = ShingleOverlap.Compare(a.Body, b.Body);
        return j >= 0.5 || c >= 0.8;
    }

    private static string Find(Dictionary<string, string> parent, string x)
    {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    private static void Union(Dictionary<string, string> parent, string a, string b) => parent[Find(parent, a)] = Find(parent, b);

    private static string Trim(string s) => s.Length > 90 ? s[..90] + "…" : s;
}
