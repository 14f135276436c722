using System.Text;
using Lede.Corpus.Warc;

namespace Lede.Corpus.Tests.Warc;

public sealed class WarcReaderTests
{
    private static readonly byte[] Info = WarcFiles.Record("warcinfo", null, "software: test\r\n"u8.ToArray(), "application/warc-fields");
    private static readonly byte[] Request = WarcFiles.Record("request", "https://a.example/1", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request");

    private static byte[] Response(int n, bool chunked = false, bool gzip = false) =>
        WarcFiles.Record("response", $"https://a.example/{n}", WarcFiles.HttpResponse($"<html><body><p>Page {n}</p></body></html>", chunked: chunked, gzip: gzip));

    private static (List<WarcRecord> Records, List<WarcProblem> Problems) Read(byte[] file, bool seekable = true, int maxBlockBytes = WarcReader.DefaultMaxBlockBytes)
    {
        var problems = new List<WarcProblem>();
        Stream stream = seekable ? new MemoryStream(file) : new NonSeekableStream(file);
        using var reader = new WarcReader(stream, maxBlockBytes);
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

    private static byte[] File(bool gzip, params byte[][] records) => gzip ? WarcFiles.GzipMembers(records) : records.SelectMany(r => r).ToArray();

    private static byte[] ClaimingLength(long contentLength) =>
        WarcFiles.Record("response", "https://a.example/bad", WarcFiles.HttpResponse("<p>bad</p>"), contentLength: contentLength.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory, InlineData(false, true), InlineData(false, false), InlineData(true, true), InlineData(true, false)]
    public void ALengthOverTheBlockLimitThatRunsPastTheFileEndCostsOnlyItsOwnRecord(bool gzip, bool seekable)
    {
        // 40 MB claimed (over the 32 MB limit) in a file of a few hundred bytes: the records after it are still read.
        var (records, problems) = Read(File(gzip, Response(1), ClaimingLength(40_000_000), Response(2), Response(3)), seekable);
        Assert.Equal(["https://a.example/1", "https://a.example/2", "https://a.example/3"], records.Select(r => r.TargetUri));
        Assert.Contains(problems, p => p.Message.Contains("over the", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("runs past the end of the file", StringComparison.Ordinal));
        if (!gzip) Assert.Equal(Response(1).Length + ClaimingLength(40_000_000).Length, records[1].Offset);
    }

    [Theory, InlineData(false), InlineData(true)]
    public void ALengthOverTheBlockLimitThatEndsInsideLaterRecordsCostsOnlyItsOwnRecord(bool gzip)
    {
        // The claimed end falls inside the later records, within a block's worth of the first of them.
        var later = Enumerable.Range(2, 8).Select(n => Response(n)).ToArray();
        var bad = ClaimingLength(1_100);
        var (records, problems) = Read(File(gzip, [Response(1), bad, .. later]), maxBlockBytes: 1_000);
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"https://a.example/{n}"), records.Select(r => r.TargetUri));
        Assert.Contains(problems, p => p.Message.Contains("does not end on the record separator", StringComparison.Ordinal));
    }

    [Theory, InlineData(false), InlineData(true)]
    public void ALengthFarOverTheBlockLimitResumesAtTheRecordInsideOnceABlockOfItIsRead(bool gzip)
    {
        // 100 kB claimed, limit 1,000 bytes, 40 records after it: the reader does not hold the whole claimed block.
        var later = Enumerable.Range(2, 40).Select(n => Response(n)).ToArray();
        var (records, problems) = Read(File(gzip, [Response(1), ClaimingLength(100_000), .. later]), maxBlockBytes: 1_000);
        Assert.Equal(Enumerable.Range(1, 41).Select(n => $"https://a.example/{n}"), records.Select(r => r.TargetUri));
        Assert.Contains(problems, p => p.Message.Contains("reading resumes", StringComparison.Ordinal));
    }

    [Theory, InlineData(1), InlineData(3), InlineData(5), InlineData(8)]
    public void ARecordStartSplitAcrossReadsInsideAnOverLimitBlockIsStillFound(int bytesPerRead)
    {
        var later = Enumerable.Range(2, 10).Select(n => Response(n)).ToArray();
        var file = File(false, [Response(1), ClaimingLength(100_000), .. later]);
        var problems = new List<WarcProblem>();
        using var reader = new WarcReader(new TrickleStream(file, bytesPerRead), maxBlockBytes: 1_000);
        var records = reader.ReadRecords(problems.Add).ToList();
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"https://a.example/{n}"), records.Select(r => r.TargetUri));
        Assert.Equal(Response(1).Length + ClaimingLength(100_000).Length, records[1].Offset);
    }

    [Theory, InlineData(false), InlineData(true)]
    public void ATrueBlockOverTheLimitIsSkippedWholeEvenWithRecordLinesInside(bool gzip)
    {
        // A 1,500-byte block (limit 1,000) that holds WARC record lines of its own, and ends where its length says.
        var inner = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/warc\r\n\r\n")
            .Concat(Response(90)).Concat(new byte[1_500]).ToArray()[..1_500];
        var big = WarcFiles.Record("response", "https://a.example/big", inner);
        var (records, problems) = Read(File(gzip, Response(1), big, Response(2)), maxBlockBytes: 1_000);
        Assert.Equal(["https://a.example/1", "https://a.example/2"], records.Select(r => r.TargetUri));
        Assert.Contains("over the 1,000-byte limit", Assert.Single(problems).Message);
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

    [Theory]
    [InlineData(40)]
    [InlineData(80)]
    public void ACutGzipFileLosesItsLastRecordOnceWithTheGzipFindingAsTheCause(int cut)
    {
        var file = WarcFiles.GzipMembers([Response(1), Response(2)]);
        var (records, problems) = Read(file[..^cut]);
        Assert.Equal(["https://a.example/1"], records.Select(r => r.TargetUri));
        var problem = Assert.Single(problems);
        Assert.Contains("WARC record is truncated", problem.Message, StringComparison.Ordinal);
        Assert.Contains("gzip member", problem.Message, StringComparison.Ordinal);
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
    public void UndoesSeveralContentCodingsLastAppliedFirst()
    {
        // "Content-Encoding: gzip, br" lists codings in the order they were applied; the body was left coded and the
        // record failed as binary data.
        var page = "<html><body><p>Page twice coded</p></body></html>"u8.ToArray();
        var brotli = new MemoryStream();
        using (var coder = new System.IO.Compression.BrotliStream(brotli, System.IO.Compression.CompressionLevel.Fastest)) coder.Write(WarcFiles.Gzip(page));
        var response = HttpResponseParser.Parse([.. "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip, br\r\n\r\n"u8, .. brotli.ToArray()]);
        Assert.Equal(page, response.Body);

        // Each layer is bounded: 2 MB of zeros twice gzipped stops at a 1 MB limit.
        var bomb = WarcFiles.Gzip(WarcFiles.Gzip(new byte[2 * 1024 * 1024]));
        var error = Assert.Throws<FormatException>(() => HttpResponseParser.Parse(
            [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip, gzip\r\n\r\n"u8, .. bomb], maxBodyBytes: 1024 * 1024));
        Assert.Contains("inflates past", error.Message, StringComparison.Ordinal);
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

    /// <summary>Gives at most a few bytes per read, so that every byte boundary falls between two reads somewhere.</summary>
    private sealed class TrickleStream(byte[] data, int bytesPerRead) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, bytesPerRead));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, bytesPerRead)]);
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
        public override long Length => throw new NotSupportedException();
    }
}
