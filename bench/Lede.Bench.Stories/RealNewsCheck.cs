using Lede.Corpus.Stories;

namespace Lede.Bench.Stories;

/// <summary>
/// The clusterer on real, unedited articles: the PolNeAR development articles in date order (several
/// outlets, the same days, the same campaign). Every multi-article story is printed so a person can
/// judge it; the synthetic check cannot show how real outlets' independent accounts of one event score.
/// </summary>
internal static class RealNewsCheck
{
    public static void Run(IReadOnlyList<SourceText> polnear, StoryClustererOptions options)
    {
        var clusterer = new StoryClusterer(options);
        foreach (var a in polnear.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            clusterer.Add(new StoryDocument(a.Id, a.Title, a.Body, a.Date) { Source = a.Publisher });
        }
        var multi = clusterer.GetStories(minArticles: 2).OrderBy(s => s.FirstSeen).ToList();
        Console.WriteLine($"Real news (PolNeAR, {polnear.Count} articles, date order): {multi.Count} stories with 2+ articles, {multi.Sum(s => s.Articles.Count)} articles in them");
        foreach (var s in multi)
        {
            Console.WriteLine($"  {s.Id}  [{string.Join(", ", s.TopEntities.Take(4).Select(e => e.Name))}]");
            foreach (var a in s.Articles)
            {
                var h = a.Headline ?? "";
                Console.WriteLine($"    {a.DatePublished:yyyy-MM-dd} {a.Source,-12} {(h.Length > 100 ? h[..100] + "…" : h)}");
            }
        }
    }
}
