using System.Diagnostics;
using Lede.Bench.Common;
using Lede.Extraction;
using Lede.Extraction.Decoding;
using Lede.Extraction.Html;
using Lede.Extraction.Metadata;
using Lede.Extraction.Output;
namespace Lede.Bench.Extraction;
/// <summary>Milliseconds per page spent in each stage (decode, parse, metadata, light tree, extraction, JSON) over trafilatura-eval-dev.</summary>
internal static class PhaseTimingCommand
{
    public static int Run(string dataRoot)
    {
        var pages = GoldReader.Read(DataPaths.Dataset(dataRoot, "trafilatura-eval-dev")).Select(p => (p.Url, Bytes: GoldReader.ReadInput(p))).ToList();
        var t = new double[7]; var o = new ExtractionOptions();
        for (var round = 0; round < 2; round++)
        {
            Array.Clear(t);
            foreach (var (url, bytes) in pages)
            {
                var c = Stopwatch.StartNew();
                var text = CharsetDecoder.Decode(bytes, null).Text; t[0] += c.Elapsed.TotalMilliseconds; c.Restart();
                var doc = HtmlDocumentLoader.Parse(text, url, o); t[1] += c.Elapsed.TotalMilliseconds; c.Restart();
                var meta = MetadataReader.Read(doc, url); t[2] += c.Elapsed.TotalMilliseconds; c.Restart();
                var tree = ContentTreeBuilder.Build(doc)!; t[3] += c.Elapsed.TotalMilliseconds; c.Restart();
                var content = ContentExtractor.Extract(doc, meta, o); t[4] += c.Elapsed.TotalMilliseconds; c.Restart();
                var json = ArticleJson.Serialize(MetadataReader.Complete(meta, content, doc)); t[5] += c.Elapsed.TotalMilliseconds;
            }
        }
        string[] names = ["decode", "parse", "metadata", "tree", "extract(incl tree)", "json"];
        for (var i = 0; i < 6; i++) Console.WriteLine($"{names[i],-20} {t[i] / pages.Count:F3} ms/page");
        return 0;
    }
}
