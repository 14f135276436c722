using Lede.Corpus.Rules;
using Lede.Corpus.Stories;

namespace Lede.Bench.Stories;

/// <summary>
/// Error analysis by cause: every missed gold pair (one labelled event, two predicted stories) and every wrong pair
/// (joined, two labelled events or one unlabelled article) counted by days apart, by the two articles' own cosine
/// (vectors at arrival, IDF as of now), by whether their headlines share a term (form words aside) and by how many
/// guessed names they share; beside them the gold pairs that were joined, for contrast. Counts, not texts, so the
/// table says which kind of miss is the largest without reading any article.
/// </summary>
internal static class PairCauses
{
    private static readonly double[] CosineBounds = [0.05, 0.10, 0.15, 0.20, 0.30];

    public static void Print(IReadOnlyList<(string Id, DateTimeOffset? Date)> arrival, Func<string, string?> gold, Func<string, string> storyOf, StoryClusterer clusterer)
    {
        var close = new List<string>();
        var sizes = arrival.GroupBy(a => storyOf(a.Id)).ToDictionary(g => g.Key, g => g.Count());
        int storySize(string story) => sizes[story];
        var rows = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var headlines = arrival.ToDictionary(a => a.Id, a => clusterer.DescribeArticle(a.Id).Headline.Where(t => !CorpusRules.HeadlineFormWords.Contains(t)).ToHashSet(StringComparer.Ordinal));
        for (var i = 0; i < arrival.Count; i++)
        {
            for (var j = i + 1; j < arrival.Count; j++)
            {
                var (a, b) = (arrival[i], arrival[j]);
                var (ga, gb) = (gold(a.Id), gold(b.Id));
                var joined = storyOf(a.Id) == storyOf(b.Id);
                var same = ga is not null && ga == gb;
                string kind;
                if (same) kind = joined ? "gold, joined" : "gold, MISSED";
                else if (joined) kind = ga is not null && gb is not null ? "WRONG, two events" : "WRONG, unlabelled";
                else continue;
                var (cosine, _, names) = clusterer.ExplainPair(a.Id, b.Id);
                var days = a.Date is { } x && b.Date is { } y ? Math.Abs((x - y).TotalDays) : double.NaN;
                Count(kind, "days " + (double.IsNaN(days) ? "?" : days <= 1 ? "<=1" : days <= 3 ? "1-3" : days <= 7 ? "3-7" : ">7"));
                var bound = CosineBounds.FirstOrDefault(c => cosine < c);
                Count(kind, "cos " + (bound == 0 ? ">=" + CosineBounds[^1].ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "<" + bound.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
                Count(kind, headlines[a.Id].Overlaps(headlines[b.Id]) ? "headline term shared" : "no headline term shared");
                Count(kind, "names shared " + (names.Count >= 3 ? "3+" : names.Count.ToString()));
                Count(kind, "pairs");
                var grown = (sizes[storyOf(a.Id)] > 1 ? 1 : 0) + (sizes[storyOf(b.Id)] > 1 ? 1 : 0);
                Count(kind, "stories " + (grown == 0 ? "lone+lone" : grown == 1 ? "lone+grown" : "grown+grown"));
                if (kind == "gold, MISSED" && cosine >= 0.15) close.Add($"      cos {cosine:F3} days {days:F1} {ga} | {a.Id} ({storySize(storyOf(a.Id))}) ~ {b.Id} ({storySize(storyOf(b.Id))}) names {string.Join(", ", names.Take(4))}");
            }
        }
        var columns = new[] { "gold, joined", "gold, MISSED", "WRONG, two events", "WRONG, unlabelled" };
        Console.WriteLine($"    pair causes: {string.Join(" | ", columns)}");
        var features = rows.Values.SelectMany(r => r.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var f in features)
        {
            Console.WriteLine($"      {f,-26} {string.Join(" ", columns.Select(c => (rows.GetValueOrDefault(c)?.GetValueOrDefault(f) ?? 0).ToString().PadLeft(8)))}");
        }
        Console.WriteLine("    missed gold pairs whose own cosine is 0.15 or more (article id, its story's size):");
        foreach (var line in close) Console.WriteLine(line);

        void Count(string kind, string feature)
        {
            if (!rows.TryGetValue(kind, out var r)) rows[kind] = r = new Dictionary<string, int>(StringComparer.Ordinal);
            r[feature] = r.GetValueOrDefault(feature) + 1;
        }
    }
}
