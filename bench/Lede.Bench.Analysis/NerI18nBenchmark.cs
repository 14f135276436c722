using System.Text;
using Lede.Analysis;
using Lede.Bench.Common;
using Lede.Extraction;

namespace Lede.Bench.Analysis;

/// <summary>
/// Entities in non-English news: the rule-based tagger's mentions on hand-labelled development pages
/// (<c>bench/ner-i18n-gold.tsv</c>), scored per type by surface string within the first <see cref="WindowWords"/> words of
/// each extracted body (a multiset per page: a name written three times counts three times). Pages are split into those
/// the rules were tuned on and those nobody looked at while writing them. <c>--bodies DIR</c> writes the labelled windows
/// to DIR (outside the repository: the texts belong to their publishers) for labelling; <c>--show</c> prints each page's
/// misses and wrong guesses; <c>--split tuned</c> scores only the pages the rules may be tuned on.
/// </summary>
internal static class NerI18nBenchmark
{
    public const int WindowWords = 250;

    private sealed record Label(string Page, string Split, string Language, string Type, string Surface);

    /// <summary>
    /// How the labelled pages were chosen: in gold order, the pages of <paramref name="set"/> (trafilatura-eval-dev for ner-i18n, zyte-aeb-dev for
    /// ner-web; htmldate-eval-dev's gold has NaN values this reader refuses) whose extracted body is in
    /// <paramref name="language"/> and at least <see cref="MinCandidateWords"/> words long; the gold file takes the first
    /// ones of each set, alternating tuned and held out.
    /// </summary>
    public static int Candidates(string data, string language, string set = "trafilatura-eval-dev")
    {
        var extractor = new ArticleExtractor();
        foreach (var page in GoldReader.Read(DataPaths.Dataset(data, set)))
        {
            try
            {
                var article = extractor.Extract(GoldReader.ReadInput(page), new ExtractionRequest { Url = page.Url, Source = page.InputPath });
                var words = article.ArticleBody.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                if (article.InLanguage is { } l && l.StartsWith(language, StringComparison.OrdinalIgnoreCase) && words >= MinCandidateWords)
                    Console.WriteLine($"{set}/{page.Id}\t{l}\t{words}");
            }
            catch (InputRejectedException)
            {
            }
        }
        return 0;
    }

    private const int MinCandidateWords = 200;

    /// <summary>
    /// Prints the mentions found in the first <see cref="WindowWords"/> words of other pages (lines "set/id TAB language", as
    /// --candidates writes them): a look for wrong names on pages nobody labelled.
    /// </summary>
    public static int Peek(string data, string listFile)
    {
        var extractor = new ArticleExtractor();
        var analyzer = new ArticleAnalyzer();
        var gold = GoldReader.Read(DataPaths.Dataset(data, "trafilatura-eval-dev")).ToDictionary(p => "trafilatura-eval-dev/" + p.Id);
        foreach (var line in File.ReadLines(listFile))
        {
            var fields = line.Split('\t');
            if (!gold.TryGetValue(fields[0], out var page)) continue;
            var article = extractor.Extract(GoldReader.ReadInput(page), new ExtractionRequest { Url = page.Url, Source = page.InputPath });
            var window = Window(article.ArticleBody);
            var analysis = analyzer.Analyze(article.ArticleBody, fields.Length > 1 ? fields[1] : article.InLanguage);
            var found = analysis.Mentions.Where(m => m.End <= window).Select(m => $"{m.Type}:{m.Text}");
            Console.WriteLine($"{fields[0]}\t{string.Join(" | ", found)}");
        }
        return 0;
    }

