using Lede.Analysis.Model;
using Lede.Extraction.Model;

namespace Lede.Corpus.Storage;

/// <summary>A stored article: its corpus id (ingest order, from 1), the article and its analysis when there was one.</summary>
public sealed record CorpusArticle(long Id, NewsArticle Article, ArticleAnalysis? Analysis);
