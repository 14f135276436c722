using System.Globalization;
using Lede.Analysis;
using Lede.Analysis.Model;
using Lede.Analysis.Quotes;
using Lede.Bench.Common;
using Lede.Extraction;

namespace Lede.Bench.Attribution;

/// <summary>
/// Attributions on English web pages off PolNeAR's political news, against the hand labels in
/// <c>Web/attributions-en.tsv</c> (conventions in its header): each page is extracted and analysed as `lede analyze FILE`
/// would (no URL), and contents are scored like the PolNeAR bench: word-overlap F1 of content ≥ 0.5, one to one,
/// greedy by overlap; quotes that share a cue are one attribution. A page with labels counts all its predictions.
/// --tags none scores the rules without the attribution tagger. --dump-text DIR writes each labelled page's extracted body there (for labelling); --errors N lists misses and extras.
/// </summary>
internal static class WebAttributionBench
{
    private const double MatchThreshold = 0.5;

    private sealed record Label(string Page, string Kind, string Source, string[] Fragments);

    public static int Run(string dataRoot, string labelsPath, int showErrors, string? dumpFolder, ArticleAnalyzer analyzer)
    {
        var labels = File.ReadLines(labelsPath).Where(l => l.Length > 0 && l[0] != '#').Select(Parse).ToList();
        var extractor = new ArticleExtractor();
        int gold = 0, predicted = 0, matched = 0, shown = 0, pages = 0;
        var predictedByKind = new SortedDictionary<string, (int Predicted, int Matched)>(StringComparer.Ordinal);
        foreach (var group in labels.GroupBy(l => l.Page))
        {
            pages++;
            var page = group.Key;
            var path = Path.Combine(dataRoot, page[..page.IndexOf('/')], "html", page[(page.IndexOf('/') + 1)..] + ".html.gz");
            var article = extractor.Extract(GoldReader.ReadInput(new GoldPage(page, null, path, default)), new ExtractionRequest());
            var body = article.ArticleBody ?? "";
            if (dumpFolder is not null)
            {
                Directory.CreateDirectory(dumpFolder);
                File.WriteAllText(Path.Combine(dumpFolder, page[(page.IndexOf('/') + 1)..][..12] + ".txt"), body);
            }
            var analysis = analyzer.Analyze(body, article.InLanguage ?? "en");
            var predictions = analysis.Quotes.GroupBy(q => q.Cue is { } c ? (c.Start, c.End) : (-1 - q.Start, 0))
                .Select(g => g.ToList()).ToList();
            var overlap = new ContentWordOverlap(body);
            var goldLabels = group.Where(l => l.Kind != "none").ToList();
            var goldWords = goldLabels.Select(l => overlap.Words(Locate(body, l))).ToArray();
            var predictedWords = predictions.Select(p => overlap.Words(p.Select(q => (q.Start, q.End)))).ToArray();
            var pairs = new List<(double F1, int P, int G)>();
            for (var p = 0; p < predictions.Count; p++)
                for (var g = 0; g < goldWords.Length; g++)
                    if (ContentWordOverlap.F1(predictedWords[p], goldWords[g]) is var f1 && f1 >= MatchThreshold) pairs.Add((f1, p, g));
            var usedP = new bool[predictions.Count];
            var usedG = new bool[goldWords.Length];
            foreach (var (_, p, g) in pairs.OrderByDescending(x => x.F1))
            {
                if (usedP[p] || usedG[g]) continue;
                usedP[p] = usedG[g] = true;
                matched++;
            }
            gold += goldWords.Length;
            predicted += predictions.Count;
            for (var p = 0; p < predictions.Count; p++)
            {
                var kind = predictions[p].Select(q => q.Kind).Distinct().Count() == 1 ? predictions[p][0].Kind : "mixed";
                predictedByKind.TryGetValue(kind, out var t);
                predictedByKind[kind] = (t.Predicted + 1, t.Matched + (usedP[p] ? 1 : 0));
                if (!usedP[p] && shown++ < showErrors)
                    Console.WriteLine($"EXTRA {page[..24]} [{kind}] {predictions[p][0].Speaker?.Text ?? "-"} / {predictions[p][0].Cue?.Text ?? "-"} :: {Snippet(string.Join(" … ", predictions[p].Select(q => q.Text)))}");
            }
            for (var g = 0; g < goldLabels.Count; g++)
                if (!usedG[g] && shown++ < showErrors)
                    Console.WriteLine($"MISSED {page[..24]} [{goldLabels[g].Kind}] {goldLabels[g].Source} :: {Snippet(string.Join(" … ", goldLabels[g].Fragments))}");
        }

        Console.WriteLine($"Attribution on English web pages: {pages} pages, {gold} labelled attributions, {predicted} predicted ({Path.GetFileName(labelsPath)})");
        Console.WriteLine($"match: content word-overlap F1 >= {MatchThreshold}, one-to-one, greedy by overlap");
        Console.WriteLine();
        Console.WriteLine("| content | precision | recall | F1 | gold | predicted | matched |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        double precision = predicted == 0 ? 0 : (double)matched / predicted, recall = gold == 0 ? 0 : (double)matched / gold;
        var f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {precision:0.000} | {recall:0.000} | {f:0.000} | {gold} | {predicted} | {matched} |"));
        foreach (var (kind, t) in predictedByKind)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| predicted {kind} | {(t.Predicted == 0 ? 0 : (double)t.Matched / t.Predicted):0.000} | | | | {t.Predicted} | {t.Matched} |"));
        return 0;
    }

    /// <summary>Each fragment of the label found in the body (the first place after the previous fragment).</summary>
    private static IEnumerable<(int Start, int End)> Locate(string body, Label label)
    {
        var from = 0;
        foreach (var fragment in label.Fragments)
        {
            var at = body.IndexOf(fragment, from, StringComparison.Ordinal);
            if (at < 0) at = body.IndexOf(fragment, StringComparison.Ordinal);
            if (at < 0) throw new InvalidDataException($"label text not in the extracted body of {label.Page}: {fragment}");
            yield return (at, at + fragment.Length);
            from = at + fragment.Length;
        }
    }

    private static Label Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length < 4) throw new InvalidDataException("label line needs 4 tab-separated fields: " + line);
        return new Label(f[0], f[1], f[2], f[3].Split(" || "));
    }

    private static string Snippet(string text) => text.Length <= 110 ? text.Replace('\n', ' ') : text[..110].Replace('\n', ' ') + "…";
}
