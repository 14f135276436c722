using Lede.Extraction.Html;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Metadata;
using Lede.Extraction.Model;

namespace Lede.Extraction.Tests.Metadata;

/// <summary>Parses small invented pages and runs the metadata stages on them.</summary>
internal static class PageFixture
{
    public static HtmlDocument Parse(string html, string? url = null) => HtmlDocumentLoader.Parse(html, url, new ExtractionOptions());

    public static PageMetadata Read(string html, string? url = null) => MetadataReader.Read(Parse(html, url), url);

    public static NewsArticle Extract(string html, string? url = null) =>
        new ArticleExtractor().Extract(html, new ExtractionRequest { Url = url, Format = InputFormat.Html });
}
