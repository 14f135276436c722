using System.Text;
using Lede.Corpus.Warc;

namespace Lede.Corpus.Tests.Warc;

public sealed class WarcReaderTests
{
    private static readonly byte[] Info = WarcFiles.Record("warcinfo", null, "software: test\r\n"u8.ToArray(), "application/warc-fields");
    private static readonly byte[] Request = WarcFiles.Record("request", "https://a.example/1", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request");

    private static byte[] Response(int n, bool chunked = false, bool gzip = false) =>
        WarcFiles.Record("response", $"https://a.example/{n}", WarcFiles.HttpResponse($"<html><body><p>Page {n}</p></body></html>", chunked: chunked, gzip: gzip));

    private static (List<WarcRecord> Records, List<WarcProblem> Problems) Read(byte[] file, bool seekable = true)
    {
        var problems = new List<WarcProblem>();
        Stream stream = seekable ? new MemoryStream(file) : new NonSeekableStream(file);
        using var reader = new WarcReader(stream);
        var records = reader.ReadRecords(problems.Add).ToList();
        return (records, problems);
    }

    private static string PageOf(WarcRecord record) => Encoding.UTF8.GetString(HttpResponseParser.Parse(record.Block).Body);

    [Theory, InlineData(true), InlineData(false)]
    public void ReadsEveryRecordOfAPlainFile(bool seekable)
    {
        var (records, problems) = Read([.. Info, .. Request, .. Response(1), .. Response(2)], seekable);
        Assert.Empty(problems);
        Assert.Equal(["warcinfo", "request", "response", "response"], records.Select(r => r.Type));
        Assert.Equal("https://a.example/2", records[3].TargetUri);
        Assert.Equal("<html><body><p>Page 2</p></body></html>", PageOf(records[3]));
    }

    [Theory, InlineData(true), InlineData(false)]
    public void ReadsMultiMemberGzip(bool seekable)
    {
        var (records, problems) = Read(WarcFiles.GzipMembers([Info, Response(1), Request, Response(2), Response(3)]), seekable);
        Assert.Empty(problems);
        Assert.Equal(5, records.Count);
        Assert.Equal(["https://a.example/1", "https://a.example/2", "https://a.example/3"], records.Where(r => r.Type == "response").Select(r => r.TargetUri));
    }

    [Fact]
    public void ReadsAWholeFileGzippedAsOneMember()
    {
        var (records, problems) = Read(WarcFiles.Gzip([.. Response(1), .. Response(2)]));
        Assert.Empty(problems);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void SkipsARecordWithAWrongLengthAndReadsTheRest()
    {
        var broken = WarcFiles.Record("response", "https://a.example/bad", WarcFiles.HttpResponse("<p>bad</p>"), contentLength: "12");
        var (records, problems) = Read([.. Response(1), .. broken, .. Response(2)]);
        Assert.Single(problems);
        Assert.Equal(["https://a.example/1", "https://a.example/2"], records.Select(r => r.TargetUri));
    }

    [Theory, InlineData(true), InlineData(false)]
    public void AnOvershootingLengthCostsOnlyItsOwnRecord(bool gzip)
    {
        // The bad record claims 300 more bytes than it has: its block swallows the start of the next record.
        var page = WarcFiles.HttpResponse("<p>bad</p>");
        var overshoot = WarcFiles.Record("response", "https://a.example/bad", page, contentLength: (page.Length + 300).ToString(System.Globalization.CultureInfo.InvariantCulture));
        byte[][] parts = [Response(1), overshoot, Response(2), Response(3)];
        var (records, problems) = Read(gzip ? WarcFiles.GzipMembers(parts) : parts.SelectMany(p => p).ToArray());
        Assert.Contains("Content-Length", Assert.Single(problems).Message);
        Assert.Equal(["https://a.example/1", "https://a.example/2", "https://a.example/3"], records.Select(r => r.TargetUri));
        Assert.Equal("<html><body><p>Page 2</p></body></html>", PageOf(records[1]));
    }

    [Fact]
    public void AnOvershootingLengthOnTheLastRecordButOneStillReadsTheLast()
    {
        // The length runs past the end of the file: reported as truncated, and the record inside it still reads.
        var page = WarcFiles.HttpResponse("<p>bad</p>");
        var overshoot = WarcFiles.Record("response", "https://a.example/bad", page, contentLength: (page.Length + 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (records, problems) = Read([.. Response(1), .. overshoot, .. Response(2)]);
        Assert.Contains("truncated", Assert.Single(problems).Message);
        Assert.Equal(["https://a.example/1", "https://a.example/2"], records.Select(r => r.TargetUri));
        Assert.Equal(records[1].Offset, Response(1).Length + overshoot.Length);
    }

    [Fact]
    public void SkipsGarbageAndHeadersWithoutLength()
    {
        var noLength = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\nhello\r\n\r\n");
        var garbage = Encoding.ASCII.GetBytes("this is not a warc record\r\nnor is this\r\n");
        var (records, problems) = Read([.. Response(1), .. garbage, .. noLength, .. Response(2)]);
        Assert.Equal(2, problems.Count);
        Assert.Equal(["https://a.example/1", "https://a.example/2"], records.Select(r => r.TargetUri));
    }

    [Fact]
    public void SkipsACorruptGzipMemberAndReadsTheRest()
    {
        var members = new[] { Response(1), Response(2), Response(3) }.Select(WarcFiles.Gzip).ToArray();
        // Damage the deflate data of the middle member (past its 10-byte header).
        for (var i = 12; i < members[1].Length - 10; i += 3) members[1][i] ^= 0x5a;
        var (records, problems) = Read(members.SelectMany(m => m).ToArray());
        Assert.NotEmpty(problems);
        Assert.Equal(["https://a.example/1", "https://a.example/3"], records.Select(r => r.TargetUri));
    }

    [Fact]
    public void ReportsATruncatedLastRecord()
    {
        var last = Response(2);
        var (records, problems) = Read([.. Response(1), .. last[..(last.Length / 2)]]);
        Assert.Equal(["https://a.example/1"], records.Select(r => r.TargetUri));
        Assert.Contains("truncated", Assert.Single(problems).Message);
    }

    [Fact]
    public void ReportsATruncatedGzipFile()
    {
        var file = WarcFiles.GzipMembers([Response(1), Response(2)]);
        var (records, problems) = Read(file[..^20]);
        Assert.Equal(["https://a.example/1"], records.Select(r => r.TargetUri));
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void UndoesChunkedAndGzipCodings()
    {
        var (records, _) = Read([.. Response(1, chunked: true), .. Response(2, gzip: true), .. Response(3, chunked: true, gzip: true)]);
        Assert.Equal(
            ["<html><body><p>Page 1</p></body></html>", "<html><body><p>Page 2</p></body></html>", "<html><body><p>Page 3</p></body></html>"],
            records.Select(PageOf));
    }

    [Fact]
    public void ParsesStatusAndHeaders()
    {
        var response = HttpResponseParser.Parse(WarcFiles.HttpResponse("moved", status: "301 Moved Permanently", contentType: "text/plain"));
        Assert.Equal(301, response.Status);
        Assert.Equal("text/plain", response.ContentType);
        Assert.Throws<FormatException>(() => HttpResponseParser.Parse("not http at all\r\n\r\nbody"u8.ToArray()));
        Assert.Throws<FormatException>(() => HttpResponseParser.Parse("HTTP/1.1 200 OK\r\nno end of headers"u8.ToArray()));
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
        public override long Length => throw new NotSupportedException();
    }
}
