using Lede.Analysis;
using Lede.Analysis.Model;
using Lede.Crawl;
using Lede.Extraction;
using Lede.Extraction.Decoding;
using Lede.Extraction.Model;
using Lede.Extraction.Text;

namespace Lede.Server;

/// <summary>
/// Turns what a user sends (page bytes, or an address to fetch) into an article, and analyses it.
/// Fetching always refuses internal addresses, checked on the address actually connected to, so the
/// server cannot be used to reach the machines behind it.
/// </summary>
public sealed class PageReader : IDisposable
{
    private readonly ArticleExtractor _extractor = new();
    private readonly Lazy<ArticleAnalyzer> _analyzer = new(() => new ArticleAnalyzer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly PageFetcher _fetcher;

    public PageReader(TimeSpan fetchTimeout) =>
        _fetcher = new PageFetcher(new FetchOptions { BlockInternalAddresses = true, RequestTimeout = fetchTimeout, ConnectTimeout = fetchTimeout });

    /// <summary>Extracts a page the user sent.</summary>
    /// <exception cref="InputRejectedException">Too large, a gzip bomb, or binary data.</exception>
    public NewsArticle Extract(byte[] content, string? contentType, string? url, InputFormat format) =>
        _extractor.Extract(content, new ExtractionRequest { Source = url ?? "request", Url = url, ContentType = contentType, Format = format });

    /// <summary>Fetches a public page and extracts it.</summary>
    /// <exception cref="FetchException">The address is not public http(s), or the server failed.</exception>
    public async Task<NewsArticle> FetchAsync(Uri url, InputFormat format, CancellationToken cancellation)
    {
        var page = await _fetcher.FetchAsync(url, cancellation).ConfigureAwait(false);
        return _extractor.Extract(page.Content, new ExtractionRequest
        {
            Source = url.AbsoluteUri, Url = page.Url.AbsoluteUri, ContentType = page.ContentType, Format = format,
        });
    }

    /// <summary>A text taken verbatim as the article body (offsets then point into it), with extraction's guards.</summary>
    /// <exception cref="InputRejectedException">A gzip bomb or binary data.</exception>
    public NewsArticle Verbatim(byte[] content, string? contentType, string? url)
    {
        if (InputReader.IsGzip(content)) content = InputReader.Inflate(content, _extractor.Options.MaxDecompressedBytes);
        if (InputSniffer.LooksBinary(content)) throw new InputRejectedException("input looks like binary data, not text");
        return VerbatimArticle.FromText(CharsetDecoder.Decode(content, contentType).Text, url ?? "request", url);
    }

    public ArticleAnalysis Analyze(NewsArticle article) => _analyzer.Value.Analyze(article.ArticleBody, article.InLanguage);

    public void Dispose() => _fetcher.Dispose();
}
