using Lede.Analysis.Model;
using Lede.Corpus.Storage;
using Lede.Extraction;
using Lede.Extraction.Model;

namespace Lede.Corpus.Ingest;

/// <summary>Extracts and analyses pages on this machine, on up to <c>parallelism</c> threads.</summary>
/// <param name="analyze">Analysis stored with each article, or null for none.</param>
public sealed class LocalPageProcessor(ArticleExtractor extractor, Func<NewsArticle, ArticleAnalysis?>? analyze, int parallelism) : IPageProcessor
{
    public Task<IReadOnlyList<ProcessedPage>> ProcessAsync(IReadOnlyList<PageToProcess> pages, CancellationToken cancel)
    {
        var results = new ProcessedPage[pages.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancel };
        Parallel.For(0, pages.Count, parallel, i => results[i] = Process(pages[i]));
        return Task.FromResult<IReadOnlyList<ProcessedPage>>(results);
    }

    /// <summary>Extracts and analyses one page on the calling thread.</summary>
    public ProcessedPage Process(PageToProcess page)
    {
        try
        {
            var article = ArticleRowCodec.Clean(extractor.Extract(page.Bytes, new ExtractionRequest
            {
                Source = page.Source, Url = page.Url, ContentType = page.ContentType, Format = page.Format,
            }));
            return string.IsNullOrWhiteSpace(article.ArticleBody)
                ? new ProcessedPage(article, null, null)
                : new ProcessedPage(article, analyze?.Invoke(article), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ProcessedPage.Failed(Describe(e));
        }
    }

    /// <summary>The message a user sees for a page that could not be processed.</summary>
    internal static string Describe(Exception e) => e switch
    {
        InputRejectedException => e.Message,
        InsufficientExecutionStackException => "the page is nested too deeply to process",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
