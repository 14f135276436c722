using Lede.Analysis.Model;
using Lede.Extraction.Model;

namespace Lede.Corpus.Ingest;

/// <summary>
/// What extraction and analysis made of a page: the article (its body may be empty: nothing is then
/// stored), its analysis when there was one, or why it failed.
/// </summary>
public sealed record ProcessedPage(NewsArticle? Article, ArticleAnalysis? Analysis, string? Error)
{
    public static ProcessedPage Failed(string error) => new(null, null, error);
}
