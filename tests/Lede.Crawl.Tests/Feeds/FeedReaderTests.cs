using System.IO.Compression;
using System.Text;
using Lede.Crawl.Feeds;

namespace Lede.Crawl.Tests.Feeds;

public sealed class FeedReaderTests
{
    private static readonly Uri FeedUrl = new("https://news.example.org/feeds/world.xml");

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Rss_entries_keep_document_order_resolve_relative_links_and_survive_bad_dates()
    {
        var feed = FeedReader.Read(Bytes("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>World  news</title><link>https://news.example.org/</link>
              <item><title>Harbour reopens</title><link>/world/harbour-reopens</link><pubDate>Wed, 05 Mar 2025 14:30:00 EST</pubDate></item>
              <item><title>Only a permalink</title><guid isPermaLink="true">https://news.example.org/world/permalink</guid></item>
              <item><title>Broken date</title><link>https://news.example.org/world/broken-date</link><pubDate>Someday in spring</pubDate></item>
              <item><title>Not a page</title><link>mailto:desk@example.org</link></item>
              <item><title>An id, not an address</title><guid isPermaLink="false">12345</guid></item>
            </channel></rss>
            """), FeedUrl);

        Assert.Equal(FeedKind.Rss, feed.Kind);
        Assert.Equal("World news", feed.Title);
        Assert.Equal(
            ["https://news.example.org/world/harbour-reopens", "https://news.example.org/world/permalink", "https://news.example.org/world/broken-date"],
            feed.Entries.Select(e => e.Url.AbsoluteUri));
        Assert.Equal("Harbour reopens", feed.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 19, 30, 0, TimeSpan.Zero), feed.Entries[0].Published!.Value.ToUniversalTime());
        Assert.Null(feed.Entries[2].Published);
        Assert.Equal(2, feed.Skipped);
    }

    [Theory]
    [InlineData("<rss version=\"0.91\">")]
    [InlineData("<rss>")]
    public void Older_and_unversioned_rss_reads_like_rss_2(string opening)
    {
        var feed = FeedReader.Read(Bytes(opening + "<channel><title>Old desk</title><item><title>Flood warning</title><link>https://news.example.org/flood</link></item></channel></rss>"));

        Assert.Equal("Old desk", feed.Title);
        Assert.Equal("https://news.example.org/flood", Assert.Single(feed.Entries).Url.AbsoluteUri);
    }

    [Fact]
    public void Atom_takes_the_alternate_link_not_the_others()
    {
        var feed = FeedReader.Read(Bytes("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2025-03-05T10:00:00Z</updated>
              <entry><title>Vote counted</title><id>urn:1</id><updated>2025-03-05T09:00:00Z</updated><published>2025-03-04T08:15:00+01:00</published>
                <link rel="enclosure" href="https://cdn.example.org/photo.jpg"/><link rel="alternate" href="https://news.example.org/vote"/></entry>
            </feed>
            """), FeedUrl);

        Assert.Equal(FeedKind.Atom, feed.Kind);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("https://news.example.org/vote", entry.Url.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 7, 15, 0, TimeSpan.Zero), entry.Published!.Value.ToUniversalTime());
    }

    [Fact]
    public void Rss1_rdf_items_are_read_with_dublin_core_dates()
    {
        var feed = FeedReader.Read(Bytes("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example.org/"><title>Regional desk</title><link>https://news.example.org/</link></channel>
              <item rdf:about="https://news.example.org/a"><title>Bridge closed</title><link>https://news.example.org/a</link><dc:date>2025-03-05T06:00:00Z</dc:date></item>
              <item rdf:about="https://news.example.org/b"><title>Ferry delayed</title></item>
            </rdf:RDF>
            """), FeedUrl);

        Assert.Equal(FeedKind.RssRdf, feed.Kind);
        Assert.Equal("Regional desk", feed.Title);
        Assert.Equal(["https://news.example.org/a", "https://news.example.org/b"], feed.Entries.Select(e => e.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 6, 0, 0, TimeSpan.Zero), feed.Entries[0].Published);
        Assert.Equal("Ferry delayed", feed.Entries[1].Title);
    }

    [Fact]
    public void Json_feed_items_use_url_then_external_url()
    {
        var feed = FeedReader.Read(Bytes("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": [
              {"id": "1", "url": "https://news.example.org/one", "title": "One", "date_published": "2025-03-05T12:00:00-05:00"},
              {"id": "2", "external_url": "/two"},
              {"id": "3"}
            ]}
            """), FeedUrl);

        Assert.Equal(FeedKind.JsonFeed, feed.Kind);
        Assert.Equal(["https://news.example.org/one", "https://news.example.org/two"], feed.Entries.Select(e => e.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 17, 0, 0, TimeSpan.Zero), feed.Entries[0].Published!.Value.ToUniversalTime());
        Assert.Equal(1, feed.Skipped);
    }

    [Fact]
    public void News_sitemaps_give_titles_and_publication_dates_and_indexes_list_sitemaps()
    {
        var sitemap = FeedReader.Read(Bytes("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example.org/storm</loc><lastmod>2025-03-07</lastmod>
                <news:news><news:publication><news:name>Example News</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2025-03-05T08:00:00Z</news:publication_date><news:title>Storm reaches the coast</news:title></news:news></url>
              <url><loc> https://news.example.org/plain </loc></url>
            </urlset>
            """), FeedUrl);
        var index = FeedReader.Read(Bytes("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example.org/sitemap-1.xml</loc></sitemap><sitemap><loc>/sitemap-2.xml.gz</loc></sitemap>
            </sitemapindex>
            """), FeedUrl);

        Assert.Equal(FeedKind.Sitemap, sitemap.Kind);
        Assert.Equal(["https://news.example.org/storm", "https://news.example.org/plain"], sitemap.Entries.Select(e => e.Url.AbsoluteUri));
        Assert.Equal("Storm reaches the coast", sitemap.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 8, 0, 0, TimeSpan.Zero), sitemap.Entries[0].Published);
        Assert.Null(sitemap.Entries[1].Published);
        Assert.Equal(FeedKind.SitemapIndex, index.Kind);
        Assert.Equal(["https://news.example.org/sitemap-1.xml", "https://news.example.org/sitemap-2.xml.gz"], index.Entries.Select(e => e.Url.AbsoluteUri));
    }

    [Fact]
    public void Gzipped_sitemaps_are_read_and_a_gzip_bomb_stops_at_the_limit()
    {
        var sitemap = Gzip(Bytes("<urlset><url><loc>https://news.example.org/a</loc></url></urlset>"));
        Assert.True(FeedReader.IsFeed(sitemap));
        Assert.Equal("https://news.example.org/a", Assert.Single(FeedReader.Read(sitemap).Entries).Url.AbsoluteUri);

        // A sitemap that inflates past the limit: spaces after the root compress to almost nothing.
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write("<urlset>"u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < FeedReader.MaxBytes / spaces.Length + 2; i++) gzip.Write(spaces);
        }
        var bomb = packed.ToArray();
        Assert.True(bomb.Length < FeedReader.MaxBytes / 100);
        var error = Assert.Throws<FeedFormatException>(() => FeedReader.Read(bomb));
        Assert.Contains("inflates to more than", error.Message);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>A page</title></head><body><p>Text</p></body></html>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>XHTML</p></body></html>")]
    [InlineData("<p>unclosed <b>markup")]
    [InlineData("{\"headline\": \"an article in JSON, not a feed\"}")]
    [InlineData("")]
    public void Pages_and_other_documents_are_not_feeds(string text)
    {
        Assert.False(FeedReader.IsFeed(Bytes(text)));
        Assert.Throws<FeedFormatException>(() => FeedReader.Read(Bytes(text)));
    }

    [Fact]
    public void Entity_expansion_attacks_are_refused_not_expanded()
    {
        var laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss version="2.0"><channel><title>&lol3;</title><item><link>https://news.example.org/a</link></item></channel></rss>
            """;
        var error = Assert.Throws<FeedFormatException>(() => FeedReader.Read(Bytes(laughs)));
        Assert.Contains("broken XML", error.Message);
    }

    [Fact]
    public void Broken_xml_says_where()
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedReader.Read(Bytes("<rss version=\"2.0\"><channel>\n<item><link>https://a.example/</link></channel></rss>")));
        Assert.Contains("line 2", error.Message);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public void Hundred_thousand_deep_xml_nesting_inside_an_entry_is_read_past(string format)
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000));
        var text = format == "rss"
            ? $"<rss><channel><item><link>https://news.example.org/a</link>{deep}</item></channel></rss>"
            : $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:t</id><updated>2025-03-05T10:00:00Z</updated><entry><id>urn:1</id><title>A</title><updated>2025-03-05T10:00:00Z</updated><link href=\"https://news.example.org/a\"/>{deep}</entry></feed>";

        Assert.Equal("https://news.example.org/a", Assert.Single(FeedReader.Read(Bytes(text)).Entries).Url.AbsoluteUri);
    }

    [Fact]
    public void Hundred_thousand_deep_json_nesting_is_refused_with_a_message()
    {
        var text = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"url\": \"https://news.example.org/a\", \"x\": " + new string('[', 100_000) + new string(']', 100_000) + "}]}";

        var error = Assert.Throws<FeedFormatException>(() => FeedReader.Read(Bytes(text)));

        Assert.Contains("maximum configured depth", error.Message);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
        return output.ToArray();
    }
}
