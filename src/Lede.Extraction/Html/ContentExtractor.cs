using System.Text;
using Lede.Extraction.Addresses;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Metadata;
using Lede.Extraction.Model;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Html;

/// <summary>
/// Finds the article's main content in a parsed page, as a recipe:
/// build the light tree → score candidates (Readability) and check the page's own body hints →
/// write the chosen nodes as blocks without furniture → drop furniture lines → retry with relaxed
/// flags when too little text came out (a relaxed attempt wins only with over <see cref="RelaxedWinFactor"/> times
/// the text) → last, the plain candidates one at a time (<see cref="FromPlainCandidates"/>).
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
        // The result holds only strings and images: the tree's nodes serve the next page on this thread.
        try { return Extract(document, metadata, tree); }
        finally { ContentTreeBuilder.Release(tree); }
    }

    private static ContentResult Extract(HtmlDocument document, PageMetadata metadata, ContentTree tree)
    {
        WebAddress.TryParse(metadata.BaseUrl ?? metadata.Url, out var baseUri);
        var headline = metadata.Headline ?? document.Title;

        // A page of several full stories (an endless scroll) marks the one its address names by that address's slug.
        var scope = OwnStory(tree, metadata.Url) ?? tree;
        List<ContentBlock>? best = null;
        IReadOnlyList<ArticleImage> bestImages = [];
        var bestChars = -1;
        foreach (var flags in Attempts)
        {
            var roots = CandidateScorer.Choose(scope, flags, metadata.JsonLdArticleBody);
            var writer = ContentWriter.Write(roots, flags, baseUri);
            var blocks = BlockFilter.Apply(writer.Blocks, headline);
            var chars = blocks.Sum(b => b.Text.Length);
            // A relaxed attempt reads parts the strict one left out on purpose: it must find much more to win.
            if (best is null || chars > RelaxedWinFactor * bestChars) { best = blocks; bestImages = writer.Images; bestChars = chars; }
            if (chars >= BoilerplateRules.RetryBelowChars) break;
        }
        if (bestChars < BoilerplateRules.RetryBelowChars && FromPlainCandidates(tree, baseUri, headline) is { } fallback
            && fallback.Chars > RelaxedWinFactor * bestChars)
        {
            (best, bestImages, bestChars) = fallback;
        }
        var warnings = new List<string>(HtmlDocumentLoader.NotesFor(document));
        if (best is not null) best = BlockFilter.WithoutRightsNotices(best);
        if (best is null || best.Count == 0) return new ContentResult("", "", bestImages, warnings);
        return new ContentResult(BlockAssembler.Text(best), BlockAssembler.Html(best), bestImages, warnings);
    }

    /// <summary>
    /// Last resort when every attempt came out (nearly) empty: the best-scoring candidates not named as
    /// furniture, one at a time, written without cleaning. Attempts fail this way when their choice was
    /// a furniture box the writer then drops whole (a teaser list outscoring a short text, a cookie
    /// notice), or when the story itself is mostly links (a link digest).
    /// </summary>
    private static (List<ContentBlock> Blocks, IReadOnlyList<ArticleImage> Images, int Chars)? FromPlainCandidates(ContentTree tree, Uri? baseUri, string? headline)
    {
        (List<ContentBlock>, IReadOnlyList<ArticleImage>, int)? longest = null;
        foreach (var candidate in CandidateScorer.Score(tree, ExtractionFlags.All, BoilerplateRules.FallbackCandidates))
        {
            if (HasFurnitureHint(candidate)) continue;
            // Mostly links is a list of other pages (a home page) unless the page names it its body.
            if (candidate.LinkDensity > BoilerplateRules.FallbackMaxLinkDensity && (candidate.Hint & ClassHint.BodyContainer) == 0) continue;
            var writer = ContentWriter.Write([candidate], ExtractionFlags.None, baseUri);
            var blocks = BlockFilter.Apply(writer.Blocks, headline);
            var chars = blocks.Sum(b => b.Text.Length);
            if (longest is null || chars > longest.Value.Item3) longest = (blocks, writer.Images, chars);
            if (chars >= BoilerplateRules.RetryBelowChars) break;
        }
        return longest;
    }

    /// <summary>
    /// The element whose id is the last word-slug of the page's address ("…/2019/05/14/wir-haben-bereits-die-zusage"
    /// → id="wir-haben-bereits-die-zusage") when it holds a story's worth of paragraphs, as the part of the tree to
    /// search; null when the page has none.
    /// </summary>
    private static ContentTree? OwnStory(ContentTree tree, string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var slug = uri.AbsolutePath.TrimEnd('/');
        // The address escapes what the id spells ("%C3%BCber-die-zusage" for id="über-die-zusage").
        slug = Uri.UnescapeDataString(slug[(slug.LastIndexOf('/') + 1)..]);
        if (slug.Count(c => c == '-') < BoilerplateRules.StorySlugMinHyphens) return null;
        var elements = tree.Elements;
        for (var i = 0; i < elements.Count; i++)
        {
            var node = elements[i];
            if (node == tree.Root || node.ParagraphChars < BoilerplateRules.RetryBelowChars || !string.Equals(node.Element!.Id, slug, StringComparison.OrdinalIgnoreCase)) continue;
            var end = i + 1;
            while (end < elements.Count && IsWithin(elements[end], node)) end++;
            return tree with { Root = node, Elements = elements.Skip(i).Take(end - i).ToList() };
        }
        return null;
    }

    private static bool IsWithin(ContentNode node, ContentNode ancestor)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
            if (n == ancestor) return true;
        return false;
    }

    private static bool HasFurnitureHint(ContentNode node)
    {
        for (var n = node; n is not null; n = n.Parent)
            if ((n.Hint & (ClassHint.Boilerplate | ClassHint.Unlikely)) != 0 || (n.Kind & TagKind.Chrome) != 0) return true;
        return false;
    }
}
