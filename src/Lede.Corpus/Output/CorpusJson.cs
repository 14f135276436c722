using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Lede.Corpus.Search;
using Lede.Corpus.Storage;
using Lede.Corpus.Stories;
using Lede.Extraction.Output;

namespace Lede.Corpus.Output;

/// <summary>
/// The JSON objects of the corpus verbs (<c>search</c>, <c>stories</c>, <c>timeline</c>, <c>export</c>), one shape for the
/// CLI and the HTTP API: field names are a contract other tools rely on.
/// </summary>
public static class CorpusJson
{
    /// <summary>Compact, camelCase, enums as camelCase strings.</summary>
    public static readonly JsonSerializerOptions Options = new(ArticleJson.Compact)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static JsonObject SearchHit(SearchHit hit)
    {
        var json = new JsonObject { ["id"] = hit.Id, ["score"] = Math.Round(hit.Score, 6) };
        if (hit.Source is not null) json["source"] = hit.Source;
        if (hit.Url is not null) json["url"] = hit.Url;
        if (hit.Headline is not null) json["headline"] = hit.Headline;
        if (hit.DatePublished is not null) json["datePublished"] = hit.DatePublished;
        if (hit.Site is not null) json["site"] = hit.Site;
        json["snippet"] = hit.Snippet;
        return json;
    }

    /// <summary>
    /// The stories as <c>lede stories --format jsonl</c> writes them. Article dates are given as the
    /// articles give them (ISO 8601 strings, read from the corpus), not re-formatted.
    /// </summary>
    public static IEnumerable<JsonObject> Stories(NewsCorpus corpus, IReadOnlyList<Story> stories)
    {
        var dates = DatesAsGiven(corpus, stories);
        foreach (var story in stories)
        {
            var articles = new JsonArray();
            foreach (var article in story.Articles)
            {
                var item = new JsonObject { ["id"] = long.Parse(article.DocId, CultureInfo.InvariantCulture) };
                item["source"] = article.Source;
                item["url"] = article.Url;
                item["headline"] = article.Headline;
                item["datePublished"] = dates.GetValueOrDefault(article.DocId) ?? article.DatePublished?.ToString("o", CultureInfo.InvariantCulture);
                articles.Add(item);
            }
            var entities = new JsonArray();
            foreach (var entity in story.TopEntities)
                entities.Add(new JsonObject { ["name"] = entity.Name, ["type"] = entity.Type, ["articles"] = entity.Count });
            yield return new JsonObject
            {
                ["id"] = story.Id,
                ["title"] = story.Title,
                ["articles"] = articles,
                ["firstSeen"] = story.FirstSeen?.ToString("o", CultureInfo.InvariantCulture),
                ["lastSeen"] = story.LastSeen?.ToString("o", CultureInfo.InvariantCulture),
                ["topEntities"] = entities,
            };
        }
    }

    /// <summary>Each story article's <c>datePublished</c> as the article gives it (ISO 8601 string), by doc id.</summary>
    public static Dictionary<string, string?> DatesAsGiven(NewsCorpus corpus, IReadOnlyList<Story> stories)
    {
        var ids = stories.SelectMany(s => s.Articles).Select(a => long.Parse(a.DocId, CultureInfo.InvariantCulture)).ToList();
        return corpus.GetArticles(ids).ToDictionary(a => a.Id.ToString(CultureInfo.InvariantCulture), a => a.Article.DatePublished);
    }

    /// <summary>A stored article with its analysis, as <c>lede export</c> writes it.</summary>
    public static JsonObject Article(CorpusArticle stored) => ArticleRowCodec.ToJson(stored);

    public static string Timeline(Timeline.Timeline timeline) => JsonSerializer.Serialize(timeline, Options);
}
