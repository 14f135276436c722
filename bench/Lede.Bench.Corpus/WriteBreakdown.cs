using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Bench.Common;
using Lede.Corpus.Search.Index;
using Lede.Corpus.Storage;
using Lede.Corpus.Stories;
using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Bench.Corpus;

/// <summary>
/// Where the write path's CPU goes, stage by stage on one thread, for the articles of an export
/// (JSON Lines in Lede's output schema, e.g. the ingest benchmark's export.jsonl with --keep):
/// building rows (record JSON, hashes), the SQLite inserts, the Lucene index, and story clustering.
/// </summary>
internal static class WriteBreakdown
{
    public static void Run(string export, string work, int rounds)
    {
        var articles = File.ReadLines(export).Select(line =>
        {
            var json = JsonNode.Parse(line)!.AsObject();
            return (Article: json.Deserialize<NewsArticle>(ArticleJson.Compact)!, Analysis: Lede.Analysis.Model.AnalysisJson.Read(json));
        }).ToList();
        Console.WriteLine($"\n## Write path by stage: {articles.Count:N0} articles of {export}, {rounds} rounds, load {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var round = 0; round < rounds; round++)
        {
            var start = ThreadCpuClock.Now();
            var rows = articles.Select((a, i) => ArticleRowCodec.ToRow(a.Article with { Url = $"{a.Article.Url}#{round}-{i}" }, a.Analysis)).ToList();
            var rowTime = ThreadCpuClock.Now() - start;

            var path = Path.Combine(work, $"breakdown-{round}.db");
            foreach (var old in Directory.GetFiles(work, $"breakdown-{round}.*")) File.Delete(old);
            if (Directory.Exists(Path.Combine(work, $"breakdown-{round}.search"))) Directory.Delete(Path.Combine(work, $"breakdown-{round}.search"), recursive: true);
            var indexed = new List<IndexedArticle>();
            using (var store = new SqliteCorpusStore(path))
            {
                start = ThreadCpuClock.Now();
                foreach (var chunk in rows.Chunk(256))
                {
                    // The store without its index: the batch's commit callback is not the index here.
                    using var batch = new SqliteWriteBatch(store.WriteConnection, indexed.AddRange);
                    foreach (var row in chunk) batch.Add(row);
                    batch.Commit();
                }
            }
            var storeTime = ThreadCpuClock.Now() - start;

            start = ThreadCpuClock.Now();
            using (var index = new ArticleSearchIndex(Path.Combine(work, $"breakdown-{round}.search"), "bench", (after, count) =>
                       indexed.Where(a => a.Id > after).Take(count).ToList()))
                index.CatchUp();
            var indexTime = ThreadCpuClock.Now() - start;
            // The stories stage alone (what StoryFollower does per article, without the duplicate detector), with
            // its default settings and with the merge step off, to show what merging costs.
            TimeSpan StoriesTime(StoryClustererOptions options)
            {
                var clusterer = new StoryClusterer(options);
                var begin = ThreadCpuClock.Now();
                for (var i = 0; i < articles.Count; i++) clusterer.Add(StoryDocument.From($"{round}-{i}", articles[i].Article, articles[i].Analysis));
                return ThreadCpuClock.Now() - begin;
            }
            var storiesTime = StoriesTime(new StoryClustererOptions());
            var unmergedTime = StoriesTime(new StoryClustererOptions { MergeThreshold = 2 });
            double PerArticle(TimeSpan t) => t.TotalMilliseconds / rows.Count;
            Console.WriteLine($"round {round + 1}: rows {PerArticle(rowTime):N2} ms, SQLite {PerArticle(storeTime):N2} ms, Lucene {PerArticle(indexTime):N2} ms, " +
                $"stories {PerArticle(storiesTime):N2} ms (merge step off: {PerArticle(unmergedTime):N2} ms) per article (thread CPU)");
        }
    }
}
