using Lede.Extraction.Html.Dom;
using System.Text;
using Lede.Extraction.Metadata;
using Lede.Extraction.Model;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Html;

/// <summary>
/// Finds the article's main content in a parsed page, as a recipe:
/// build the light tree → score candidates (Readability) and check the page's own body hints →
/// write the chosen nodes as blocks without furniture → drop furniture lines → retry with relaxed
/// flags when too little text came out, keeping the longest attempt.
/// </summary>
internal static class ContentExtractor
{
    private static readonly ExtractionFlags[] Attempts =
    [
        ExtractionFlags.All,
        ExtractionFlags.WeightClasses | ExtractionFlags.CleanConditionally,
        ExtractionFlags.CleanConditionally,
        ExtractionFlags.None,
    ];

    private const int RelaxedWinFactor = 2;

    public static ContentResult Extract(HtmlDocument document, PageMetadata metadata, ExtractionOptions options)
    {
        var tree = ContentTreeBuilder.Build(document);
        if (tree is null) return new ContentResult("", "", [], ["the page has no body"]);
        Uri.TryCreate(metadata.Url, UriKind.Absolute, out var baseUri);
        if (baseUri is not null && baseUri.Scheme is not ("http" or "https")) baseUri = null;
        var headline = metadata.Headline ?? document.Title;

        List<ContentBlock>? best = null;
        IReadOnlyList<ArticleImage> bestImages = [];
        var bestChars = -1;
        foreach (var flags in Attempts)
        {
            var roots = CandidateScorer.Choose(tree, flags, metadata.JsonLdArticleBody);
            var writer = ContentWriter.Write(roots, flags, baseUri);
            var blocks = BlockFilter.Apply(writer.Blocks, headline);
            var chars = blocks.Sum(b => b.Text.Length);
            // A relaxed attempt reads parts the strict one left out on purpose: it must find much more to win.
            if (best is null || chars > RelaxedWinFactor * bestChars) { best = blocks; bestImages = writer.Images; bestChars = chars; }
            if (chars >= BoilerplateRules.RetryBelowChars) break;
        }
        var warnings = new List<string>(HtmlDocumentLoader.NotesFor(document));
        if (best is null || best.Count == 0) return new ContentResult("", "", bestImages, warnings);
        return new ContentResult(BlockAssembler.Text(best), BlockAssembler.Html(best), bestImages, warnings);
    }
}
