using System.Diagnostics;
using Lede.Corpus.Stories;

namespace Lede.Bench.Stories;

/// <summary>
/// Story clustering on a labelled synthetic corpus: each story is one development article plus
/// rewrites of the same event (partial copies, paraphrased versions under other headlines, follow-ups
/// mixing the event with background from another article, near-duplicates), spread over days and
/// added in shuffled order among the other stories. PolNeAR articles (2016 campaign, same weeks,
/// same candidates) are each other's hard negatives; a second score leaves out pairs across PolNeAR stories that the
/// hand-checked event labels say report one happening.
/// </summary>
internal static class StoryBenchmark
{
    private sealed record Item(StoryDocument Document, string Family, string Kind, SourceText Original)
    {
        /// <summary>The hand-checked real event the story's original reports, else the story itself.</summary>
        public string Event { get; init; } = Family;
    }

    public static void Run(IReadOnlyList<SourceText> all, int seed, StoryClustererOptions options, int show)
    {
        var editor = new CopyEditor(seed + 1);
        // Every fourth PolNeAR article is held back as the source of new paragraphs in follow-ups: same campaign,
        // same weeks, but not the text of another labelled story (which would make the label itself ambiguous).
        var polnear = all.Where(o => o.Collection == "polnear").OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        var donors = polnear.Where((o, i) => i % 4 == 3).ToList();
        var donorIds = donors.Select(d => d.Id).ToHashSet();
        var originals = all.Where(o => !donorIds.Contains(o.Id)).ToList();
        var items = Build(originals, donors, editor);
        var sameStory = DatasetDuplicates(originals);
        items = items.Select(i => i with { Family = sameStory.GetValueOrDefault(i.Family, i.Family) }).ToList();
        // PolNeAR originals that the hand-checked labels (EventLabels) put in one event report one happening: a
        // clusterer that joins them is not wrong, so the second score leaves pairs across them out.
        var events = EventLabels.LoadAudited();
        items = items.Select(i => i with { Event = events.GetValueOrDefault(i.Family, i.Family) }).ToList();
        Console.WriteLine($"Stories: {options}");
        Console.WriteLine($"Stories: {items.Count:N0} articles in {items.Select(i => i.Family).Distinct().Count():N0} labelled stories ({originals.Count - items.Select(i => i.Family).Distinct().Count()} originals labelled as the same story as another because the dataset holds them twice; {items.Select(i => i.Event).Distinct().Count():N0} when hand-checked PolNeAR events join stories), seed {seed}");

        var shuffled = items.Select(i => (Item: i, Key: editor.NextDouble())).OrderBy(p => p.Key).Select(p => p.Item).ToList();
        Evaluate("shuffled arrival", shuffled, measureSpeed: true, options, show);
        var byDate = items.OrderBy(i => i.Document.Published).ThenBy(i => i.Document.DocId, StringComparer.Ordinal).ToList();
        Evaluate("date-ordered arrival", byDate, measureSpeed: false, options, show);
    }

    private static List<Item> Build(IReadOnlyList<SourceText> originals, IReadOnlyList<SourceText> donors, CopyEditor editor)
    {
        var polnearByDate = donors.Where(o => o.Date is not null).OrderBy(o => o.Date).ToList();
        var items = new List<Item>();
        foreach (var o in originals)
        {
            // Undated texts get a day in the PolNeAR period, so every article takes part in time scoring.
            var date = o.Date ?? new DateTimeOffset(2016, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(editor.Next(0, 300));
            items.Add(new Item(new StoryDocument(o.Id, o.Title, o.Body, date), o.Id, "original", o));
            var variants = editor.Next(9, 16);
            for (var v = 0; v < variants; v++)
            {
                var kind = editor.Pick(new[] { "partial", "paraphrase", "paraphrase", "followup", "duplicate" });
                var paragraphs = o.Paragraphs.ToList();
                string headline;
                var published = date.AddHours(editor.Next(-12, 72));
                switch (kind)
                {
                    case "partial":
                        paragraphs = Sample(paragraphs, editor, 0.4, 0.7);
                        paragraphs = editor.CopyEdit(paragraphs, 0.2);
                        headline = editor.ReHeadline(o.Title, paragraphs);
                        break;
                    case "paraphrase":
                        paragraphs = editor.Paraphrase(Sample(paragraphs, editor, 0.5, 0.8), 0.2);
                        headline = editor.ReHeadline(o.Title, paragraphs);
                        break;
                    case "followup":
                        // A later article: part of the event retold, plus new paragraphs from a held-back article of about the same date.
                        var retold = editor.Paraphrase(Sample(paragraphs, editor, 0.3, 0.5), 0.25);
                        var donor = Neighbour(polnearByDate, o, editor);
                        var background = donor.Paragraphs.Where(p => p.Length > 80).Skip(editor.Next(0, 4)).Take(editor.Next(1, 3));
                        paragraphs = retold.Concat(background).ToList();
                        headline = editor.ReHeadline(o.Title, retold);
                        published = date.AddDays(editor.Next(1, 5)).AddHours(editor.Next(0, 12));
                        break;
                    default:
                        paragraphs = editor.InsertBoilerplate(editor.TrimTail(paragraphs, 0.3));
                        headline = editor.ReHeadline(o.Title, paragraphs);
                        break;
                }
                var doc = new StoryDocument($"{o.Id}#{kind}{v}", headline, string.Join("\n\n", paragraphs), published);
                items.Add(new Item(doc, o.Id, kind, o));
            }
        }
        return items;
    }

    private static List<string> Sample(List<string> paragraphs, CopyEditor editor, double min, double max)
    {
        if (paragraphs.Count <= 2) return paragraphs;
        var share = min + (max - min) * editor.NextDouble();
        // The lead survives every rewrite; the rest is kept at random, in order.
        return paragraphs.Where((p, i) => i == 0 || editor.NextDouble() < share).ToList();
    }

    private static SourceText Neighbour(List<SourceText> byDate, SourceText o, CopyEditor editor)
    {
        var at = byDate.FindIndex(x => x.Date >= (o.Date ?? DateTimeOffset.MinValue));
        if (at < 0) at = byDate.Count - 1;
        for (var tries = 0; tries < 10; tries++)
        {
            var pick = byDate[Math.Clamp(at + editor.Next(-6, 7), 0, byDate.Count - 1)];
            if (pick.Id != o.Id) return pick;
        }
        return byDate[(at + 1) % byDate.Count];
    }

    /// <summary>
    /// Originals that the dataset itself holds twice (one article filed on two days, print and web versions):
    /// proposed by the duplicate detector, confirmed by exact shingle overlap, then labelled as one story.
    /// </summary>
    private static Dictionary<string, string> DatasetDuplicates(IReadOnlyList<SourceText> originals)
    {
        var detector = new Lede.Corpus.Duplicates.DuplicateDetector();
        var byId = originals.ToDictionary(o => o.Id);
        var label = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in originals)
        {
            if (detector.Add(o.Id, o.Body, o.Date) is not { } match) continue;
            var (j, c) = ShingleOverlap.Compare(o.Body, byId[match.MatchedDocId].Body);
            if (j >= 0.5 || c >= 0.8) label[o.Id] = label.GetValueOrDefault(match.MatchedDocId, match.MatchedDocId);
        }
        return label;
    }

