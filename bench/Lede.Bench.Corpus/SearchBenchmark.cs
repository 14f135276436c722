using System.Diagnostics;
using Lede.Corpus.Search;
using Lede.Corpus.Storage;

namespace Lede.Bench.Corpus;

/// <summary>
/// Search latency on a large synthetic corpus: single words, phrases and filtered queries, each
/// drawn from the same development sentences the corpus is made of (so most have matches).
/// Latency is the whole NewsCorpus.Search call: parse, rank, top-N, snippets.
/// </summary>
internal static class SearchBenchmark
{
    public static void Run(string data, string work, int documents, int queriesPerKind, string? postgres)
    {
        Console.WriteLine($"\n## Search: {documents:N0} synthetic articles composed from development texts");
        var synthetic = new SyntheticCorpus(data);
        Console.WriteLine($"sentence pool: {synthetic.Sentences.Count:N0} sentences (polnear-train-dev)");
        var clock = Stopwatch.StartNew();
        CorpusOptions options;
        if (postgres is null)
        {
            var path = Path.Combine(work, $"search-{documents}.db");
            if (!File.Exists(path)) BulkLoader.LoadSqlite(path, synthetic, documents);
            else Console.WriteLine($"  reusing {path}");
            options = new CorpusOptions { DatabasePath = path };
        }
        else
        {
            BulkLoader.LoadPostgres(postgres, synthetic, documents);
            options = new CorpusOptions { PostgresConnectionString = postgres };
        }
        Console.WriteLine($"build: {clock.Elapsed.TotalSeconds:N0} s");
        using var corpus = NewsCorpus.Open(options);
        Console.WriteLine($"store: {corpus.Description}, {corpus.Count:N0} articles, {corpus.SizeInBytes() / 1e9:N2} GB");

        var random = new Random(42);
        var frequent = MostFrequentTokens(synthetic, 100);
        string Word()
        {
            while (true)
            {
                var tokens = QueryTokenizer.Tokens(synthetic.Sentences[random.Next(synthetic.Sentences.Count)]);
                var token = tokens[random.Next(tokens.Count)];
                if (token.Length >= 4 && !frequent.Contains(token) && !token.All(char.IsDigit)) return token;
            }
        }
        string Phrase()
        {
            while (true)
            {
                var tokens = QueryTokenizer.Tokens(synthetic.Sentences[random.Next(synthetic.Sentences.Count)]);
                if (tokens.Count < 3) continue;
                var at = random.Next(tokens.Count - 1);
                if (tokens[at].Length >= 3 && tokens[at + 1].Length >= 3) return $"\"{tokens[at]} {tokens[at + 1]}\"";
            }
        }
        var entities = Enumerable.Range(0, 2000).SelectMany(n => synthetic.Article(random.Next(documents)).Entities).Select(e => e.Name).Distinct().ToList();
        SearchQuery Filtered(int i) => (i % 4) switch
        {
            0 => new SearchQuery { Text = Word(), Site = SyntheticCorpus.Site(random.Next(200)) },
            1 => DateRange(Word(), DateOnly.Parse(SyntheticCorpus.Day(random))),
            2 => new SearchQuery { Text = Word(), Entity = entities[random.Next(entities.Count)] },
            _ => new SearchQuery { Text = Word() + " " + Word(), Language = "en", Author = $"writer {random.Next(300)}" },
        };

        static SearchQuery DateRange(string word, DateOnly from) => new() { Text = word, From = from, To = from.AddDays(30) };

        var kinds = new (string Name, Func<int, SearchQuery> Make)[]
        {
            ("single word", _ => new SearchQuery { Text = Word() }),
            ("phrase", _ => new SearchQuery { Text = Phrase() }),
            ("two words (AND)", _ => new SearchQuery { Text = Word() + " " + Word() }),
            ("filtered (site | 30-day range | entity | author+lang)", Filtered),
        };
        // Warm the caches the way a running server would be warm.
        for (var i = 0; i < 20; i++) corpus.Search(new SearchQuery { Text = Word() });
        Console.WriteLine($"{"queries",-54} {"n",5} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"hits/q",7}");
        var overall = new List<double>();
        foreach (var (name, make) in kinds)
        {
            var times = new List<double>();
            long hits = 0;
            for (var i = 0; i < queriesPerKind; i++)
            {
                var query = make(i);
                var start = Stopwatch.GetTimestamp();
                hits += corpus.Search(query).Count;
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            overall.AddRange(times);
            Print(name, times, hits / (double)queriesPerKind);
        }
        Print("all", overall, double.NaN);
        Console.WriteLine("(20 results per query, snippets included; the machine is shared, so timings are noisy)");
    }

    private static void Print(string name, List<double> times, double hitsPerQuery)
    {
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"{name,-54} {times.Count,5} {At(0.5),8:N1} {At(0.95),8:N1} {At(0.99),8:N1} {times[^1],8:N1} {(double.IsNaN(hitsPerQuery) ? "" : hitsPerQuery.ToString("N1")),7}");
    }

    private static HashSet<string> MostFrequentTokens(SyntheticCorpus synthetic, int count) =>
        synthetic.Sentences.SelectMany(QueryTokenizer.Tokens).GroupBy(t => t).OrderByDescending(g => g.Count()).Take(count).Select(g => g.Key).ToHashSet();
}
