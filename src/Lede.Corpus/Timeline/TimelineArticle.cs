using Lede.Analysis.Model;
using Lede.Extraction.Model;

namespace Lede.Corpus.Timeline;

/// <summary>An article given to <see cref="TimelineBuilder"/>: the extracted record and, when analysis ran, its results.</summary>
public sealed record TimelineArticle(string DocId, NewsArticle Article, ArticleAnalysis? Analysis);
