using System.Text.Json.Nodes;
using Lede.Analysis.Model;
using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Server;

/// <summary>What an extract or analyze request gave: the article (and its analysis), or the HTTP status and a message for people.</summary>
public sealed record ArticleOutcome(NewsArticle? Article, ArticleAnalysis? Analysis, int Status, string? Error)
{
    /// <summary>The CLI's object: the extract object with the analysis fields beside it, or <c>{source, error}</c>.</summary>
    public JsonObject ToJson()
    {
        if (Article is null) return ArticleJson.Error(null, Error ?? "failed");
        var json = ArticleJson.ToJsonObject(Article);
        if (Analysis is not null) AnalysisJson.AddTo(json, Analysis);
        return json;
    }
}
