using System.Diagnostics;
using System.Text;
using Lede.Crawl;
using Lede.Crawl.Feeds;
using Lede.Crawl.Tests;

namespace Lede.Bench.Corpus;

/// <summary>
/// Feeds and sitemaps: how fast each format is read (MB/s, entries/s, bytes allocated per entry) on
/// generated documents of realistic size, then a feed ingested end to end from a loopback web server
/// (robots.txt, one request at a time to the site, no pause) serving the development pages: once answering
/// at once, then from one and from several sites some milliseconds away, where reading ahead lets fetching
/// overlap with extraction.
/// </summary>
internal static class FeedBenchmark
{
    public static void Run(string data, string work, int pages, int rounds, int latencyMs, int sites)
    {
        Console.WriteLine($"\n## Feeds: reading speed ({rounds} rounds, best round), then a feed of {pages:N0} development pages ingested from a loopback server");
        Console.WriteLine($"load average at start: {IngestBenchmark.LoadAverage()}");
        foreach (var (name, bytes) in Documents())
        {
            var entries = FeedReader.Read(bytes).Entries.Count;
            var best = TimeSpan.MaxValue;
            long allocated = 0;
            for (var round = 0; round < rounds; round++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                FeedReader.Read(bytes);
                clock.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (clock.Elapsed < best) best = clock.Elapsed;
            }
            Console.WriteLine($"  {name,-34} {bytes.Length / 1e6,6:N1} MB, {entries,6:N0} entries: {bytes.Length / 1e6 / best.TotalSeconds,6:N0} MB/s, " +
                $"{entries / best.TotalSeconds,9:N0} entries/s, {allocated / Math.Max(1, entries):N0} bytes allocated per entry");
        }
        IngestFeed(data, work, pages, latencyMs, sites);
        Console.WriteLine($"load average at end: {IngestBenchmark.LoadAverage()}");
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Documents()
    {
        static string Url(int i) => $"https://news.example.org/{2025 - i % 3}/{i % 12 + 1:00}/story-{i}";
        const string Summary = "Officials said on Tuesday that the harbour would reopen once crews had cleared the debris left by the storm, " +
                               "and that ferries would run on a reduced timetable until the end of the week.";
        var rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Desk</title>");
        for (var i = 0; i < 1_000; i++)
            rss.Append($"<item><title>Story {i} about the harbour</title><link>{Url(i)}</link><guid>{Url(i)}</guid><pubDate>Wed, 05 Mar 2025 14:{i % 60:00}:00 GMT</pubDate><description><![CDATA[<p>{Summary}</p>]]></description></item>");
        yield return ("RSS 2.0, 1,000 items with summaries", Encoding.UTF8.GetBytes(rss.Append("</channel></rss>").ToString()));
        var atom = new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Desk</title><id>urn:desk</id><updated>2025-03-05T10:00:00Z</updated>");
        for (var i = 0; i < 1_000; i++)
            atom.Append($"<entry><title>Story {i}</title><id>urn:story:{i}</id><updated>2025-03-05T10:{i % 60:00}:00Z</updated><link rel=\"alternate\" href=\"{Url(i)}\"/><summary>{Summary}</summary></entry>");
        yield return ("Atom 1.0, 1,000 entries with summaries", Encoding.UTF8.GetBytes(atom.Append("</feed>").ToString()));
        var sitemap = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        for (var i = 0; i < 50_000; i++)
            sitemap.Append($"<url><loc>{Url(i)}</loc><lastmod>2025-03-05</lastmod><news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication><news:publication_date>2025-03-05T08:00:00Z</news:publication_date><news:title>Story {i}</news:title></news:news></url>");
        yield return ("news sitemap, 50,000 URLs (the most)", Encoding.UTF8.GetBytes(sitemap.Append("</urlset>").ToString()));
    }

    private static void IngestFeed(string data, string work, int count, int latencyMs, int sites)
    {
        var pages = IngestBenchmark.DevelopmentPages(data);
        // Each loopback server is a site of its own (its own port): one request at a time to each.
        var servers = Enumerable.Range(0, Math.Max(1, sites)).Select(_ => new LocalWebServer()).ToList();
        try
        {
            long bytes = 0;
            for (var i = 0; i < count; i++)
            {
                var page = Encoding.UTF8.GetBytes(pages[i % pages.Count]);
                bytes += page.Length;
                foreach (var server in servers) server.Answer($"/page-{i}", page, "text/html; charset=utf-8");
            }
            var analyzer = new Lede.Analysis.ArticleAnalyzer();
            analyzer.Analyze("Warm-up sentence by Ada Example in Lisbon.");
            var noPause = new CrawlOptions { Delay = TimeSpan.Zero };
            (int Sites, int Latency)[] runs = latencyMs > 0 ? [(1, 0), (1, latencyMs), (servers.Count, latencyMs)] : [(1, 0)];
            foreach (var (siteCount, latency) in runs.Distinct())
            {
                // The pages of the feed, spread over the sites in turn.
                var urls = Enumerable.Range(0, count).Select(i => servers[i % siteCount].At($"/page-{i}")).ToList();
                var feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Development pages</title>");
                foreach (var url in urls) feed.Append($"<item><link>{url}</link></item>");
                var feedPath = $"/feed-{siteCount}.xml";
                servers[0].Answer(feedPath, feed.Append("</channel></rss>").ToString(), "application/rss+xml");
                foreach (var server in servers) server.Latency = TimeSpan.FromMilliseconds(latency);
                var where = (siteCount == 1 ? "one site" : $"{siteCount} sites") + (latency == 0 ? " answering at once" : $" {latency} ms away");
                // Fetching alone first: what the servers and the polite fetcher cost without extraction.
                var fetchClock = Stopwatch.StartNew();
                using (var fetcher = new PoliteFetcher(noPause))
                {
                    var fetched = fetcher.FetchAllFound(urls).Count(r => r.Page is not null);
                    Console.WriteLine($"  {where}, fetching alone: {fetched:N0} pages in {fetchClock.Elapsed.TotalSeconds:N1} s → {fetched / fetchClock.Elapsed.TotalSeconds:N0} pages/s");
                }
                using var corpus = NewsCorpus.Open(new CorpusOptions { DatabasePath = Path.Combine(work, $"feed-{siteCount}-{latency}.db") });
                var clock = Stopwatch.StartNew();
                var report = corpus.Ingest([servers[0].At(feedPath).ToString()], a => analyzer.Analyze(a.ArticleBody, a.InLanguage), crawl: noPause);
                clock.Stop();
                Console.WriteLine($"  {where}, feed ingest, no pause: {report.Documents:N0} pages ({bytes / 1e6:N1} MB) in {clock.Elapsed.TotalSeconds:N1} s → " +
                    $"{report.Documents / clock.Elapsed.TotalSeconds:N0} pages/s, {bytes / 1e6 / clock.Elapsed.TotalSeconds:N1} MB/s; stored {report.Stored:N0}, failed {report.Failed:N0}");
                if (latency != 0) continue;
                clock.Restart();
                var again = corpus.Ingest([servers[0].At(feedPath).ToString()], crawl: noPause);
                Console.WriteLine($"  the same feed again: {again.KnownEntries:N0} entries known, {again.Documents:N0} pages fetched, {clock.Elapsed.TotalMilliseconds:N0} ms");
            }
        }
        finally
        {
            foreach (var server in servers) server.Dispose();
        }
    }
}
