using System.Text;
using Lede.Bench.Common;
using Lede.Extraction;
using Lede.Extraction.Decoding;
using Lede.Extraction.Html;
using Lede.Extraction.Metadata;

namespace Lede.Bench.Extraction;

/// <summary>Prints how the extractor saw one dataset page: its top candidates, the chosen nodes and the body.</summary>
internal static class ExplainCommand
{
    public static int Run(string dataRoot, string pageId, string? find = null)
    {
        var page = new[] { "zyte-aeb-dev", "trafilatura-eval-dev" }
            .SelectMany(set => GoldReader.Read(DataPaths.Dataset(dataRoot, set)))
            .FirstOrDefault(p => p.Id.StartsWith(pageId, StringComparison.Ordinal));
        if (page is null) { Console.Error.WriteLine("no page " + pageId); return 1; }
        var options = new ExtractionOptions();
        var decoded = CharsetDecoder.Decode(GoldReader.ReadInput(page), null);
        var document = HtmlDocumentLoader.Parse(decoded.Text, page.Url, options);
        var metadata = MetadataReader.Read(document, page.Url);
        var tree = ContentTreeBuilder.Build(document)!;
        if (find is not null)
        {
            var deepest = tree.Elements.LastOrDefault(e => string.Join(' ', e.Element!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Contains(find, StringComparison.Ordinal));
            Console.WriteLine(deepest is null ? "not found in the tree" : "found in " + Describe(deepest));
            for (var a = deepest; a is not null; a = a.Parent) Console.WriteLine($"   {a.Tag} {a.Element?.ClassName} text {a.TextChars} links {a.LinkChars} para {a.ParagraphChars} hint {a.Hint} cand {a.IsCandidate}");
            return 0;
        }
        foreach (var flags in new[] { ExtractionFlags.All, ExtractionFlags.None })
        {
            Console.WriteLine($"-- flags {flags}");
            foreach (var c in CandidateScorer.Score(tree, flags))
                Console.WriteLine($"   candidate {Describe(c)} score {c.Score:F1}");
            var roots = CandidateScorer.Choose(tree, flags, metadata.JsonLdArticleBody);
            foreach (var r in roots) Console.WriteLine($"   chosen {Describe(r)}");
            var blocks = BlockFilter.Apply(ContentWriter.Write(roots, flags, null).Blocks, metadata.Headline);
            Console.WriteLine($"   => {blocks.Sum(b => b.Text.Length)} chars: {string.Join(" / ", blocks.Select(b => b.Text)).Truncate(300)}");
        }
        Console.WriteLine(new ArticleExtractor().Extract(GoldReader.ReadInput(page), new ExtractionRequest { Url = page.Url }).ArticleBody);
        return 0;
    }

    private static string Truncate(this string s, int n) => s.Length <= n ? s : s[..n] + "…";

    private static string Describe(ContentNode n)
    {
        var path = new StringBuilder();
        for (var a = n; a is not null && path.Length < 300; a = a.Parent)
            path.Insert(0, "/" + a.Tag + (a.Element?.ClassName is { Length: > 0 } cls ? "." + cls.Replace(' ', '.') : "") + (a.Element?.Id is { Length: > 0 } id ? "#" + id : ""));
        return $"{path} text {n.TextChars} links {n.LinkChars} paraChars {n.ParagraphChars} hint {n.Hint}";
    }
}