    private static void Evaluate(string label, List<Item> arrival, bool measureSpeed, StoryClustererOptions options, int show)
    {
        var clusterer = new StoryClusterer(options);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        foreach (var item in arrival) clusterer.Add(item.Document);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        var predicted = arrival.Select(i => clusterer.GetStoryId(i.Document.DocId)!).ToList();
        var gold = arrival.Select(i => i.Family).ToList();
        // The headline score leaves out pairs across originals that the hand-checked labels put in one real event: the
        // stories target (and the real-news check) call those one story, so joining them is no error, while this set
        // was built to ask whether rewrites find their original, not whether two outlets' originals join. The strict
        // score (every original its own story) is printed second, for comparison with figures before 2026-11-27.
        var score = PairwiseScore.Compute(gold, predicted, arrival.Select(i => i.Event).ToList());
        Console.WriteLine($"  {label}: {score}");
        Console.WriteLine($"    every original its own story (same-event joins counted as errors): {PairwiseScore.Compute(gold, predicted)}");
        if (measureSpeed)
        {
            Console.WriteLine($"    speed {arrival.Count / clock.Elapsed.TotalSeconds:N0} articles/s (one thread, {clock.Elapsed.TotalSeconds:F1} s), {allocated / (double)arrival.Count / 1024:N1} KiB allocated per article, {clusterer.GetStories().Count:N0} stories");
        }

        // Per kind: share of variants that landed with their original.
        var storyOf = arrival.ToDictionary(i => i.Document.DocId, i => clusterer.GetStoryId(i.Document.DocId)!);
        var kinds = arrival.Where(i => i.Kind != "original").GroupBy(i => i.Kind).OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Count(i => storyOf[i.Document.DocId] == storyOf[i.Family]) / (double)g.Count():P1}");
        Console.WriteLine($"    with their original: {string.Join(", ", kinds)}");

        // Merges of different labelled stories, split by where the stories came from.
        var merged = arrival.GroupBy(i => storyOf[i.Document.DocId])
            .Select(g => g.Select(i => i.Original).DistinctBy(o => o.Id).ToList())
            .Where(os => os.Count > 1).ToList();
        var polnearMerges = merged.Count(os => os.Count(o => o.Collection == "polnear") > 1);
        Console.WriteLine($"    predicted stories holding several labelled stories: {merged.Count} ({polnearMerges} with 2+ PolNeAR stories)");
        foreach (var os in merged.Take(show))
        {
            Console.WriteLine("      " + string.Join("  ~  ", os.Take(3).Select(o => $"{o.Date:yyyy-MM-dd} {(o.Title.Length > 60 ? o.Title[..60] + "…" : o.Title)}")));
        }
        // Which kinds of article sit in a predicted story whose majority is another labelled story.
        var strays = arrival.GroupBy(i => storyOf[i.Document.DocId])
            .SelectMany(g =>
            {
                var major = g.GroupBy(i => i.Family).OrderByDescending(f => f.Count()).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
                return g.Where(i => i.Family != major);
            })
            .GroupBy(i => i.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"    articles in another story's cluster, by kind: {string.Join(", ", strays)}");
        var split = arrival.GroupBy(i => i.Family).Count(g => g.Select(i => storyOf[i.Document.DocId]).Distinct().Count() > 1);
        Console.WriteLine($"    labelled stories split over several predicted stories: {split}");
    }
}
