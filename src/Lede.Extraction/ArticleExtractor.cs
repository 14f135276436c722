using System.Buffers;
using Lede.Extraction.Decoding;
using Lede.Extraction.Html;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Metadata;
using Lede.Extraction.Model;
using Lede.Extraction.Text;

namespace Lede.Extraction;

/// <summary>
/// Turns one page (HTML bytes, or text a crawler already flattened) into a <see cref="NewsArticle"/>.
/// Thread-safe: one instance serves any number of threads.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly ExtractionOptions _options;

    public ArticleExtractor(ExtractionOptions? options = null)
    {
        _options = options ?? new ExtractionOptions();
        var errors = _options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid extraction options: " + string.Join(" ", errors));
    }

    public ExtractionOptions Options => _options;

    /// <summary>Reads, decodes and extracts one input stream (gzip is inflated with a size cap).</summary>
    /// <exception cref="InputRejectedException">The input is too large, a gzip bomb, or binary data.</exception>
    public NewsArticle Extract(Stream input, ExtractionRequest request)
    {
        var warnings = new List<string>();
        var bytes = InputReader.ReadAll(input, _options, warnings);
        return Extract(bytes, request, warnings);
    }

    /// <summary>Extracts from raw bytes (already inflated) as a browser would decode them.</summary>
    public NewsArticle Extract(byte[] bytes, ExtractionRequest request) => Extract(bytes, request, []);

    private NewsArticle Extract(byte[] bytes, ExtractionRequest request, List<string> warnings)
    {
        if (bytes.LongLength > _options.MaxInputBytes)
            throw new InputRejectedException($"input is {bytes.LongLength:N0} bytes, over the {_options.MaxInputBytes:N0}-byte limit");
        if (InputReader.IsGzip(bytes))
            bytes = InputReader.Inflate(bytes, _options.MaxDecompressedBytes, warnings);
        if (InputSniffer.LooksBinary(bytes))
            throw new InputRejectedException("input looks like binary data, not an HTML page or text");
        // Decoded into a scratch buffer: the tree builder reads markup from it and copies only the text it keeps.
        var buffer = CharsetDecoder.DecodeToRented(bytes, request.ContentType, out var length);
        length = MojibakeRepair.RepairInPlace(buffer.AsSpan(0, length), out var repaired);
        if (repaired > 0) warnings.Add(MojibakeWarning(repaired));
        NewsArticle article;
        InputShape shape;
        try
        {
            var text = buffer.AsSpan(0, length);
            shape = text.IsWhiteSpace() ? InputShape.Empty : IsHtml(request, text) ? InputShape.Html : InputShape.Text;
            article = shape == InputShape.Html
                ? ExtractHtml(HtmlDocumentLoader.Parse(buffer, length, request.Url, _options), request)
                : PlainTextArticleReader.Read(new string(buffer, 0, length), request, _options);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        return Finish(article, request, warnings, shape);
    }

    /// <summary>What the input was, for the warning when no article text is found in it.</summary>
    private enum InputShape { Empty, Html, Text }

    /// <summary>Extracts from text that is already decoded (HTML markup or flattened text).</summary>
    public NewsArticle Extract(string content, ExtractionRequest request)
    {
        content = MojibakeRepair.Repair(content, out var repaired);
        var shape = string.IsNullOrWhiteSpace(content) ? InputShape.Empty : IsHtml(request, content) ? InputShape.Html : InputShape.Text;
        var article = shape == InputShape.Html
            ? ExtractHtml(HtmlDocumentLoader.Parse(content, request.Url, _options), request)
            : PlainTextArticleReader.Read(content, request, _options);
        return Finish(article, request, repaired > 0 ? [MojibakeWarning(repaired)] : [], shape);
    }

    private static string MojibakeWarning(int repaired) =>
        $"repaired {repaired} garbled character{(repaired == 1 ? "" : "s")}: UTF-8 text had been read as Windows-1252 (\"Ã©\" for \"é\")";

    private static bool IsHtml(ExtractionRequest request, ReadOnlySpan<char> content) => request.Format switch
    {
        InputFormat.Html => true,
        InputFormat.Text => false,
        _ => InputSniffer.LooksLikeHtml(content),
    };

    private NewsArticle Finish(NewsArticle article, ExtractionRequest request, List<string> warnings, InputShape shape)
    {
        if (article.ArticleBody.Length < _options.MinArticleChars && !article.Warnings.Any(w => w.StartsWith("no article", StringComparison.Ordinal)))
            warnings.Add(article.ArticleBody.Length > 0 ? $"no article found: only {article.ArticleBody.Length} characters of body text"
                : shape == InputShape.Empty ? "no article text found: the input is empty"
                // A paragraph piped in alone reads as a text's headline: say so, and how to analyse the text itself.
                : shape == InputShape.Text && article.Headline is not null
                    ? "no article text found: the text is one block, read as its headline; to take the text itself as the body use lede analyze --as-body (/api/analyze?asBody=true)"
                : "no article text found: the page may be a home page, index, login page, paywall or media page");
        return article with
        {
            Source = request.Source,
            Warnings = warnings.Count == 0 ? article.Warnings : [.. article.Warnings, .. warnings],
        };
    }

    private NewsArticle ExtractHtml(HtmlDocument document, ExtractionRequest request)
    {
        try
        {
            var metadata = MetadataReader.Read(document, request.Url);
            var content = ContentExtractor.Extract(document, metadata, _options);
            return MetadataReader.Complete(metadata, content, document);
        }
        finally
        {
            // The article holds only strings: the page's nodes serve the next page on this thread.
            HtmlDocumentLoader.Release(document);
        }
    }
}
