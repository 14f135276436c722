using System.IO.Compression;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Lede.Extraction.Addresses;

namespace Lede.Crawl.Feeds;

/// <summary>
/// Reads the documents that list article addresses: Atom 1.0 (through System.ServiceModel.Syndication,
/// with lenient dates and links), RSS 0.9x to 2.0 and RSS 1.0, JSON Feed, sitemaps and sitemap indexes
/// (with the Google News extension), plain or gzipped. XML is read without DTDs or
/// external resources, and gzipped input is decompressed only up to a limit, so a hostile feed
/// cannot expand entities or inflate without bound.
/// </summary>
public static class FeedReader
{
    /// <summary>The most bytes a (decompressed) feed may hold: the sitemap protocol's 50 MB, with room.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The most entries read from one document (the sitemap protocol allows 50,000).</summary>
    public const int MaxEntries = 50_000;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = MaxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>
    /// Whether the bytes are a feed or sitemap rather than a page: decided by the document's root
    /// (rss, RDF, Atom feed, urlset, sitemapindex) or JSON Feed's version marker, never by the
    /// Content-Type alone, which servers often get wrong.
    /// </summary>
    public static bool IsFeed(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            var head = IsGzip(content) ? Decompress(content, 64 * 1024, throwWhenLarger: false) : content;
            return head.Length > 0 && (RootKind(head, sniffing: true) is not null || IsJsonFeed(head));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return false;
        }
    }

    /// <summary>Reads a feed or sitemap; relative addresses are resolved against <paramref name="baseUrl"/>.</summary>
    /// <exception cref="FeedFormatException">The bytes are not a feed or sitemap this reader knows, or are broken.</exception>
    public static Feed Read(byte[] content, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes;
        try
        {
            bytes = IsGzip(content) ? Decompress(content, MaxBytes, throwWhenLarger: true) : content;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new FeedFormatException($"the gzipped feed is broken: {e.Message}", e);
        }
        if (bytes.Length > MaxBytes) throw new FeedFormatException($"the feed is over the {MaxBytes:N0}-byte limit");
        if (IsJsonFeed(bytes)) return ReadJsonFeed(bytes, baseUrl);
        try
        {
            return RootKind(bytes, sniffing: false) switch
            {
                FeedKind.Rss => ReadItems(bytes, FeedKind.Rss, baseUrl),
                FeedKind.RssRdf => ReadItems(bytes, FeedKind.RssRdf, baseUrl),
                FeedKind.Atom => ReadAtom(bytes, baseUrl),
                FeedKind.Sitemap => ReadSitemap(bytes, FeedKind.Sitemap, baseUrl),
                FeedKind.SitemapIndex => ReadSitemap(bytes, FeedKind.SitemapIndex, baseUrl),
                _ => throw new FeedFormatException("not a feed or sitemap: its root element is none of rss, RDF, feed, urlset, sitemapindex"),
            };
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"broken XML at line {e.LineNumber}, position {e.LinePosition}: {e.Message}", e);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException or FormatException and not FeedFormatException)
        {
            // What System.ServiceModel.Syndication raises for Atom it cannot read.
            throw new FeedFormatException($"not a readable feed: {e.Message}", e);
        }
    }

    private static FeedKind? RootKind(byte[] bytes, bool sniffing)
    {
        // Sniffing reads only up to the root start tag, so a truncated head is enough.
        using var xml = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element) return null;
        }
        catch (XmlException) when (sniffing)
        {
            return null;
        }
        return xml.LocalName switch
        {
            "rss" => FeedKind.Rss,
            "RDF" when xml.NamespaceURI == RdfNamespace => FeedKind.RssRdf,
            "feed" when xml.NamespaceURI == AtomNamespace => FeedKind.Atom,
            "urlset" => FeedKind.Sitemap,
            "sitemapindex" => FeedKind.SitemapIndex,
            _ => null,
        };
    }

    /// <summary>
    /// Atom through System.ServiceModel.Syndication, which handles its link relations and bases.
    /// (RSS is read by <see cref="ReadItems"/>: the library refuses every RSS version but 2.0, and
    /// feeds in the wild still say 0.91 or 0.92, or no version at all.)
    /// </summary>
    private static Feed ReadAtom(byte[] bytes, Uri? baseUrl)
    {
        var formatter = new Atom10FeedFormatter { DateTimeParser = LenientDate, UriParser = LenientUri };
        using (var xml = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings))
        {
            xml.MoveToContent();
            formatter.ReadFrom(xml);
        }
        var feed = formatter.Feed;
        var entries = new List<FeedEntry>();
        var skipped = 0;
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
            // An id is an address only when it is an absolute one (a urn is not).
            var url = Absolute(link, baseUrl) ?? Absolute(item.Id, baseUrl: null);
            if (url is null || entries.Count == MaxEntries) { skipped++; continue; }
            var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            entries.Add(new FeedEntry(url, Clean(item.Title?.Text), date == default ? null : date));
        }
        return new Feed(FeedKind.Atom, Clean(feed.Title?.Text), entries) { Skipped = skipped };
    }

    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset date)
    {
        // default(DateTimeOffset) stands for "unknown": one bad date must not lose the feed.
        date = FeedDate.Parse(data.DateTimeString) ?? default;
        return true;
    }

    private static bool LenientUri(XmlUriData data, out Uri uri)
    {
        if (!Uri.TryCreate(data.UriString?.Trim(), UriKind.RelativeOrAbsolute, out uri!)) uri = new Uri("about:invalid");
        return true;
    }

    /// <summary>RSS 0.9x to 2.0 (rss/channel/item) and RSS 1.0 (RDF/item): the same item fields, a level apart.</summary>
    private static Feed ReadItems(byte[] bytes, FeedKind kind, Uri? baseUrl)
    {
        string? title = null;
        var entries = new List<FeedEntry>();
        var skipped = 0;
        using var xml = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        xml.MoveToContent();
        var root = xml.Depth;
        var channel = -1;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "channel" && xml.Depth == root + 1)
            {
                channel = xml.Depth;
                if (kind == FeedKind.RssRdf) title ??= Clean(ReadChildren(xml).GetValueOrDefault("title"));
                continue;
            }
            if (xml.LocalName == "title" && kind == FeedKind.Rss && xml.Depth == channel + 1 && title is null)
            {
                title = Clean(ReadText(xml));
                continue;
            }
            if (xml.LocalName != "item" || xml.Depth > root + 2) continue;
            var fields = ReadChildren(xml);
            // The page: its link, else a guid or rdf:about that is an absolute address ("12345" is not).
            var url = Absolute(fields.GetValueOrDefault("link"), baseUrl)
                      ?? Absolute(fields.GetValueOrDefault("guid"), baseUrl: null)
                      ?? Absolute(fields.GetValueOrDefault("about"), baseUrl: null);
            if (url is null || entries.Count == MaxEntries) { skipped++; continue; }
            var date = FeedDate.Parse(fields.GetValueOrDefault("pubDate")) ?? FeedDate.Parse(fields.GetValueOrDefault("date"));
            entries.Add(new FeedEntry(url, Clean(fields.GetValueOrDefault("title")), date));
        }
        return new Feed(kind, title, entries) { Skipped = skipped };
    }

    private static Feed ReadSitemap(byte[] bytes, FeedKind kind, Uri? baseUrl)
    {
        var entries = new List<FeedEntry>();
        var skipped = 0;
        using var xml = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        xml.MoveToContent();
        var root = xml.Depth;
        var entryName = kind == FeedKind.Sitemap ? "url" : "sitemap";
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != root + 1 || xml.LocalName != entryName) continue;
            var fields = ReadChildren(xml, descend: true);
            var url = Absolute(fields.GetValueOrDefault("loc"), baseUrl);
            if (url is null || entries.Count == MaxEntries) { skipped++; continue; }
            // news:publication_date is the article's; lastmod is only when the entry last changed.
            entries.Add(new FeedEntry(url, Clean(fields.GetValueOrDefault("title")), FeedDate.Parse(fields.GetValueOrDefault("publication_date"))));
        }
        return new Feed(kind, null, entries) { Skipped = skipped };
    }

    /// <summary>
    /// The text of an element's child elements by local name (the first of each name), plus an
    /// rdf:about attribute as "about"; leaves the reader on the element's end. With
    /// <paramref name="descend"/>, deeper elements count too (a sitemap's news:news/news:title).
    /// </summary>
    private static Dictionary<string, string> ReadChildren(XmlReader element, bool descend = false)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.GetAttribute("about", RdfNamespace) is { } about) fields["about"] = about;
        if (element.IsEmptyElement) return fields;
        using var sub = element.ReadSubtree();
        sub.Read();
        var top = sub.Depth;
        string? name = null;
        var text = new StringBuilder();
        while (sub.Read())
        {
            switch (sub.NodeType)
            {
                case XmlNodeType.Element:
                    Flush();
                    // Dates only from Dublin Core: other vocabularies reuse the name for other things.
                    name = sub.IsEmptyElement || (sub.Depth > top + 1 && !descend) || (sub.LocalName == "date" && sub.NamespaceURI != DublinCoreNamespace)
                        ? null
                        : sub.LocalName;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    if (name is not null) text.Append(sub.Value);
                    break;
                case XmlNodeType.EndElement:
                    Flush();
                    name = null;
                    break;
            }
        }
        return fields;

        void Flush()
        {
            if (name is not null && text.Length > 0) fields.TryAdd(name, text.ToString());
            text.Clear();
        }
    }

    /// <summary>All text inside the current element; leaves the reader on its end.</summary>
    private static string ReadText(XmlReader element)
    {
        if (element.IsEmptyElement) return "";
        var text = new StringBuilder();
        using var sub = element.ReadSubtree();
        while (sub.Read())
            if (sub.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace) text.Append(sub.Value);
        return text.ToString();
    }

    private static bool IsJsonFeed(byte[] bytes)
    {
        var i = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (i == bytes.Length || bytes[i] != (byte)'{') return false;
        var head = Encoding.UTF8.GetString(bytes, i, Math.Min(bytes.Length - i, 4096));
        return head.Contains("jsonfeed.org/version/", StringComparison.Ordinal);
    }

    private static Feed ReadJsonFeed(byte[] bytes, Uri? baseUrl)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                throw new FeedFormatException("a JSON Feed needs an \"items\" array");
            var entries = new List<FeedEntry>();
            var skipped = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) { skipped++; continue; }
                var url = Absolute(String(item, "url"), baseUrl) ?? Absolute(String(item, "external_url"), baseUrl) ?? Absolute(String(item, "id"), baseUrl: null);
                if (url is null || entries.Count == MaxEntries) { skipped++; continue; }
                entries.Add(new FeedEntry(url, Clean(String(item, "title")), FeedDate.Parse(String(item, "date_published"))));
            }
            return new Feed(FeedKind.JsonFeed, Clean(String(root, "title")), entries) { Skipped = skipped };
        }
        catch (JsonException e)
        {
            throw new FeedFormatException($"broken JSON Feed: {e.Message}", e);
        }

        static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static Uri? Absolute(string? text, Uri? baseUrl) =>
        string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.RelativeOrAbsolute, out var uri) ? null : Absolute(uri, baseUrl);

    /// <summary>An http(s) address, relative ones resolved against the feed's own; null for anything else.</summary>
    private static Uri? Absolute(Uri? uri, Uri? baseUrl)
    {
        if (uri is null) return null;
        if (!uri.IsAbsoluteUri)
        {
            if (baseUrl is null || !Uri.TryCreate(baseUrl, uri, out var resolved)) return null;
            uri = resolved;
        }
        return WebAddress.HasWebScheme(uri) ? uri : null;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>Gunzips up to <paramref name="limit"/> bytes: a gzip bomb stops there.</summary>
    private static byte[] Decompress(byte[] bytes, int limit, bool throwWhenLarger)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
        var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = gzip.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1L - output.Length))) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > limit)
            {
                if (throwWhenLarger) throw new FeedFormatException($"the gzipped feed inflates to more than {limit:N0} bytes; not read");
                output.SetLength(limit);
                break;
            }
        }
        return output.ToArray();
    }
}
