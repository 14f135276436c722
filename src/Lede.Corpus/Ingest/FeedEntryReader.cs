using System.Security.Cryptography;
using System.Text;
using Lede.Crawl;
using Lede.Crawl.Feeds;
using Lede.Extraction;

namespace Lede.Corpus.Ingest;

/// <summary>
/// Turns a feed or sitemap into documents: sitemap indexes are followed (to a depth limit), entries
/// are taken once each in document order, those ingested by an earlier run are skipped without a
/// request (unless <paramref name="refetch"/>), and the rest are fetched politely, in order.
/// A page that cannot be fetched is reported and left unmarked, so the next run tries it again.
/// </summary>
/// <param name="seenInputs">Which of these keys the corpus has marked as ingested.</param>
internal sealed class FeedEntryReader(
    PoliteFetcher web,
    Func<IReadOnlyCollection<string>, HashSet<string>> seenInputs,
    bool refetch,
    Action<string, string> problem,
    CancellationToken cancel)
{
    private const int LookupBatch = 256;

    /// <summary>Entries skipped because an earlier run ingested them.</summary>
    public int Known { get; private set; }

    /// <summary>Entries left unfetched because a feed reached <see cref="CrawlOptions.MaxPages"/>.</summary>
    public int OverLimit { get; private set; }

    public IEnumerable<IngestDocument> Read(string source, Feed feed)
    {
        foreach (var result in web.FetchAllFound(PagesToFetch(source, feed), cancel))
        {
            var entry = result.Requested.ToString();
            if (result.Page is not { } page)
            {
                problem(entry, result.Error is null ? "could not be fetched" : IngestDocumentReader.WithoutSource(entry, result.Error));
                continue;
            }
            var url = page.Url.ToString();
            yield return new IngestDocument(entry, IngestDocumentReader.InputHash(url, InputFormat.Auto, page.Content))
            {
                Bytes = page.Content, Url = url, ContentType = page.ContentType, EntryKey = EntryKey(result.Requested),
            };
        }
    }

    /// <summary>The seen-input key of a feed entry: its address (what a later run knows before fetching).</summary>
    internal static string EntryKey(Uri url)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("feed-entry\n" + url.AbsoluteUri));
        return Convert.ToHexStringLower(hash);
    }

    private IEnumerable<Uri> PagesToFetch(string source, Feed feed)
    {
        var fetched = 0;
        foreach (var chunk in Entries(source, feed).Chunk(LookupBatch))
        {
            var seen = refetch ? [] : seenInputs(chunk.Select(EntryKey).ToList());
            foreach (var url in chunk)
            {
                if (seen.Contains(EntryKey(url))) { Known++; continue; }
                if (fetched == web.Options.MaxPages) { OverLimit++; continue; }
                // Refused pages are reported here, so they do not use up the page limit.
                if (!Allowed(url)) continue;
                fetched++;
                yield return url;
            }
        }
    }

    /// <summary>The pages a feed lists, each once, sitemap indexes expanded depth first in document order.</summary>
    private IEnumerable<Uri> Entries(string source, Feed feed)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return Walk(source, feed, 0);

        IEnumerable<Uri> Walk(string where, Feed current, int level)
        {
            if (current.Kind != FeedKind.SitemapIndex)
            {
                foreach (var entry in current.Entries)
                    if (taken.Add(entry.Url.AbsoluteUri)) yield return entry.Url;
                yield break;
            }
            if (level >= web.Options.MaxSitemapDepth)
            {
                problem(where, $"sitemap indexes nest deeper than {web.Options.MaxSitemapDepth} levels; the deeper ones are not read");
                yield break;
            }
            foreach (var child in current.Entries)
            {
                if (cancel.IsCancellationRequested || !taken.Add(child.Url.AbsoluteUri)) continue;
                var inner = FetchFeed(child.Url);
                if (inner is null) continue;
                foreach (var url in Walk(child.Url.ToString(), inner, level + 1)) yield return url;
            }
        }
    }

    private bool Allowed(Uri url)
    {
        try
        {
            var robots = web.RobotsFor(url, cancel).GetAwaiter().GetResult();
            if (robots.IsAllowed(url)) return true;
            problem(url.ToString(), robots.Refusal);
            return false;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return false;
        }
    }

    private Feed? FetchFeed(Uri url)
    {
        try
        {
            var page = web.FetchFoundAsync(url, cancel).GetAwaiter().GetResult();
            return FeedReader.Read(page.Content, page.Url);
        }
        catch (Exception e) when (e is FetchException or FeedFormatException)
        {
            problem(url.ToString(), IngestDocumentReader.WithoutSource(url.ToString(), e.Message));
            return null;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }
    }
}
