using System.Globalization;
using System.Text.RegularExpressions;
using Lede.Corpus.Stories;

namespace Lede.Bench.Stories;

/// <summary>
/// The clusterer on one wire service's dense stream: the 216 Reuters stories of the CoNLL-2003 development documents
/// (29 August to 1 September 1996), dated by their datelines. Unlike the web pages (independent, sparse) and PolNeAR
/// (one campaign over a year), this is a few days of everything one agency filed: a match's toss, scoreboard and report
/// are one story, while the many World Cup qualifiers of one Saturday share every word but the teams' names and are
/// different stories. Labels in <c>Data/conll-stories.tsv</c> (its header says how they were made); scored pairwise and
/// strict, in date order (ties in id order, the wire's filing order) and shuffled, and for each day half: the first
/// (before 31 August, where settings may be tuned) and the second (held out); pairs across the halves are in neither.
/// </summary>
internal static partial class WireNewsCheck
{
    private static readonly DateTimeOffset SplitDate = new(1996, 8, 31, 0, 0, 0, TimeSpan.Zero);

    public static void Run(string data, StoryClustererOptions options, bool list, bool pairs)
    {
        var stories = Load(data);
        var (labels, undecided) = WebNewsCheck.Labels("conll-stories.tsv");
        var ids = stories.Select(p => p.DocId).ToHashSet(StringComparer.Ordinal);
        var missing = labels.Keys.Concat(undecided.Keys).Distinct().Count(id => !ids.Contains(id));
        Console.WriteLine($"Wire stories (CoNLL-2003 dev, {stories.Count} Reuters stories, {stories.Count(s => s.Published is not null)} dated): {labels.Values.Distinct().Count()} hand-checked stories holding {labels.Count}, {undecided.Values.Distinct().Count()} undecided groups; the rest stories of their own{(missing > 0 ? $" ({missing} labelled ids not in the data)" : "")}");
        Evaluate("date-ordered arrival", stories.OrderBy(p => p.Published ?? DateTimeOffset.MinValue).ThenBy(p => p.DocId, StringComparer.Ordinal).ToList(), labels, undecided, options, list, pairs);
        Evaluate("shuffled arrival", stories.OrderBy(p => RealNewsCheck.StableKey(p.DocId)).ToList(), labels, undecided, options, list: false, pairs);
    }

    private static void Evaluate(string label, List<StoryDocument> arrival, Dictionary<string, string> labels, Dictionary<string, string> undecided,
        StoryClustererOptions options, bool list, bool pairs)
    {
        var clusterer = new StoryClusterer(options);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var story in arrival) scores[story.DocId] = clusterer.Add(story).Score;
        PairwiseScore Score(List<StoryDocument> part) => PairwiseScore.Compute(
            part.Select(p => labels.GetValueOrDefault(p.DocId, p.DocId)).ToList(),
            part.Select(p => clusterer.GetStoryId(p.DocId)!).ToList(),
            part.Select(p => undecided.GetValueOrDefault(p.DocId, p.DocId)).ToList());
        var joined = arrival.GroupBy(p => clusterer.GetStoryId(p.DocId)).Count(g => g.Count() > 1);
        Console.WriteLine($"  {label}: strict {Score(arrival)}; {joined} multi-story clusters");
        Console.WriteLine($"    first days (before {SplitDate:yyyy-MM-dd}):  {Score(arrival.Where(p => p.Published < SplitDate).ToList())}");
        Console.WriteLine($"    held-out days:                {Score(arrival.Where(p => p.Published >= SplitDate).ToList())}");
        if (pairs) WebNewsCheck.PrintPairs(arrival, labels, undecided, clusterer, scores);
        if (!list) return;
        foreach (var s in clusterer.GetStories(minArticles: 2).OrderBy(s => s.FirstSeen))
        {
            Console.WriteLine($"  {s.Id}");
            foreach (var a in s.Articles)
            {
                Console.WriteLine($"    {a.DatePublished:yyyy-MM-dd} {labels.GetValueOrDefault(a.DocId, "-"),-32} {a.DocId,-20} {RealNewsCheck.Short(a.Headline)}");
            }
        }
    }

    /// <summary>The CoNLL stories as the clusterer gets them, each dated by the first date of its opening lines (the dateline).</summary>
    private static List<StoryDocument> Load(string data)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(data, "conll2003-dev", "gold.jsonl")))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var r = doc.RootElement;
            var opening = string.Join(' ', (r.GetProperty("text").GetString() ?? "").Split('\n').Take(4));
            var match = Dateline().Match(opening);
            if (match.Success) dates[r.GetProperty("id").GetString()!] = DateTimeOffset.ParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }
        return DevelopmentTexts.Conll(data)
            .Select(t => new StoryDocument(t.Id, t.Title, t.Body, dates.TryGetValue(t.Id, out var d) ? d : null) { Source = "Reuters" })
            .ToList();
    }

    [GeneratedRegex(@"\b19\d\d-\d\d-\d\d\b")]
    private static partial Regex Dateline();
}
