using System.Text;
using System.Text.RegularExpressions;
using Lede.Analysis.Model;
using Lede.Corpus.Storage;
using Lede.Extraction.Model;

namespace Lede.Bench.Corpus;

/// <summary>
/// Synthetic articles composed from development texts (PolNeAR's plain-text articles, read at run
/// time): a headline from one sentence, a body of 5–8 sentences, with sites, dates, authors and the
/// capitalised names of its sentences as entities. Deterministic for a given seed.
/// </summary>
internal sealed partial class SyntheticCorpus
{
    [GeneratedRegex(@"\b[A-Z][a-z]{2,} [A-Z][a-z]{2,}\b")]
    private static partial Regex CapitalisedPair();

    public List<string> Sentences { get; } = [];

    public SyntheticCorpus(string data)
    {
        var folder = Path.Combine(data, "polnear-train-dev", "text");
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            foreach (var paragraph in File.ReadAllText(file).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                foreach (var sentence in paragraph.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (sentence.Length is > 40 and < 400) Sentences.Add(sentence.EndsWith('.') ? sentence : sentence + ".");
        if (Sentences.Count == 0) throw new InvalidOperationException($"no sentences found under {folder}");
    }

    public static string Site(int n) => $"site{n % 200}.example.com";

    public static string Day(Random random) => new DateOnly(2024, 1, 1).AddDays(random.Next(730)).ToString("yyyy-MM-dd");

    public ArticleRow Article(int n)
    {
        var random = new Random(n);
        var headline = string.Join(' ', Sentences[random.Next(Sentences.Count)].Split(' ').Take(12)).TrimEnd('.', ',');
        var body = new StringBuilder();
        var sentences = random.Next(5, 9);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) body.Append(i % 3 == 0 ? "\n\n" : " ");
            body.Append(Sentences[random.Next(Sentences.Count)]);
        }
        var text = body.ToString();
        var names = CapitalisedPair().Matches(text).Select(m => m.Value).Distinct().Take(5).ToList();
        var article = new NewsArticle
        {
            Url = $"https://{Site(n)}/{n}",
            Source = $"synthetic-{n}",
            Headline = headline,
            Authors = [new Person($"Writer {random.Next(300)}")],
            DatePublished = Day(random),
            InLanguage = "en",
            ArticleBody = text,
        };
        var analysis = new ArticleAnalysis([], [], names.Select((name, i) => new Entity($"e{i}", name, "PER", [], 1)).ToList(), [], []);
        return ArticleRowCodec.ToRow(article, analysis);
    }
}
