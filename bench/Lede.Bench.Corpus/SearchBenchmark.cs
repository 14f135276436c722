using Lede.Bench.Common;
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
        if (corpus.Store is SqliteCorpusStore sqlite)
        {
            clock.Restart();
            sqlite.UpdateSearchIndex();
            Console.WriteLine($"search index (Lucene, beside the database) brought up to date in {clock.Elapsed.TotalSeconds:N0} s");
        }
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
        // Warm the caches and the JIT (every kind's code path) the way a running server would be warm.
        foreach (var (_, make) in kinds)
            for (var i = 0; i < 20; i++) corpus.Search(make(i));
        Console.WriteLine($"{"queries",-52} {"n",4} | {"wall p50",8} {"p95",7} {"max",7} | {"CPU p50",8} {"p95",7} {"max",7} ms | {"hits/q",6}");
        var overallWall = new List<double>();
        var overallCpu = new List<double>();
        foreach (var (name, make) in kinds)
        {
            var wall = new List<double>();
            var cpu = new List<double>();
            long hits = 0;
            var ticks = (corpus.Store as SqliteCorpusStore)?.SearchTicks ?? default;
            var slowest = new List<(double Cpu, SearchQuery Query, int Hits)>();
            for (var i = 0; i < queriesPerKind; i++)
            {
                var query = make(i);
                var cpuStart = ThreadCpuClock.Now();
                var start = Stopwatch.GetTimestamp();
                var found = corpus.Search(query).Count;
                hits += found;
                wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu.Add((ThreadCpuClock.Now() - cpuStart).TotalMilliseconds);
                slowest.Add((cpu[^1], query, found));
            }
            overallWall.AddRange(wall);
            overallCpu.AddRange(cpu);
            Print(name, wall, cpu, hits / (double)queriesPerKind);
            if (corpus.Store is SqliteCorpusStore store)
                Console.WriteLine($"{"",-52}      (wall ms per query: ranking {Stopwatch.GetElapsedTime(0, store.SearchTicks.Rank - ticks.Rank).TotalMilliseconds / queriesPerKind:N1}, " +
                    $"snippets {Stopwatch.GetElapsedTime(0, store.SearchTicks.Snippets - ticks.Snippets).TotalMilliseconds / queriesPerKind:N1})");
            // The tail, to see what makes it: the three slowest queries of the kind.
            foreach (var (ms, query, found) in slowest.OrderByDescending(s => s.Cpu).Take(3))
                Console.WriteLine($"{"",-52}      slow: {ms:N1} ms CPU, {found} hits: {query with { Limit = query.Limit }}");
        }
        Print("all", overallWall, overallCpu, double.NaN);
        Console.WriteLine("(20 results per query, snippets included. Wall time includes waiting for a core on a shared machine;");
        Console.WriteLine(" CPU time is the query's own cost on the calling thread — for PostgreSQL the server's work is not in it.)");
    }

    private static void Print(string name, List<double> wall, List<double> cpu, double hitsPerQuery)
    {
        wall.Sort();
        cpu.Sort();
        static double At(List<double> times, double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"{name,-52} {wall.Count,4} | {At(wall, 0.5),8:N1} {At(wall, 0.95),7:N1} {wall[^1],7:N1} | {At(cpu, 0.5),8:N1} {At(cpu, 0.95),7:N1} {cpu[^1],7:N1}    | {(double.IsNaN(hitsPerQuery) ? "" : hitsPerQuery.ToString("N1")),6}");
    }

    private static HashSet<string> MostFrequentTokens(SyntheticCorpus synthetic, int count) =>
        synthetic.Sentences.SelectMany(QueryTokenizer.Tokens).GroupBy(t => t).OrderByDescending(g => g.Count()).Take(count).Select(g => g.Key).ToHashSet();
}
