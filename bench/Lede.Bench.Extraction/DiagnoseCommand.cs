using Lede.Bench.Common;
using Lede.Extraction;
using Lede.Extraction.Decoding;
using Lede.Extraction.Html;
using Lede.Extraction.Metadata;

namespace Lede.Bench.Extraction;

/// <summary>
/// For every trafilatura-eval segment Lede misses (with --kept: every unwanted one it keeps), says where it sits: outside the chosen nodes
/// (and how far up their common ancestor is), or inside them (left out by the writer or the filter).
/// </summary>
internal static class DiagnoseCommand
{
    public static int Run(string dataRoot, bool kept = false)
    {
        var gold = GoldReader.Read(DataPaths.Dataset(dataRoot, "trafilatura-eval-dev"));
        var extractor = new ArticleExtractor();
        int outside = 0, inside = 0, notFound = 0;
        foreach (var page in gold)
        {
            var bytes = GoldReader.ReadInput(page);
            var body = SegmentMetric.Normalize(extractor.Extract(bytes, new ExtractionRequest { Url = page.Url }).ArticleBody);
            var missed = page.GetStrings(kept ? "main_text_without" : "main_text_with").Where(s => kept == body.Contains(SegmentMetric.Normalize(s), StringComparison.Ordinal)).ToList();
            if (missed.Count == 0) continue;
            var document = HtmlDocumentLoader.Parse(CharsetDecoder.Decode(bytes, null).Text, page.Url, new ExtractionOptions());
            var metadata = MetadataReader.Read(document, page.Url);
            var tree = ContentTreeBuilder.Build(document)!;
            var roots = CandidateScorer.Choose(tree, ExtractionFlags.All, metadata.JsonLdArticleBody);
            foreach (var segment in missed)
            {
                var wanted = SegmentMetric.Normalize(segment);
                var holder = tree.Elements.LastOrDefault(e => SegmentMetric.Normalize(e.Element!.TextContent).Contains(wanted, StringComparison.Ordinal));
                if (holder is null) { notFound++; Console.WriteLine($"{page.Id,-36} NOTFOUND {segment[..Math.Min(50, segment.Length)]}"); continue; }
                var root = roots.FirstOrDefault(r => IsWithin(holder, r));
                if (root is null)
                {
                    outside++;
                    var up = 0;
                    var common = roots[0];
                    while (common is not null && !IsWithin(holder, common)) { common = common.Parent; up++; }
                    Console.WriteLine($"{page.Id,-36} OUTSIDE up {up} holder {holder.Tag}.{holder.Element!.ClassName} root {roots[0].Tag}.{roots[0].Element!.ClassName} rootPara {roots[0].ParagraphChars} commonPara {common?.ParagraphChars}");
                    if (Environment.GetEnvironmentVariable("LEDE_DIAG_TREE") is not null && common?.Children is { } kids)
                    {
                        Console.WriteLine($"    segment: {segment[..Math.Min(80, segment.Length)]}");
                        foreach (var k in kids)
                        {
                            if (k.IsText) continue;
                            var mark = roots.Any(r => IsWithin(r, k)) ? "ROOT" : IsWithin(holder, k) ? "MISS" : "    ";
                            Console.WriteLine($"    {mark} {k.Tag}.{k.Element!.ClassName} #{k.Element.Id} text {k.TextChars} links {k.LinkChars} para {k.ParagraphChars} hint {k.Hint} | {SegmentMetric.Normalize(k.Element.TextContent)[..Math.Min(70, SegmentMetric.Normalize(k.Element.TextContent).Length)]}");
                        }
                    }
                }
                else
                {
                    inside++;
                    var chain = new List<string>();
                    for (var a = holder; a is not null && a != root; a = a.Parent) chain.Add($"{a.Tag}.{a.Element!.ClassName}[{a.Hint}]");
                    Console.WriteLine($"{page.Id,-36} INSIDE {string.Join(" < ", chain)}");
                }
            }
        }
        Console.WriteLine($"missed segments: outside the chosen nodes {outside}, inside {inside}, not in the tree {notFound}");
        return 0;
    }

    private static bool IsWithin(ContentNode node, ContentNode ancestor)
    {
        for (var a = node; a is not null; a = a.Parent) if (a == ancestor) return true;
        return false;
    }
}
