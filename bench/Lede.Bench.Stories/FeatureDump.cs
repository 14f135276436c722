using System.Text.Json;
using Lede.Corpus.Stories;

namespace Lede.Bench.Stories;

/// <summary>
/// For error analysis outside the bench: one JSON line per article as the clusterer ended up with it (its story, gold
/// label, kept terms with weights and document frequencies, headline and opening terms, guessed names with counts, and
/// the opening of its body), so pair features can be counted over every gold and predicted pair.
/// </summary>
internal static class FeatureDump
{
    public static void Write(string path, StoryClusterer clusterer, IEnumerable<StoryDocument> documents, Func<string, string?> gold, Func<string, string?> undecided)
    {
        using var writer = new StreamWriter(path);
        foreach (var d in documents)
        {
            var (terms, headline, lede) = clusterer.DescribeArticle(d.DocId);
            var names = EntityGuesser.Guess(d.Body, clusterer.Options.MaxBodyWords, d.Language);
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = d.DocId,
                gold = gold(d.DocId),
                undecided = undecided(d.DocId),
                story = clusterer.GetStoryId(d.DocId),
                date = d.Published?.ToString("o"),
                source = d.Source,
                lang = d.Language,
                title = d.Headline,
                headline,
                lede,
                terms = terms.Select(t => new object[] { t.Term, Math.Round(t.Weight, 4), Math.Round(t.Raw, 4), t.Df }),
                names = names.Select(n => new object[] { n.Name, n.Count }),
                body = d.Body.Length > 4000 ? d.Body[..4000] : d.Body,
            }));
        }
    }
}
