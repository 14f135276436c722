using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Extraction.Output;

namespace Lede.Analysis.Model;

/// <summary>
/// The analysis fields of Lede's output schema, written beside the extracted article's own fields: one writer for
/// <c>lede analyze</c>, the corpus store and <c>lede export</c>, so the three cannot drift apart.
/// </summary>
public static class AnalysisJson
{
    /// <summary>The field names, in output order.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["sentences", "mentions", "entities", "quotes", "claims"];

    /// <summary>
    /// Adds the analysis fields to an article object. Empty lists are written too: they say "analysed, nothing found",
    /// unlike an absent field. The analysis's warnings join the article's <c>warnings</c>, each once.
    /// </summary>
    public static void AddTo(JsonObject article, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        article["sentences"] = JsonSerializer.SerializeToNode(analysis.Sentences, ArticleJson.Compact);
        article["mentions"] = JsonSerializer.SerializeToNode(analysis.Mentions, ArticleJson.Compact);
        article["entities"] = JsonSerializer.SerializeToNode(analysis.Entities, ArticleJson.Compact);
        article["quotes"] = JsonSerializer.SerializeToNode(analysis.Quotes, ArticleJson.Compact);
        article["claims"] = JsonSerializer.SerializeToNode(analysis.Claims, ArticleJson.Compact);
        if (analysis.Warnings.Count == 0) return;
        if (article["warnings"] is not JsonArray warnings)
        {
            warnings = [];
            article["warnings"] = warnings;
        }
        foreach (var warning in analysis.Warnings)
        {
            if (!warnings.Any(w => w?.GetValueKind() == JsonValueKind.String && w.GetValue<string>() == warning)) warnings.Add(warning);
        }
    }

    /// <summary>Reads the analysis fields of an output-schema object; null when it carries none.</summary>
    public static ArticleAnalysis? Read(JsonObject article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!Fields.Any(article.ContainsKey)) return null;
        List<T> List<T>(string name)
        {
            try
            {
                return article[name] is JsonArray array ? array.Deserialize<List<T>>(ArticleJson.Compact) ?? [] : [];
            }
            catch (JsonException e)
            {
                // The serialiser's message names .NET types and byte positions; the field and the place in it are what a person can fix.
                var within = e.Path is { Length: > 1 } path ? $" (at {path[1..]})" : "";
                throw new JsonException($"the field \"{name}\"{within} holds another kind of value than 'lede export' writes there", e);
            }
        }
        return new ArticleAnalysis(List<Sentence>("sentences"), List<Mention>("mentions"), List<Entity>("entities"), List<Quote>("quotes"), List<Claim>("claims"));
    }
}
