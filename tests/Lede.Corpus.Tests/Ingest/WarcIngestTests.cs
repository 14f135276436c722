using System.Text;
using Lede.Corpus.Tests.Storage;
using Lede.Corpus.Tests.Warc;

namespace Lede.Corpus.Tests.Ingest;

public sealed class WarcIngestTests
{
    [Theory, InlineData("sqlite"), PostgresData]
    public void IngestsResponsePagesAndReportsBrokenRecords(string kind)
    {
        using var test = new TestCorpus(kind);
        byte[] Page(int seed, bool chunked = false, bool gzip = false) => WarcFiles.Record("response", $"https://warc.example.com/{seed}",
            WarcFiles.HttpResponse(InventedCorpus.Page(seed, url: $"https://warc.example.com/{seed}"), chunked: chunked, gzip: gzip));
        var records = new List<byte[]>
        {
            WarcFiles.Record("warcinfo", null, "software: test\r\n"u8.ToArray(), "application/warc-fields"),
            Page(1),
            WarcFiles.Record("request", "https://warc.example.com/2", "GET /2 HTTP/1.1\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
            Page(2, chunked: true, gzip: true),
            WarcFiles.Record("response", "https://warc.example.com/redirect", WarcFiles.HttpResponse("moved", status: "301 Moved Permanently")),
            WarcFiles.Record("response", "https://warc.example.com/image.png", WarcFiles.HttpResponse("PNG", contentType: "image/png")),
            WarcFiles.Record("response", "https://warc.example.com/broken", Encoding.ASCII.GetBytes("garbage without a status line\r\n\r\n")),
            Page(3),
        };
        var path = Path.Combine(test.Folder, "crawl.warc.gz");
        File.WriteAllBytes(path, WarcFiles.GzipMembers(records));
        var problems = new List<string>();
        using var corpus = test.Open();
        var report = corpus.Ingest([path], problem: (where, message) => problems.Add($"{where}: {message}"));
        Assert.Equal(3, report.Stored);
        Assert.Equal(1, report.Failed);
        Assert.Contains("HTTP", Assert.Single(problems));
        Assert.Equal(["https://warc.example.com/1", "https://warc.example.com/2", "https://warc.example.com/3"],
            corpus.Articles().Select(a => a.Article.Url));
        Assert.All(corpus.Articles(), a => Assert.StartsWith(path + "#urn:uuid:", a.Article.Source));

        // Running it again stores nothing new and reads the broken record as broken again.
        var again = corpus.Ingest([path]);
        Assert.Equal(0, again.Stored);
        Assert.Equal(3, corpus.Count);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void ReportsMissingFilesAndBadJsonLinesButIngestsTheRest(string kind)
    {
        using var test = new TestCorpus(kind);
        var jsonl = Path.Combine(test.Folder, "mixed.jsonl");
        File.WriteAllLines(jsonl,
        [
            InventedArticles.JsonLine(InventedArticles.Set[0]),
            "{ not json",
            "{\"source\":\"x.html\",\"error\":\"no such file\"}",
            "",
            InventedArticles.JsonLine(InventedArticles.Set[1]),
        ]);
        var problems = new List<string>();
        using var corpus = test.Open();
        var report = corpus.Ingest([jsonl, Path.Combine(test.Folder, "missing.html")], problem: (where, _) => problems.Add(where));
        Assert.Equal(2, report.Stored);
        Assert.Equal(3, report.Failed);
        Assert.Equal([jsonl + ":2", jsonl + ":3", Path.Combine(test.Folder, "missing.html")], problems);
    }

    [Fact]
    public void ABadJsonLineIsDescribedForPeopleNotAsTheParsersInternals()
    {
        using var test = new TestCorpus("sqlite");
        var jsonl = Path.Combine(test.Folder, "bad.jsonl");
        File.WriteAllLines(jsonl,
        [
            new string('[', 1000) + new string(']', 1000),
            "{\"url\":\"https://x.example/a\",\"articleBody\":123}",
            "{\"url\":\"https://x.example/b\",\"authors\":\"Jane Roe\",\"articleBody\":\"Text.\"}",
            "not json at all",
            "{\"url\":\"https://x.example/c\",\"articleBody\":\"Text.\",\"entities\":[{\"name\":5}]}",
        ]);
        var problems = new List<string>();
        using var corpus = test.Open();
        corpus.Ingest([jsonl], problem: (where, message) => problems.Add(message));
        Assert.Equal(5, problems.Count);
        Assert.All(problems, message =>
        {
            Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
            Assert.DoesNotContain("BytePositionInLine", message, StringComparison.Ordinal);
            Assert.DoesNotContain("configured", message, StringComparison.Ordinal);
        });
        Assert.Contains("nested more than 64 levels", problems[0], StringComparison.Ordinal);
        Assert.Contains("\"articleBody\"", problems[1], StringComparison.Ordinal);
        Assert.Contains("\"authors\"", problems[2], StringComparison.Ordinal);
        Assert.Contains("not valid JSON", problems[3], StringComparison.Ordinal);
        Assert.Contains("\"entities\" (at [0].name)", problems[4], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"authors\":[{\"name\":null}]", "authors[0].name")]
    [InlineData("\"authors\":[null]", "authors[0]")]
    [InlineData("\"keywords\":[\"harbour\",null]", "keywords[1]")]
    [InlineData("\"dateline\":{\"place\":null}", "dateline.place")]
    [InlineData("\"entities\":[{\"id\":\"E1\",\"name\":null,\"type\":\"PER\",\"titles\":[],\"mentionCount\":1}]", "entities[0].name")]
    [InlineData("\"quotes\":[{\"text\":null,\"start\":0,\"end\":4,\"kind\":\"direct\"}]", "quotes[0].text")]
    [InlineData("\"quotes\":[null]", "quotes[0]")]
    public void AJsonLineWithNullWhereLedeWritesAValueIsReportedNotStored(string field, string named)
    {
        // Stored, such a line made later readers fail: an entity's timeline threw a NullReferenceException.
        using var test = new TestCorpus("sqlite");
        var jsonl = Path.Combine(test.Folder, "nulls.jsonl");
        File.WriteAllLines(jsonl,
        [
            "{\"url\":\"https://x.example/a\",\"headline\":\"Ferry late\",\"articleBody\":\"The night ferry left late again.\"," + field + "}",
            "{\"url\":\"https://x.example/c\",\"headline\":\"Ferry on time\",\"articleBody\":\"The night ferry left on time for once.\"}",
        ]);
        var problems = new List<string>();
        using var corpus = test.Open();
        var report = corpus.Ingest([jsonl], problem: (_, message) => problems.Add(message));
        Assert.Equal(1, report.Stored);
        var message = Assert.Single(problems);
        Assert.Contains($"\"{named}\" is null", message, StringComparison.Ordinal);
        // Readers go on working: only the whole line is in the corpus.
        Assert.All(corpus.EntityTimeline("Ferry").Articles, a => Assert.Equal("https://x.example/c", a.Url));
    }

    [Theory]
    [InlineData("\"entities\":[{\"id\":\"E1\",\"name\":\"Ana Ruiz\",\"type\":\"PER\",\"titles\":null,\"mentionCount\":1}]")]
    [InlineData("\"entities\":[{\"id\":\"E1\",\"name\":\"Ana Ruiz\",\"type\":\"PER\",\"mentionCount\":1}]")]
    public void AnEntityWithoutTitlesIsStored(string field)
    {
        // The analysis leaves an untitled name's titles null, and the corpus's own export writes them so: a round trip
        // through 'lede export' and 'lede ingest' must keep every such article.
        using var test = new TestCorpus("sqlite");
        var jsonl = Path.Combine(test.Folder, "untitled.jsonl");
        File.WriteAllLines(jsonl, ["{\"url\":\"https://x.example/a\",\"headline\":\"Ferry late\",\"articleBody\":\"Ana Ruiz said the night ferry left late again.\"," + field + "}"]);
        var problems = new List<string>();
        using var corpus = test.Open();
        var report = corpus.Ingest([jsonl], problem: (_, message) => problems.Add(message));
        Assert.Empty(problems);
        Assert.Equal(1, report.Stored);
        Assert.Single(corpus.EntityTimeline("Ana Ruiz").Articles);
    }

    [Fact]
    public void AnExportOfAnalysedArticlesIngestsWhole()
    {
        using var test = new TestCorpus("sqlite");
        var page = Path.Combine(test.Folder, "ferry.txt");
        File.WriteAllText(page, "Night ferry late again\n\nAna Ruiz said the night ferry left late again on Tuesday. Harbour officials said 40 passengers waited.");
        using (var corpus = test.Open()) Assert.Equal(1, corpus.Ingest([page]).Stored);
        var export = Path.Combine(test.Folder, "export.jsonl");
        using (var corpus = test.Open())
        using (var writer = new StreamWriter(export)) corpus.Export(writer);
        using var again = new TestCorpus("sqlite");
        using var reload = again.Open();
        var problems = new List<string>();
        Assert.Equal(1, reload.Ingest([export], problem: (_, message) => problems.Add(message)).Stored);
        Assert.Empty(problems);
    }

    [Fact]
    public void AJsonLineNamingAFieldTwiceIsReportedAndTheLinesAfterItAreStored()
    {
        // JSON allows a repeated name; the object reader threw on it, outside every handler, and the whole ingest stopped.
        using var test = new TestCorpus("sqlite");
        var jsonl = Path.Combine(test.Folder, "repeated.jsonl");
        File.WriteAllLines(jsonl,
        [
            "{\"url\":\"https://x.example/a\",\"url\":\"https://x.example/b\",\"headline\":\"Ferry late\",\"articleBody\":\"The night ferry left late again.\"}",
            "{\"url\":\"https://x.example/c\",\"headline\":\"Ferry on time\",\"articleBody\":\"The night ferry left on time for once.\"}",
        ]);
        var problems = new List<(string Where, string Message)>();
        using var corpus = test.Open();
        var report = corpus.Ingest([jsonl], problem: (where, message) => problems.Add((where, message)));
        Assert.Equal(1, report.Stored);
        Assert.Equal(1, report.Failed);
        var (where, message) = Assert.Single(problems);
        Assert.Equal(jsonl + ":1", where);
        Assert.Contains("\"url\" more than once", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
    }
}
