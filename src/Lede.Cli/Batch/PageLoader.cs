using Lede.Corpus.Ingest;
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
                {
                    if (ArchiveKind(item.Source, file) is { } archive)
                        throw new InputRejectedException($"{archive}, not one page: 'lede ingest' reads them (extract and analyze read one page per input)");
                    return extractor.Extract(file, request);
                }
        }
    }

    /// <summary>
    /// What a file of many articles is (a WARC archive by its name or first bytes, JSON Lines by its name), or null for
    /// a page. Read as one page, an archive gave its first record's WARC headers as the description and exit code 0.
    /// </summary>
    private static string? ArchiveKind(string path, FileStream file)
    {
        switch (IngestInputExpander.KindOf(path))
        {
            case IngestInputKind.Warc: return "a WARC archive of pages";
            case IngestInputKind.JsonLines: return "JSON Lines of articles";
        }
        if (!file.CanSeek) return null; // a pipe ("<(curl …)") cannot be read twice: taken as a page
        Span<byte> start = stackalloc byte[WarcMagic.Length];
        var read = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        file.Position = 0;
        return read == start.Length && start.SequenceEqual(WarcMagic) ? "a WARC archive of pages" : null;
    }

    private static ReadOnlySpan<byte> WarcMagic => "WARC/1."u8;

    public void Dispose()
    {
        if (_fetcher.IsValueCreated) _fetcher.Value.Dispose();
    }
}
