using Lede.Corpus.Stories;

namespace Lede.Bench.Stories;

/// <summary>
/// The clusterer on real, unedited articles: the PolNeAR development articles (seven outlets, the same
/// days, the same campaign) scored pairwise against hand-checked same-event groups (<see cref="EventLabels"/>).
/// Independent accounts of one event by different outlets, with different wording and headlines, are what
/// the synthetic check cannot show. Three scores per arrival order: the first labels with every unlisted article
/// a story of its own (strict: a merge of two unlisted articles counts as an error even when they report one
/// event); the audited labels, scored the same strict way; and the audited labels over labelled articles only
/// (pairs with an unlisted article ignored: no penalty for merges the labels cannot judge), that last one also for a
/// tuning half and a held-out half of the labelled articles, split at the middle one's date. With <c>--list</c>
/// every multi-article story is printed for a person to judge; with <c>--explain N</c> the N worst false merges
/// and misses; with <c>--analysis</c> each article is analysed first and its entities given, as <c>lede ingest</c> does.
/// </summary>
internal static class RealNewsCheck
{
    public static void Run(IReadOnlyList<SourceText> polnear, StoryClustererOptions options, bool list, int explain, bool analysis = false, string? features = null, bool causes = false)
    {
        var analysed = new Dictionary<string, IReadOnlyList<StoryEntity>>(StringComparer.Ordinal);
        if (analysis)
        {
            // As `lede ingest` does: the analysis's linked entities, not names guessed from capitals.
            var analyzer = new Lede.Analysis.ArticleAnalyzer();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var a in polnear)
                analysed[a.Id] = analyzer.Analyze(a.Body, "en").Entities.Select(e => new StoryEntity(e.Name, e.Type, Math.Max(1, e.MentionCount))).ToList();
            Console.WriteLine($"entities from the analysis ({clock.Elapsed.TotalSeconds:F1} s for {polnear.Count} articles)");
        }
        var first = EventLabels.Load();
        var audited = EventLabels.LoadAudited();
        var known = polnear.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var missing = audited.Keys.Count(id => !known.Contains(id));
        Console.WriteLine($"Real news (PolNeAR, {polnear.Count} articles): first labels {first.Values.Distinct().Count()} events holding {first.Count} articles; audited {audited.Values.Distinct().Count()} events holding {audited.Count} articles; the rest stories of their own{(missing > 0 ? $" ({missing} labelled ids not in the data)" : "")}");
        var byDate = polnear.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        Evaluate("date-ordered arrival", byDate, first, audited, analysed, options, list, explain, features, causes);
        var shuffled = polnear.OrderBy(a => StableKey(a.Id)).ToList();
        Evaluate("shuffled arrival", shuffled, first, audited, analysed, options, list: false, explain: 0, causes: causes);
    }

    private static void Evaluate(string label, List<SourceText> arrival, Dictionary<string, string> first, Dictionary<string, string> audited,
        Dictionary<string, IReadOnlyList<StoryEntity>> analysed, StoryClustererOptions options, bool list, int explain, string? features = null, bool causes = false)
    {
        var clusterer = new StoryClusterer(options);
        foreach (var a in arrival)
        {
            clusterer.Add(new StoryDocument(a.Id, a.Title, a.Body, a.Date) { Source = a.Publisher, Entities = analysed.GetValueOrDefault(a.Id) });
        }
        var predicted = arrival.Select(a => clusterer.GetStoryId(a.Id)!).ToList();
        if (features is not null)
            FeatureDump.Write(features, clusterer, arrival.Select(a => new StoryDocument(a.Id, a.Title, a.Body, a.Date) { Source = a.Publisher }), audited.GetValueOrDefault, _ => null);
        Console.WriteLine($"  {label}:");
        Console.WriteLine($"    first labels, strict:    {PairwiseScore.Compute(arrival.Select(a => first.GetValueOrDefault(a.Id, a.Id)).ToList(), predicted)}");
        Console.WriteLine($"    audited labels, strict:  {PairwiseScore.Compute(arrival.Select(a => audited.GetValueOrDefault(a.Id, a.Id)).ToList(), predicted)}");
        var judged = arrival.Select((a, i) => (a, i)).Where(p => audited.ContainsKey(p.a.Id)).ToList();
        Console.WriteLine($"    audited, labelled only:  {PairwiseScore.Compute(judged.Select(p => audited[p.a.Id]).ToList(), judged.Select(p => predicted[p.i]).ToList())}");
        // Settings were tuned on the earlier half of the labelled articles (by date); the later half shows whether
        // they hold on events they were not tuned on. Pairs across the halves are left out of both.
        var split = SplitDate(arrival, audited);
        foreach (var (half, early) in new[] { ("tuning half (before " + split.ToString("yyyy-MM-dd") + ")", true), ("held-out half", false) })
        {
            var part = judged.Where(p => (p.a.Date < split) == early).ToList();
            Console.WriteLine($"      {half + ":",-34} {PairwiseScore.Compute(part.Select(p => audited[p.a.Id]).ToList(), part.Select(p => predicted[p.i]).ToList())}");
            // The same half with every article of its days, unlabelled ones as stories of their own (strict): what a
            // judge whose labels cover every article would count.
            var all = arrival.Select((a, i) => (a, i)).Where(p => p.a.Date is not null && (p.a.Date < split) == early).ToList();
            Console.WriteLine($"      {"  strict, every article:",-34} {PairwiseScore.Compute(all.Select(p => audited.GetValueOrDefault(p.a.Id, p.a.Id)).ToList(), all.Select(p => predicted[p.i]).ToList())}");
        }
        var storyOf = arrival.ToDictionary(a => a.Id, a => clusterer.GetStoryId(a.Id)!);
        var splitEvents = arrival.Where(a => audited.ContainsKey(a.Id)).GroupBy(a => audited[a.Id]).Count(g => g.Select(a => storyOf[a.Id]).Distinct().Count() > 1);
        var wrong = arrival.GroupBy(a => storyOf[a.Id]).Count(g => g.Select(a => audited.GetValueOrDefault(a.Id, a.Id)).Distinct().Count() > 1);
        Console.WriteLine($"    audited events split over several stories: {splitEvents}; stories joining different events: {wrong}");
        if (explain > 0) Explain(arrival, audited, storyOf, explain);
        if (causes) PairCauses.Print(arrival.Select(a => (a.Id, a.Date)).ToList(), id => audited.GetValueOrDefault(id), id => storyOf[id], clusterer);
        if (!list) return;
        foreach (var s in clusterer.GetStories(minArticles: 2).OrderBy(s => s.FirstSeen))
        {
            Console.WriteLine($"  {s.Id}  [{string.Join(", ", s.TopEntities.Take(4).Select(e => e.Name))}]");
            foreach (var a in s.Articles)
            {
                Console.WriteLine($"    {a.DatePublished:yyyy-MM-dd} {a.Source,-12} {audited.GetValueOrDefault(a.DocId, "-"),-28} {Short(a.Headline)}");
            }
        }
    }

    /// <summary>
    /// The false merges that cost most (stories holding the most wrong pairs) and the misses that cost most
    /// (events with the most pairs split apart), each printed with its articles.
    /// </summary>
    private static void Explain(List<SourceText> arrival, Dictionary<string, string> gold, Dictionary<string, string> storyOf, int count)
    {
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        string Gold(string id) => gold.GetValueOrDefault(id, "-");
        void Print(IEnumerable<SourceText> articles)
        {
            foreach (var a in articles.OrderBy(a => a.Date))
            {
                Console.WriteLine($"        {a.Date:yyyy-MM-dd} {a.Publisher,-12} {Gold(a.Id),-30} {storyOf[a.Id],-14} {Short(a.Title)}");
            }
        }
        var merges = arrival.GroupBy(a => storyOf[a.Id])
            .Select(g => (Story: g.Key, Articles: g.ToList(), Wrong: Pairs([g.Count()]) - Pairs(g.GroupBy(a => gold.GetValueOrDefault(a.Id, a.Id)).Select(x => x.Count()))))
            .Where(x => x.Wrong > 0)
            .OrderByDescending(x => x.Wrong).ThenBy(x => x.Story, StringComparer.Ordinal)
            .Take(count);
        Console.WriteLine("    worst false merges (wrong pairs, story, articles: date, source, event, story, headline):");
        foreach (var m in merges)
        {
            Console.WriteLine($"      {m.Wrong} wrong pairs in {m.Story}");
            Print(m.Articles);
        }
        var misses = arrival.Where(a => gold.ContainsKey(a.Id)).GroupBy(a => gold[a.Id])
            .Select(g => (Event: g.Key, Articles: g.ToList(), Missed: Pairs([g.Count()]) - Pairs(g.GroupBy(a => storyOf[a.Id]).Select(x => x.Count()))))
            .Where(x => x.Missed > 0)
            .OrderByDescending(x => x.Missed).ThenBy(x => x.Event, StringComparer.Ordinal)
            .Take(count);
        Console.WriteLine("    worst misses (pairs missed, event, articles):");
        foreach (var m in misses)
        {
            Console.WriteLine($"      {m.Missed} missed pairs in {m.Event}");
            Print(m.Articles);
        }
    }

    /// <summary>The publication date of the middle labelled article: the tuning half is everything before it.</summary>
    private static DateTimeOffset SplitDate(List<SourceText> arrival, Dictionary<string, string> labels)
    {
        var dates = arrival.Where(a => labels.ContainsKey(a.Id) && a.Date is not null).Select(a => a.Date!.Value).Order().ToList();
        return dates.Count == 0 ? DateTimeOffset.MaxValue : dates[dates.Count / 2];
    }

    internal static string Short(string? headline)
    {
        var h = headline ?? "";
        return h.Length > 80 ? h[..80] + "…" : h;
    }

    /// <summary>A fixed pseudo-random order (FNV-1a of the id) for shuffled arrival.</summary>
    internal static ulong StableKey(string id)
    {
        var h = 14695981039346656037UL;
        foreach (var c in id) h = (h ^ c) * 1099511628211UL;
        return h;
    }
}
