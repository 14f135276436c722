using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Analysis.Model;
using Lede.Corpus.Storage;
using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Corpus.Output;

/// <summary>
/// One article with its analysis as a single object of Lede's output schema (what <c>lede export</c>
/// writes per line and the store keeps per article), and back: how processed pages travel between
/// machines without a second schema to keep in step.
/// </summary>
public static class ArticleRecordJson
{
    public static string Write(NewsArticle article, ArticleAnalysis? analysis) =>
        ArticleRowCodec.ToJson(new CorpusArticle(0, article, analysis)).ToJsonString(ArticleJson.Compact);

    /// <exception cref="JsonException">The text is not an article object of Lede's schema.</exception>
    public static (NewsArticle Article, ArticleAnalysis? Analysis) Read(string json)
    {
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false }) as JsonObject
                   ?? throw new JsonException("the record is not a JSON object");
        var article = node.Deserialize<NewsArticle>(ArticleJson.Compact) ?? throw new JsonException("the record is null");
        return (WithEmptyLists(article), AnalysisJson.Read(node));
    }

    /// <summary>Absent lists read as empty ones, as a freshly extracted article has them.</summary>
    internal static NewsArticle WithEmptyLists(NewsArticle article) => article with
    {
        ArticleBody = article.ArticleBody ?? "", Authors = article.Authors ?? [], Keywords = article.Keywords ?? [],
        Images = article.Images ?? [], Warnings = article.Warnings ?? [],
    };
}
