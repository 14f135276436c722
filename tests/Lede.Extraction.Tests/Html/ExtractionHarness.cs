using Lede.Extraction.Html;
using Lede.Extraction.Html.Parsing;
using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Html;

/// <summary>Parses a small page written in a test and runs the content extractor on it.</summary>
internal static class ExtractionHarness
{
    public static ContentResult Extract(string html, string url = "https://example.org/news/story")
    {
        var document = HtmlDocumentLoader.Parse(html, url, new ExtractionOptions());
        return ContentExtractor.Extract(document, MetadataReader.Read(document, url), new ExtractionOptions());
    }

    public static ContentTree Tree(string html) => ContentTreeBuilder.Build(HtmlTreeBuilder.Parse(html.AsMemory()))!;

    /// <summary>Three invented paragraphs long enough to be scored as a story.</summary>
    public const string Story =
        "<p>The orchard cooperative picked its first apples of the season on Monday, two weeks earlier than last year, after a warm and dry summer across the valley.</p>" +
        "<p>Growers said the fruit was smaller but sweeter, and that buyers from the coast had already ordered most of the crop, which pleased the cooperative's members.</p>" +
        "<p>The cooperative plans to open its cider press to visitors in October, when the late varieties come in, and to keep the shop open on weekends until the new year.</p>";
}
