using System.Globalization;
using System.Text;
using Lede.Analysis;
using Lede.Analysis.Model;
using Lede.Bench.Common;
using Lede.Extraction;

namespace Lede.Bench.Attribution;

/// <summary>
/// Direct quotes and speakers in German, French and Spanish pages against the hand labels in
/// <c>Languages/quotes-de-fr-es.tsv</c>: each page is extracted and analysed as `lede analyze FILE` would (no URL given, as when the labels were written); a predicted quote
/// matches a labelled one (one to one, in text order) when its text holds the labelled opening words. Prints quote
/// precision, recall and F1 and speaker-name accuracy per language, for the tuning pages and the held-out ones apart.
/// </summary>
internal static class LanguageQuoteBench
{
    private sealed record Label(string Language, string Split, string Page, string Kind, string[] Opening, string SpeakerText, string[] Names);

    private sealed class Tally
    {
        public int Gold, Predicted, Matched, NamesChecked, NamesRight, DirectGold, DirectMatched;

        public void Add(Tally other)
        {
            Gold += other.Gold; Predicted += other.Predicted; Matched += other.Matched;
            NamesChecked += other.NamesChecked; NamesRight += other.NamesRight;
            DirectGold += other.DirectGold; DirectMatched += other.DirectMatched;
        }
    }

    public static int Run(string dataRoot, string labelsPath, int showErrors, bool heldOutErrors = false)
    {
        var labels = File.ReadLines(labelsPath).Where(l => l.Length > 0 && l[0] != '#').Select(Parse).ToList();
        var extractor = new ArticleExtractor();
        var analyzer = new ArticleAnalyzer();
        var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var shown = 0;
        long analysisTicks = 0;
        var pages = 0;
        foreach (var group in labels.GroupBy(l => l.Page))
        {
            var first = group.First();
            if (group.Any(l => l.Split != first.Split)) throw new InvalidDataException($"page {first.Page} is labelled in both splits");
            var set = first.Page[..first.Page.IndexOf('/')];
            var path = Path.Combine(dataRoot, set, "html", first.Page[(first.Page.IndexOf('/') + 1)..]);
            var input = GoldReader.ReadInput(new GoldPage(first.Page, null, path, default));
            var article = extractor.Extract(input, new ExtractionRequest());
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var analysis = analyzer.Analyze(article.ArticleBody ?? "", article.InLanguage ?? first.Language);
            analysisTicks += System.Diagnostics.Stopwatch.GetTimestamp() - started;
            pages++;
            var tally = new Tally { Predicted = analysis.Quotes.Count };
            // Errors are listed for the tuning pages only unless asked: the held-out pages stay unseen while rules are tuned.
            var listErrors = showErrors > 0 && (heldOutErrors || first.Split == "tune");
            // A "none" line lists a page read and found to hold no tagged quote: it adds predictions, not labels.
            var gold = group.Where(l => l.Kind != "none").ToList();
            tally.Gold = gold.Count;
            tally.DirectGold = gold.Count(g => g.Kind == "direct");
            var used = new bool[analysis.Quotes.Count];
            foreach (var label in gold)
            {
                var match = -1;
                for (var p = 0; p < analysis.Quotes.Count && match < 0; p++)
                    if (!used[p] && Holds(Words(analysis.Quotes[p].Text), label.Opening)) match = p;
                if (match < 0)
                {
                    if (listErrors && shown++ < showErrors) Console.WriteLine($"MISS {label.Language} {label.Page} [{string.Join(' ', label.Opening)}] {label.SpeakerText}");
                    continue;
                }
                used[match] = true;
                tally.Matched++;
                if (label.Kind == "direct") tally.DirectMatched++;
                if (label.Names is [var only] && only == "-") continue;
                tally.NamesChecked++;
                var name = analysis.Quotes[match].Speaker?.Name;
                if (name is not null && label.Names.Contains(name, StringComparer.Ordinal)) tally.NamesRight++;
                else if (listErrors && shown++ < showErrors)
                    Console.WriteLine($"NAME {label.Language} {label.Page} [{string.Join(' ', label.Opening)}] want {string.Join('|', label.Names)} got {name ?? "(none)"} ({analysis.Quotes[match].Speaker?.Text})");
            }
            for (var p = 0; p < used.Length; p++)
                if (!used[p] && listErrors && shown++ < showErrors)
                    Console.WriteLine($"EXTRA {first.Language} {first.Page} {Snippet(analysis.Quotes[p].Text)} / {analysis.Quotes[p].Speaker?.Text} = {analysis.Quotes[p].Speaker?.Name}");
            foreach (var key in new[] { $"{first.Language} {first.Split}", $"{first.Language} all", $"all {first.Split}", "all all" })
            {
                if (!tallies.TryGetValue(key, out var total)) tallies[key] = total = new Tally();
                total.Add(tally);
            }
        }

        Console.WriteLine($"Direct quotes and speakers in other languages: {labels.Count(l => l.Kind != "none")} labelled quotes on {labels.Select(l => l.Page).Distinct().Count()} pages ({Path.GetFileName(labelsPath)})");
        Console.WriteLine("match: the predicted quote's words hold the labelled opening words; one to one");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"analysis (sentences and speech-tag quotes, first pass incl. warm-up): {analysisTicks * 1000.0 / System.Diagnostics.Stopwatch.Frequency / pages:0.00} ms per page"));
        Console.WriteLine();
        Console.WriteLine("| language | pages | precision | recall | F1 | direct recall | speaker name | gold | predicted | matched |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (key, t) in tallies)
        {
            double precision = t.Predicted == 0 ? 0 : (double)t.Matched / t.Predicted, recall = t.Gold == 0 ? 0 : (double)t.Matched / t.Gold;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {key.Split(' ')[0]} | {key.Split(' ')[1]} | {precision:0.000} | {recall:0.000} | {f1:0.000} | {Ratio(t.DirectMatched, t.DirectGold)} | {Ratio(t.NamesRight, t.NamesChecked)} | {t.Gold} | {t.Predicted} | {t.Matched} |"));
        }
        return 0;
    }

    private static string Ratio(int right, int all) => all == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)right / all:0.000} ({right}/{all})");

    private static Label Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length < 7) throw new InvalidDataException("label line needs 7 tab-separated fields: " + line);
        return new Label(f[0], f[1], f[2], f[3], Words(f[4]), f[5], f[6].Split('|'));
    }

    /// <summary>Lower-case runs of letters and digits: quote marks, punctuation and apostrophes do not count.</summary>
    private static string[] Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return [.. words];
    }

    private static bool Holds(string[] words, string[] opening)
    {
        for (var i = 0; i + opening.Length <= words.Length; i++)
            if (words.AsSpan(i, opening.Length).SequenceEqual(opening)) return true;
        return false;
    }

    private static string Snippet(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
