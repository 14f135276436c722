using Lede.Analysis;
using Lede.Cluster.Grains;
using Lede.Corpus.Ingest;
using Lede.Corpus.Output;
using Lede.Extraction;
using Orleans.Runtime;

namespace Lede.Cluster;

/// <summary>
/// A silo's extraction and analysis: the same <see cref="LocalPageProcessor"/> a single machine runs,
/// so a corpus ingested through a cluster is the corpus a local ingest builds.
/// </summary>
internal sealed class SiloPageWorker
{
    private readonly LocalPageProcessor _pages;
    private readonly string _silo;
    private long _processed, _failed;

    /// <summary>Pages this silo has processed since it started, and how many of them failed.</summary>
    public SiloActivity Activity => new(Interlocked.Read(ref _processed), Interlocked.Read(ref _failed));

    public SiloPageWorker(ExtractionOptions extraction, ILocalSiloDetails silo)
    {
        var analyzer = new ArticleAnalyzer();
        _pages = new LocalPageProcessor(new ArticleExtractor(extraction), article => analyzer.Analyze(article.ArticleBody, article.InLanguage), parallelism: 1);
        _silo = silo.SiloAddress.Endpoint.ToString();
    }

    public PageResult[] Process(PageWork[] pages)
    {
        var results = new PageResult[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            results[i] = Process(pages[i]);
            Interlocked.Increment(ref _processed);
            if (results[i].Error is not null) Interlocked.Increment(ref _failed);
        }
        return results;
    }

    private PageResult Process(PageWork page)
    {
        if (!Enum.TryParse<InputFormat>(page.Format, out var format))
            return new PageResult(null, $"this silo does not know the input format '{page.Format}'", _silo);
        var processed = _pages.Process(new PageToProcess(page.Source, page.Bytes, page.Url, page.ContentType, format));
        return processed.Error is { } error
            ? new PageResult(null, error, _silo)
            : new PageResult(ArticleRecordJson.Write(processed.Article!, processed.Analysis), null, _silo);
    }
}
