using Lede.Crawl;
using Lede.Extraction;
using Lede.Extraction.Model;

namespace Lede.Cli.Batch;

/// <summary>Reads one input item (file, stdin, URL) and extracts its article.</summary>
public sealed class PageLoader(ArticleExtractor extractor, TextReader stdin, string? url, InputFormat format) : IDisposable
{
    private readonly Lazy<PageFetcher> _fetcher = new(() => new PageFetcher(), LazyThreadSafetyMode.ExecutionAndPublication);

    public NewsArticle Load(InputItem item)
    {
        var request = new ExtractionRequest { Source = item.Source, Url = url, Format = format };
        switch (item.Kind)
        {
            case InputKind.Missing:
                throw new FileNotFoundException($"no such file or directory: {item.Source}", item.Source);
            case InputKind.Empty:
                return extractor.Extract([], request);
            case InputKind.Stdin:
                // stdin arrives as text already decoded by the console; it may still be markup or flattened text.
                using (var input = Console.OpenStandardInput())
                    return ReferenceEquals(stdin, Console.In)
                        ? extractor.Extract(input, request)
                        : extractor.Extract(stdin.ReadToEnd(), request);
            case InputKind.Url:
                var page = _fetcher.Value.FetchAsync(new Uri(item.Source)).GetAwaiter().GetResult();
                return extractor.Extract(page.Content, request with { Url = url ?? page.Url.ToString(), ContentType = page.ContentType });
            default:
                if (format == InputFormat.Auto && InputExpander.IsTextFile(item.Source)) request = request with { Format = InputFormat.Text };
                using (var file = new FileStream(item.Source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
                    return extractor.Extract(file, request);
        }
    }

    public void Dispose()
    {
        if (_fetcher.IsValueCreated) _fetcher.Value.Dispose();
    }
}
