using Lede.Analysis.Model;
using Lede.Corpus.Storage;
using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Corpus.Tests.Storage;

/// <summary>Invented articles with analysis, written as Lede's JSON Lines (the shape 'lede export' writes).</summary>
internal static class InventedArticles
{
    public static (NewsArticle Article, ArticleAnalysis Analysis) Make(int seed, string site, string date, string author, string language, string person, string body)
    {
        var article = new NewsArticle
        {
            Source = $"invented-{seed}",
            Url = $"https://{site}/news/{seed}",
            Headline = $"Story {seed} from {site}",
            Authors = [new Person(author)],
            DatePublished = date,
            InLanguage = language,
            SiteName = site.Split('.')[0],
            Keywords = ["invented"],
            ArticleBody = body,
        };
        var at = body.IndexOf(person, StringComparison.Ordinal);
        var analysis = new ArticleAnalysis(
            [new Sentence(0, body.Length)],
            at < 0 ? [] : [new Mention(person, at, at + person.Length, "PER", "e1")],
            [new Entity("e1", person, "PER", ["harbour master"], 1)],
            [new Quote("we will rebuild", 0, 15, "direct", new Cue("said", 16, 20), new Speaker(person, at, at + person.Length, person, "e1"))],
            [new Claim("about 40 boats", 0, 14, 40, "about", "boats", new ClaimSource("officials", 0, 9, null))]);
        return (article, analysis);
    }

    public static readonly (NewsArticle Article, ArticleAnalysis Analysis)[] Set =
    [
        Make(1, "harbour.example.com", "2025-03-01T08:00:00Z", "Jane Doe", "en", "Mara Quillon",
            "Mara Quillon said the old harbour wall would be rebuilt before winter storms. The council voted for the repair plan."),
        Make(2, "www.valley-news.example.org", "2025-03-05", "John Smith", "en-GB", "Teodor Vasko",
            "Teodor Vasko opened the railway museum on Saturday. Visitors queued along the river to see the restored engines."),
        Make(3, "harbour.example.com", "2025-03-09T17:30:00+01:00", "Jane Doe", "de", "Mara Quillon",
            "Die Hafenmauer wird repariert, sagte Mara Quillon. Der Rat stimmte dem Plan zu."),
        Make(4, "blog.valley-news.example.org", "2025-04-02", "Ann Lee", "en", "Ilse Brandt",
            "The festival in the valley drew record crowds, Ilse Brandt said, as the harbour ferry added evening trips."),
    ];

    public static string JsonLine((NewsArticle Article, ArticleAnalysis Analysis) item) =>
        ArticleRowCodec.ToJson(new CorpusArticle(0, item.Article, item.Analysis)).ToJsonString(ArticleJson.Compact);

    public static string WriteJsonLines(string folder, string name = "articles.jsonl")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, Set.Select(JsonLine));
        return path;
    }
}
