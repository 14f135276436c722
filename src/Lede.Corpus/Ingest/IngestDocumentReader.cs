using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Analysis.Model;
using Lede.Corpus.Output;
using Lede.Corpus.Storage;
using Lede.Corpus.Warc;
using Lede.Crawl;
using Lede.Crawl.Feeds;
using Lede.Extraction;
using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Corpus.Ingest;

/// <summary>
/// Turns inputs into documents, streaming (a WARC or JSON Lines file is never held whole).
/// Broken parts are reported through <c>problem</c> and skipped; <see cref="BytesRead"/> tracks
/// input bytes consumed, for progress and ETA.
/// </summary>
/// <param name="web">Fetches URL inputs; null when fetching is off.</param>
/// <param name="feeds">Reads the pages of feed and sitemap inputs; null when fetching is off.</param>
internal sealed class IngestDocumentReader(
    ExtractionOptions limits,
    Action<string, string> problem,
    PoliteFetcher? web,
    FeedEntryReader? feeds,
    CancellationToken cancel)
{
    /// <summary>Media types of WARC responses that can hold an article.</summary>
    private static readonly string[] PageMediaTypes = ["text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"];

    private long _bytesRead;

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>WARC records that were not responses, not 2xx, or not pages; they are skipped without a report.</summary>
    public int NonPageRecords { get; private set; }

    public IEnumerable<IngestDocument> Read(IngestInput input) => input.Kind switch
    {
        IngestInputKind.Warc => ReadWarc(input),
        IngestInputKind.JsonLines => ReadJsonLines(input),
        IngestInputKind.Url => ReadUrl(input),
        IngestInputKind.Feed => ReadFeedFile(input),
        IngestInputKind.Missing => Missing(input),
        IngestInputKind.Empty => Empty(input),
        _ => ReadPage(input),
    };

    private IEnumerable<IngestDocument> Missing(IngestInput input)
    {
        problem(input.Source, "no such file or directory");
        yield break;
    }

    private IEnumerable<IngestDocument> Empty(IngestInput input)
    {
        problem(input.Source, "empty file (0 bytes), or a pipe or device: nothing read");
        yield break;
    }

    private IEnumerable<IngestDocument> ReadPage(IngestInput input)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(input.Source).Length;
            if (length > limits.MaxInputBytes)
            {
                problem(input.Source, $"file is {length:N0} bytes, over the {limits.MaxInputBytes:N0}-byte limit");
                yield break;
            }
            bytes = File.ReadAllBytes(input.Source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem(input.Source, $"could not read the file: {e.Message}");
            yield break;
        }
        finally
        {
            Interlocked.Add(ref _bytesRead, input.Bytes);
        }
        var format = IngestInputExpander.IsTextFile(input.Source) ? InputFormat.Text : InputFormat.Auto;
        yield return new IngestDocument(input.Source, InputHash(null, format, bytes)) { Bytes = bytes, Format = format };
    }

    private IEnumerable<IngestDocument> ReadUrl(IngestInput input)
    {
        if (web is null || feeds is null)
        {
            problem(input.Source, "fetching URLs is not enabled");
            yield break;
        }
        FetchedPage page;
        try
        {
            page = web.FetchNamedAsync(new Uri(input.Source), cancel).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is FetchException or HttpRequestException or IOException)
        {
            problem(input.Source, WithoutSource(input.Source, e.Message));
            yield break;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            yield break;
        }
        // A feed or sitemap stands for the pages it lists.
        if (FeedReader.IsFeed(page.Content))
        {
            foreach (var document in ReadFeed(input.Source, page.Content, page.Url)) yield return document;
            yield break;
        }
        var url = page.Url.ToString();
        yield return new IngestDocument(input.Source, InputHash(url, InputFormat.Auto, page.Content))
        {
            Bytes = page.Content, Url = url, ContentType = page.ContentType,
        };
    }

    /// <summary>A feed or sitemap saved as a file: its entries are fetched (relative addresses cannot be, and are left out).</summary>
    private IEnumerable<IngestDocument> ReadFeedFile(IngestInput input)
    {
        if (ReadPage(input).FirstOrDefault() is not { Bytes: { } bytes }) yield break;
        if (web is null || feeds is null)
        {
            problem(input.Source, "fetching URLs is not enabled, and a feed's pages must be fetched");
            yield break;
        }
        foreach (var document in ReadFeed(input.Source, bytes, baseUrl: null)) yield return document;
    }

    private IEnumerable<IngestDocument> ReadFeed(string source, byte[] content, Uri? baseUrl)
    {
        Feed feed;
        try
        {
            feed = FeedReader.Read(content, baseUrl);
        }
        catch (FeedFormatException e)
        {
            problem(source, e.Message);
            yield break;
        }
        if (feed.Entries.Count == 0)
        {
            problem(source, "the feed lists no page addresses" + (feed.Skipped > 0 ? $" ({feed.Skipped:N0} entries without a usable http(s) address)" : ""));
            yield break;
        }
        foreach (var document in feeds!.Read(source, feed)) yield return document;
    }

    private IEnumerable<IngestDocument> ReadWarc(IngestInput input)
    {
        WarcReader reader;
        try
        {
            reader = new WarcReader(new FileStream(input.Source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem(input.Source, $"could not read the file: {e.Message}");
            Interlocked.Add(ref _bytesRead, input.Bytes);
            yield break;
        }
        using (reader)
        {
            long reported = 0;
            foreach (var record in reader.ReadRecords(p => problem($"{input.Source}@{p.Offset}", p.Message)))
            {
                var position = reader.InputPosition;
                Interlocked.Add(ref _bytesRead, position - reported);
                reported = position;
                if (!string.Equals(record.Type, "response", StringComparison.OrdinalIgnoreCase)) { NonPageRecords++; continue; }
                var source = $"{input.Source}#{record.Headers.GetValueOrDefault("WARC-Record-ID")?.Trim('<', '>') ?? record.Offset.ToString()}";
                HttpResponse response;
                try
                {
                    response = HttpResponseParser.Parse(record.Block);
                }
                catch (FormatException e)
                {
                    problem(source, $"broken HTTP response in WARC record at offset {record.Offset:N0}: {e.Message}");
                    continue;
                }
                if (response.Status is < 200 or > 299 || !IsPage(response.ContentType)) { NonPageRecords++; continue; }
                var url = record.TargetUri;
                yield return new IngestDocument(source, InputHash(url, InputFormat.Auto, response.Body))
                {
                    Bytes = response.Body, Url = url, ContentType = response.ContentType,
                };
            }
            Interlocked.Add(ref _bytesRead, Math.Max(0, input.Bytes - reported));
        }
    }

    private static bool IsPage(string? contentType)
    {
        // No Content-Type: let the sniffer decide (it refuses binary data).
        if (string.IsNullOrWhiteSpace(contentType)) return true;
        var media = contentType.Split(';')[0].Trim();
        return PageMediaTypes.Any(t => media.Equals(t, StringComparison.OrdinalIgnoreCase));
    }

    private IEnumerable<IngestDocument> ReadJsonLines(IngestInput input)
    {
        Stream file;
        try
        {
            file = new FileStream(input.Source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem(input.Source, $"could not read the file: {e.Message}");
            Interlocked.Add(ref _bytesRead, input.Bytes);
            yield break;
        }
        using var counting = file;
        Stream text = input.Source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var decoded = new StreamReader(text, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        // One line is one article record: it may be as long as the largest page extraction accepts, no longer.
        var lines = new BoundedLineReader(decoded, (int)Math.Min(int.MaxValue / 2, limits.MaxInputBytes));
        long reported = 0;
        var number = 0;
        while (true)
        {
            string? line;
            bool tooLong;
            try
            {
                line = lines.ReadLine(out tooLong);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                problem($"{input.Source}:{number + 1}", $"could not read further: {e.Message}");
                break;
            }
            if (line is null) break;
            number++;
            var position = file.Position;
            Interlocked.Add(ref _bytesRead, position - reported);
            reported = position;
            if (tooLong)
            {
                problem($"{input.Source}:{number}", $"the line is over {limits.MaxInputBytes:N0} characters; skipped");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            var document = ParseJsonLine(line, $"{input.Source}:{number}");
            if (document is not null) yield return document;
        }
        Interlocked.Add(ref _bytesRead, Math.Max(0, input.Bytes - reported));
    }

    /// <summary>How deep a JSON line may nest: Lede's own records need a handful of levels.</summary>
    private const int MaxJsonDepth = 64;

    /// <summary>
    /// A line the JSON reader gave up on, said for people: the reader's own message names .NET types, its
    /// "configured depth" and byte positions.
    /// </summary>
    private static string DescribeUnreadable(JsonException e)
    {
        var at = e.BytePositionInLine is { } position ? $" (at character {position + 1:N0})" : "";
        // The reader reports too deep a nesting only in its message.
        return e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? $"nested more than {MaxJsonDepth} levels deep{at}"
            : $"not valid JSON{at}";
    }

    /// <summary>The first name an object of the line gives twice; null when none does (the line failed for another reason).</summary>
    internal static string? RepeatedName(string line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line), new JsonReaderOptions { MaxDepth = MaxJsonDepth });
        var names = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: names.Push(new HashSet<string>(StringComparer.Ordinal)); break;
                    case JsonTokenType.EndObject: names.Pop(); break;
                    case JsonTokenType.PropertyName when !names.Peek().Add(reader.GetString()!): return reader.GetString();
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Unreadable before any repeated name: the parser's own finding stands.
        }
        return null;
    }

    private IngestDocument? ParseJsonLine(string line, string where)
    {
        JsonObject? json;
        NewsArticle article;
        try
        {
            // A name given twice is refused while parsing: the object reader would otherwise throw on it at first use.
            json = JsonNode.Parse(line, documentOptions: new JsonDocumentOptions { MaxDepth = MaxJsonDepth, AllowDuplicateProperties = false }) as JsonObject;
        }
        catch (JsonException e)
        {
            problem(where, $"not an article in Lede's JSON schema: {(RepeatedName(line) is { } name ? $"it gives the field \"{name}\" more than once" : DescribeUnreadable(e))}");
            return null;
        }
        if (json is null)
        {
            problem(where, "not an article in Lede's JSON schema: the line is not a JSON object");
            return null;
        }
        if (json.ContainsKey("error") && !json.ContainsKey("articleBody"))
        {
            problem(where, $"the line is an error record ({json["error"]}), not an article");
            return null;
        }
        try
        {
            article = json.Deserialize<NewsArticle>(ArticleJson.Compact) ?? throw new JsonException("the line is null");
        }
        catch (JsonException e) when (e.Path is { Length: > 2 } path)
        {
            problem(where, $"not an article in Lede's JSON schema: the field \"{path[2..]}\" holds another kind of value than 'lede export' writes there");
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            problem(where, $"not an article in Lede's JSON schema: {e.Message}");
            return null;
        }
        ArticleAnalysis? analysis;
        try
        {
            analysis = AnalysisJson.Read(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            problem(where, $"the analysis fields do not match Lede's schema: {e.Message}");
            return null;
        }
        article = ArticleRecordJson.WithEmptyLists(article);
        if (NullWhereAValueBelongs(article, analysis) is { } missing)
        {
            problem(where, $"not an article in Lede's JSON schema: the field \"{missing}\" is null where 'lede export' always writes a value");
            return null;
        }
        // A date given as something else is kept as given (the line's fields are used as given), but said: the corpus
        // files the article as undated, which search filters and timelines would otherwise leave unexplained.
        if (!string.IsNullOrWhiteSpace(article.DatePublished) && PublicationDate.Parse(article.DatePublished) is null)
        {
            var undated = $"datePublished \"{article.DatePublished}\" is no ISO 8601 date: kept as given, and the corpus files the article as undated";
            // Once: an export read back already says it.
            if (!article.Warnings.Contains(undated)) article = article with { Warnings = [.. article.Warnings, undated] };
        }
        return new IngestDocument(article.Source ?? where, InputHash(null, InputFormat.Auto, Encoding.UTF8.GetBytes(line)))
        {
            Article = article with { Source = article.Source ?? where }, Analysis = analysis,
        };
    }

    /// <summary>
    /// The first field of a read line holding null where Lede always writes a value (an author's name, a quote's text, a
    /// list item), or null when none does. An entity's titles may be null: the analysis leaves them so for a name no role
    /// goes with, and the corpus's own export writes that. The deserialiser lets such nulls through, and the corpus's readers (timelines,
    /// the web pages) then failed on them long after the line was stored.
    /// </summary>
    internal static string? NullWhereAValueBelongs(NewsArticle article, ArticleAnalysis? analysis)
    {
        return First("authors", article.Authors, a => a.Name is null ? "name" : null)
            ?? First("keywords", article.Keywords, _ => null)
            ?? First("images", article.Images, _ => null)
            ?? First("warnings", article.Warnings, _ => null)
            ?? (article.Dateline is { Place: null } ? "dateline.place" : null)
            ?? (analysis is null ? null
                : First("sentences", analysis.Sentences, _ => null)
                  ?? First("mentions", analysis.Mentions, m => m.Text is null ? "text" : m.Type is null ? "type" : null)
                  ?? First("entities", analysis.Entities, e => e.Id is null ? "id" : e.Name is null ? "name" : e.Type is null ? "type"
                      : e.Titles is { } titles && titles.Contains(null!) ? "titles" : null)
                  ?? First("quotes", analysis.Quotes, q => q.Text is null ? "text" : q.Kind is null ? "kind"
                      : q.Cue is { Text: null } ? "cue.text" : q.Speaker is { Text: null } ? "speaker.text" : null)
                  ?? First("claims", analysis.Claims, c => c.Text is null ? "text" : c.Source is { Text: null } ? "source.text" : null));

        static string? First<T>(string name, IReadOnlyList<T> items, Func<T, string?> missingField) where T : class?
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null) return $"{name}[{i}]";
                if (missingField(items[i]) is { } field) return $"{name}[{i}].{field}";
            }
            return null;
        }
    }

    /// <summary>
    /// A fetch's message without the address it opens with ("https://x.example/a: the server answered 404"): the report
    /// names the input before the message, so it would name it twice.
    /// </summary>
    internal static string WithoutSource(string source, string message)
    {
        foreach (var name in new[] { source, Uri.TryCreate(source, UriKind.Absolute, out var uri) ? uri.ToString() : null })
            if (name is { Length: > 0 } && message.Length > name.Length + 2 && message.StartsWith(name + ": ", StringComparison.Ordinal))
                return message[(name.Length + 2)..];
        return message;
    }

    /// <summary>What determines the extraction result: the address, how the bytes are read, the bytes.</summary>
    internal static string InputHash(string? url, InputFormat format, byte[] bytes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{url}\n{format}\n"));
        sha.AppendData(bytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
