using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Lede.Corpus.Duplicates;
using Lede.Corpus.Search;
using Lede.Corpus.Storage;
using Lede.Corpus.Stories;
using Lede.Extraction.Output;

namespace Lede.Corpus.Output;

/// <summary>
/// The JSON objects of the corpus verbs (<c>search</c>, <c>duplicates</c>, <c>stories</c>, <c>timeline</c>, <c>export</c>), one shape for the
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
    /// The duplicate groups as <c>lede duplicates --format jsonl</c> writes them: each member with its source, url,
    /// headline and date as stored, whether it is the group's earliest version, and how it matched an earlier member.
    /// </summary>
    public static IEnumerable<JsonObject> Duplicates(NewsCorpus corpus, IReadOnlyList<DuplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(groups);
        var articles = DuplicateArticles(corpus, groups);
        foreach (var group in groups)
        {
            var members = new JsonArray();
            foreach (var member in group.Members)
            {
                var item = new JsonObject { ["id"] = Id(member.DocId) };
                if (articles.GetValueOrDefault(member.DocId)?.Article is { } article)
                {
                    if (article.Source is not null) item["source"] = article.Source;
                    if (article.Url is not null) item["url"] = article.Url;
                    if (article.Headline is not null) item["headline"] = article.Headline;
                    if (article.DatePublished is not null) item["datePublished"] = article.DatePublished;
                }
                item["earliest"] = member.DocId == group.EarliestDocId;
                if (member.Match is { } match)
                {
                    item["kind"] = match.Kind.ToString().ToLowerInvariant();
                    item["matchedId"] = Id(match.MatchedDocId);
                    item["similarity"] = Math.Round(match.Similarity, 3);
                    item["containment"] = Math.Round(match.Containment, 3);
                }
                members.Add(item);
            }
            yield return new JsonObject { ["id"] = Id(group.Id), ["earliestId"] = Id(group.EarliestDocId), ["articles"] = members };
        }
    }

    /// <summary>The stored articles of every group member, by document id.</summary>
    public static Dictionary<string, CorpusArticle> DuplicateArticles(NewsCorpus corpus, IReadOnlyList<DuplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var ids = groups.SelectMany(g => g.Members).Select(m => Id(m.DocId)).ToList();
        return corpus.GetArticles(ids).ToDictionary(a => a.Id.ToString(CultureInfo.InvariantCulture));
    }

    private static long Id(string docId) => long.Parse(docId, CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 as the articles write it, "2026-03-04T09:30:00+00:00": no ".0000000" of fractions that were never given.</summary>
    internal static string? Instant(DateTimeOffset? instant) => instant?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

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
                item["datePublished"] = dates.GetValueOrDefault(article.DocId) ?? Instant(article.DatePublished);
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
                ["firstSeen"] = Instant(story.FirstSeen),
                ["lastSeen"] = Instant(story.LastSeen),
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