    /// <param name="goldFile">The labels' file name under <c>bench/</c>.</param>
    /// <param name="scoredTypes">Where given, only mentions of these types are scored (a gold file that does not label MISC).</param>
    public static int Run(string data, string? bodies, bool show, string? split = null, string goldFile = "ner-i18n-gold.tsv", IReadOnlySet<string>? scoredTypes = null)
    {
        var goldPath = Path.Combine(RepoPaths.Root(), "bench", goldFile);
        var labels = File.ReadLines(goldPath).Where(l => l.Length > 0 && l[0] != '#').Select(Parse).ToList();
        // --split tuned: only the pages the rules may be tuned on, so that working on them shows nothing of the others.
        var pages = labels.Where(l => split is null || l.Split == split).GroupBy(l => l.Page).ToList();
        var extractor = new ArticleExtractor();
        var analyzer = new ArticleAnalyzer();
        var scores = new Dictionary<string, SpanScore>();
        var gold = new Dictionary<string, GoldPage>();
        foreach (var set in pages.Select(p => p.Key.Split('/')[0]).Distinct())
            foreach (var page in GoldReader.Read(DataPaths.Dataset(data, set)))
                gold[set + "/" + page.Id] = page;
        if (bodies is not null) Directory.CreateDirectory(bodies);
        foreach (var page in pages)
        {
            var first = page.First();
            var source = gold[page.Key];
            var article = extractor.Extract(GoldReader.ReadInput(source), new ExtractionRequest { Url = source.Url, Source = source.InputPath });
            var window = Window(article.ArticleBody);
            if (bodies is not null)
            {
                File.WriteAllText(Path.Combine(bodies, page.Key.Replace('/', '_') + ".txt"), $"{article.InLanguage}\n{article.ArticleBody[..window]}\n", new UTF8Encoding(false));
                continue;
            }
            var analysis = analyzer.Analyze(article.ArticleBody, first.Language);
            var predicted = analysis.Mentions.Where(m => m.End <= window && (scoredTypes is null || scoredTypes.Contains(m.Type))).Select(m => (m.Type, m.Text)).ToList();
            var expected = page.Where(l => l.Type != "-").Select(l => (l.Type, l.Surface)).ToList();
            foreach (var key in new[] { "all", first.Split, first.Split + " " + first.Language })
            {
                if (!scores.TryGetValue(key, out var score)) scores[key] = score = new SpanScore();
                score.AddSurfaces(predicted, expected);
            }
            if (show) ShowDifferences(page.Key, first.Split, predicted, expected);
        }
        if (bodies is not null)
        {
            Console.WriteLine($"wrote {pages.Count} body windows to {bodies}");
            return 0;
        }
        Console.WriteLine($"{pages.Count} hand-labelled pages ({goldPath}), mentions scored by type and surface in the first {WindowWords} words of each body");
        foreach (var (key, score) in scores.OrderBy(s => s.Key == "all" ? "" : s.Key, StringComparer.Ordinal))
            score.Print($"{key} ({pages.Count(p => key == "all" || key.StartsWith(p.First().Split, StringComparison.Ordinal) && (key == p.First().Split || key.EndsWith(" " + p.First().Language, StringComparison.Ordinal)))} pages)");
        return 0;
    }

    /// <summary>The length of the body's first <see cref="WindowWords"/> whitespace-separated words.</summary>
    public static int Window(string body)
    {
        var words = 0;
        var i = 0;
        while (i < body.Length)
        {
            while (i < body.Length && char.IsWhiteSpace(body[i])) i++;
            if (i == body.Length) break;
            if (words == WindowWords) return i;
            while (i < body.Length && !char.IsWhiteSpace(body[i])) i++;
            words++;
        }
        return body.Length;
    }

    private static void ShowDifferences(string page, string split, List<(string Type, string Text)> predicted, List<(string Type, string Text)> expected)
    {
        var missing = Subtract(expected, predicted);
        var wrong = Subtract(predicted, expected);
        if (missing.Count == 0 && wrong.Count == 0) return;
        Console.WriteLine($"{page} ({split})");
        foreach (var (type, text) in missing) Console.WriteLine($"  missed {type} {text}");
        foreach (var (type, text) in wrong) Console.WriteLine($"  wrong  {type} {text}");
    }

    private static List<(string, string)> Subtract(List<(string Type, string Text)> a, List<(string Type, string Text)> b)
    {
        var left = b.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<(string, string)>();
        foreach (var x in a)
        {
            if (left.GetValueOrDefault(x) > 0) left[x]--;
            else result.Add(x);
        }
        return result;
    }

    private static Label Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length != 5) throw new InvalidDataException("ner-i18n-gold.tsv: expected page, split, language, type, surface: " + line);
        return new Label(f[0], f[1], f[2], f[3], f[4]);
    }
}
