using System.IO.Compression;
using Lede.Extraction;
using Lede.Extraction.Decoding;
using Lede.Extraction.Html;
using Lede.Extraction.Metadata;
using Lede.Extraction.Model;

namespace Lede.Bench.Metadata;

/// <summary>Runs the HTML path of the extractor on one gold page, timing the metadata stages apart from the rest.</summary>
internal static class PageLoader
{
    private static readonly ExtractionOptions Options = new();

    /// <summary>The date candidates of the last page extracted, for diagnosis.</summary>
    public static IReadOnlyList<Lede.Extraction.Metadata.Dates.DateCandidate> LastCandidates { get; private set; } = [];

    public static TimeSpan ReadTotal { get; private set; }
    public static TimeSpan CompleteTotal { get; private set; }

    public static IReadOnlyList<string> LastBylines { get; private set; } = [];

    /// <summary>The image URLs the last page declared (og:image, JSON-LD, twitter:image), for telling them from body images.</summary>
    public static IReadOnlyList<string> LastDeclaredImages { get; private set; } = [];

    public static byte[] ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    public static (NewsArticle Article, TimeSpan MetadataTime) Extract(byte[] bytes, string? url)
    {
        var decoded = CharsetDecoder.Decode(bytes);
        var document = HtmlDocumentLoader.Parse(decoded.Text, url, Options);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var metadata = MetadataReader.Read(document, url);
        var readTime = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        LastCandidates = metadata.DateCandidates;
        LastDeclaredImages = metadata.Images.Select(i => i.Url).OfType<string>().ToList();
        LastBylines = metadata.Bylines.Select(b => b.Name).Prepend(metadata.BylineSource ?? "(none)").ToList();
        var content = ContentExtractor.Extract(document, metadata, Options);
        start = System.Diagnostics.Stopwatch.GetTimestamp();
        var article = MetadataReader.Complete(metadata, content, document);
        var completeTime = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        ReadTotal += readTime;
        CompleteTotal += completeTime;
        return (article, readTime + completeTime);
    }
}
