using Lede.Corpus.Stories;

namespace Lede.Bench.Stories;

/// <summary>
/// The clusterer on real, unedited articles: the PolNeAR development articles (seven outlets, the same
/// days, the same campaign) scored pairwise against hand-checked same-event groups (<see cref="EventLabels"/>).
/// Independent accounts of one event by different outlets, with different wording and headlines, are what
/// the synthetic check cannot show. With <c>--list</c> every multi-article story is printed for a person to judge.
/// </summary>
internal static class RealNewsCheck
{
    public static void Run(IReadOnlyList<SourceText> polnear, StoryClustererOptions options, bool list)
    {
        var events = EventLabels.Load();
        var known = polnear.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var missing = events.Keys.Count(id => !known.Contains(id));
        Console.WriteLine($"Real news (PolNeAR, {polnear.Count} articles): {events.Values.Distinct().Count()} hand-checked events holding {events.Count - missing} articles, the rest stories of their own{(missing > 0 ? $" ({missing} labelled ids not in the data)" : "")}");
        var byDate = polnear.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        Evaluate("date-ordered arrival", byDate, events, options, list);
        var shuffled = polnear.OrderBy(a => StableKey(a.Id)).ToList();
        Evaluate("shuffled arrival", shuffled, events, options, list: false);
    }

    private static void Evaluate(string label, List<SourceText> arrival, Dictionary<string, string> events, StoryClustererOptions options, bool list)
    {
        var clusterer = new StoryClusterer(options);
        foreach (var a in arrival)
        {
            clusterer.Add(new StoryDocument(a.Id, a.Title, a.Body, a.Date) { Source = a.Publisher });
        }
        var gold = arrival.Select(a => events.GetValueOrDefault(a.Id, a.Id)).ToList();
        var predicted = arrival.Select(a => clusterer.GetStoryId(a.Id)!).ToList();
        var score = PairwiseScore.Compute(gold, predicted);
        Console.WriteLine($"  {label}: {score}");
        var storyOf = arrival.ToDictionary(a => a.Id, a => clusterer.GetStoryId(a.Id)!);
        var split = arrival.Where(a => events.ContainsKey(a.Id)).GroupBy(a => events[a.Id]).Count(g => g.Select(a => storyOf[a.Id]).Distinct().Count() > 1);
        var wrong = arrival.GroupBy(a => storyOf[a.Id]).Count(g => g.Select(a => events.GetValueOrDefault(a.Id, a.Id)).Distinct().Count() > 1);
        Console.WriteLine($"    events split over several stories: {split}; stories joining different events: {wrong}");
        if (!list) return;
        foreach (var s in clusterer.GetStories(minArticles: 2).OrderBy(s => s.FirstSeen))
        {
            Console.WriteLine($"  {s.Id}  [{string.Join(", ", s.TopEntities.Take(4).Select(e => e.Name))}]");
            foreach (var a in s.Articles)
            {
                var h = a.Headline ?? "";
                Console.WriteLine($"    {a.DatePublished:yyyy-MM-dd} {a.Source,-12} {events.GetValueOrDefault(a.DocId, "-"),-28} {(h.Length > 90 ? h[..90] + "…" : h)}");
            }
        }
    }

    private static ulong StableKey(string id)
    {
        var h = 14695981039346656037UL;
        foreach (var c in id) h = (h ^ c) * 1099511628211UL;
        return h;
    }
}
