using System.IO.Compression;
using System.Text.Json;

namespace Lede.Cli.Tests;

public class ExtractCommandTests
{
    [Fact]
    public void OneInputWithoutFormatIsOnePrettyJsonObject()
    {
        using var pages = new PageFolder();
        var file = pages.Write("a.html", PageFolder.Article("Ferry strike ends after three days", "The ferry crews returned to work on Monday."));
        var result = CliRun.Run("extract", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\n  \"", result.Stdout); // indented
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(file, doc.RootElement.GetProperty("source").GetString());
        Assert.Contains("ferry crews returned", doc.RootElement.GetProperty("articleBody").GetString());
    }

    [Fact]
    public async Task ADirectoryWithALinkLoopAndAPipeIsReadOnceAndEnds()
    {
        using var pages = new PageFolder();
        var a = pages.Write("a.html", PageFolder.Article("First story", "Alpha text of the first story."));
        var b = pages.Write("sub/b.html", PageFolder.Article("Second story", "Bravo text of the second story."));
        Directory.CreateSymbolicLink(Path.Combine(pages.Path, "sub", "up"), pages.Path); // sub/up/sub/up/... without end
        var pipe = Path.Combine(pages.Path, "pipe.html");
        var hasPipe = false;
        if (!OperatingSystem.IsWindows())
        {
            using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [pipe]) { UseShellExecute = false });
            hasPipe = mkfifo is not null && mkfifo.WaitForExit(10_000) && mkfifo.ExitCode == 0;
        }
        var run = Task.Run(() => CliRun.Run("extract", pages.Path));
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))) == run, "extract hung");
        var sources = (await run).Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToArray();
        Assert.Equal(hasPipe ? [a, pipe, b] : new[] { a, b }, sources);
    }

    [Fact]
    public void SeveralInputsGiveJsonLinesInInputOrderWithErrorsInPlace()
    {
        using var pages = new PageFolder();
        var b = pages.Write("b.html", PageFolder.Article("Second story", "Bravo text of the second story."));
        var a = pages.Write("a.html", PageFolder.Article("First story", "Alpha text of the first story."));
        var missing = Path.Combine(pages.Path, "missing.html");
        var result = CliRun.Run("extract", b, missing, a);
        Assert.Equal(1, result.ExitCode);
        var lines = result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(new[] { b, missing, a }, lines.Select(l => l.GetProperty("source").GetString()!).ToArray());
        Assert.Contains("Bravo", lines[0].GetProperty("articleBody").GetString());
        Assert.True(lines[1].TryGetProperty("error", out var error));
        Assert.Contains("no such file", error.GetString());
        Assert.Contains("Alpha", lines[2].GetProperty("articleBody").GetString());
        Assert.Contains("missing.html", result.Stderr);
    }

    [Fact]
    public void DirectoriesAreWalkedRecursivelyInOrdinalOrder()
    {
        using var pages = new PageFolder();
        pages.Write("b/z.html", PageFolder.Article("Z", "Zulu."));
        pages.Write("B/a.htm", PageFolder.Article("A", "Alpha."));
        pages.Write("a.txt", "Plain headline\n\nA plain body paragraph that is long enough to count as the story text here.");
        pages.Write("notes.md", "not a page");
        var result = CliRun.Run("extract", "--format", "jsonl", pages.Path);
        var sources = result.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!).ToList();
        Assert.Equal(3, sources.Count);
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
        Assert.DoesNotContain(sources, s => s.EndsWith(".md"));
    }

    [Fact]
    public void AFolderOfPagesSavedWithoutAnExtensionSaysWhatItLeftAlone()
    {
        using var pages = new PageFolder();
        pages.Write("news/harbour-reopens", PageFolder.Article("Harbour reopens", "Ships returned to the harbour."));
        var result = CliRun.Run("extract", pages.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("lede: no pages found in the given inputs: 1 file in the folders given was left alone by its name (", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("harbour-reopens); name a file to read it (folders are searched for .html, .htm,", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ParallelRunsKeepInputOrderAndGiveTheSameOutputAsOneThread()
    {
        using var pages = new PageFolder();
        var files = Enumerable.Range(0, 40).Select(i => pages.Write($"p{i:D2}.html", PageFolder.Article($"Story {i}", $"Text number {i} of the batch."))).ToArray();
        var one = CliRun.Run(["extract", "--format", "jsonl", "--parallel", "1", .. files]);
        var many = CliRun.Run(["extract", "--format", "jsonl", "--parallel", "4", .. files]);
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Stdout, many.Stdout);
        var sources = many.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToArray();
        Assert.Equal(files, sources);
    }

    [Theory]
    [InlineData("extract", "--format", "yaml", "x.html")]
    [InlineData("extract")]
    [InlineData("extract", "--parallel", "0", "x.html")]
    [InlineData("extract", "--no-such-flag", "x.html")]
    [InlineData("extract", "--url", "javascript:alert(1)", "x.html")]
    [InlineData("extract", "--url", "news.example/story", "x.html")]
    [InlineData("analyze", "--url", "/relative/story", "x.html")]
    [InlineData("no-such-verb")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual("", result.Stderr);
        Assert.Equal("", result.Stdout);
        if (args.Contains("--url")) Assert.Contains("--url must be an absolute http(s) address", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void StdinIsReadAsAPage()
    {
        var result = CliRun.RunWithStdin(PageFolder.Article("Piped story", "Text that arrived on standard input."), "extract", "-");
        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("-", root.GetProperty("source").GetString());
        Assert.Contains("standard input", root.GetProperty("articleBody").GetString());
    }

    [Fact]
    public void UrlOptionGivesTheAddressOfAFile()
    {
        using var pages = new PageFolder();
        var file = pages.Write("a.html", PageFolder.Article("Story", "Body text."));
        var root = JsonDocument.Parse(CliRun.Run("extract", "--url", "https://news.example/2026/story", file).Stdout).RootElement;
        Assert.Equal("https://news.example/2026/story", root.GetProperty("url").GetString());
    }

    [Fact]
    public void OutputOptionWritesTheFile()
    {
        using var pages = new PageFolder();
        var file = pages.Write("a.html", PageFolder.Article("Story", "Body text for the file."));
        var output = Path.Combine(pages.Path, "out.jsonl");
        var result = CliRun.Run("extract", "--format", "jsonl", "--output", output, file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("Body text for the file", File.ReadAllText(output));
    }

    [Fact]
    public void GzipPagesAreRead()
    {
        using var pages = new PageFolder();
        var html = System.Text.Encoding.UTF8.GetBytes(PageFolder.Article("Zipped", "Compressed body text of the story."));
        var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(html);
        var file = pages.WriteBytes("z.html.gz", buffer.ToArray());
        var root = JsonDocument.Parse(CliRun.Run("extract", file).Stdout).RootElement;
        Assert.Contains("Compressed body text", root.GetProperty("articleBody").GetString());
    }

    [Fact]
    public void BinaryJunkIsAnErrorForThatInputOnly()
    {
        using var pages = new PageFolder();
        var junk = pages.WriteBytes("junk.html", Enumerable.Range(0, 5000).Select(i => (byte)(i * 7 % 31)).ToArray());
        var good = pages.Write("good.html", PageFolder.Article("Fine", "Readable text."));
        var result = CliRun.Run("extract", junk, good);
        Assert.Equal(1, result.ExitCode);
        var lines = result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains("binary", lines[0].GetProperty("error").GetString());
        Assert.Contains("Readable text", lines[1].GetProperty("articleBody").GetString());
    }

    [Theory]
    [InlineData("crawl.warc")]
    [InlineData("crawl.warc.gz")]
    [InlineData("export.jsonl")]
    [InlineData("renamed.html")] // a WARC archive by its first bytes, whatever its name
    public void AnArchiveOfManyPagesIsSentToIngestNotReadAsOnePage(string name)
    {
        using var pages = new PageFolder();
        var page = PageFolder.Article("Archived", "Archived text.");
        var content = name.EndsWith(".jsonl")
            ? "{\"url\":\"https://news.example/a\",\"articleBody\":\"Archived text.\"}\n"
            : $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\nContent-Length: {page.Length + 19}\r\n\r\nHTTP/1.1 200 OK\r\n\r\n{page}\r\n\r\n";
        var archive = pages.Write(name, content);
        var good = pages.Write("good.html", PageFolder.Article("Fine", "Readable text."));
        var result = CliRun.Run("extract", archive, good);
        Assert.Equal(1, result.ExitCode);
        var lines = result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains("lede ingest", lines[0].GetProperty("error").GetString());
        Assert.False(lines[0].TryGetProperty("headline", out _));
        Assert.Contains("Readable text", lines[1].GetProperty("articleBody").GetString());
    }

    [Fact]
    public void AnAddressGivenWithSpacesAroundItIsWrittenWithout()
    {
        // The check reads " https://…" as the address (Uri trims it), so the article must carry it trimmed too.
        using var pages = new PageFolder();
        var good = pages.Write("good.html", PageFolder.Article("Fine", "Readable text."));
        var result = CliRun.Run("extract", "--url", " https://news.example/story ", good);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("https://news.example/story", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public void AnOutputFileThatCannotBeWrittenIsAUsageErrorInWords()
    {
        using var pages = new PageFolder();
        var good = pages.Write("good.html", PageFolder.Article("Fine", "Readable text."));
        var missing = Path.Combine(pages.Path, "no-such-folder", "out.json");
        var result = CliRun.Run("extract", good, "-o", missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"lede: cannot write {missing}: its folder does not exist", result.Stderr.Trim());

        result = CliRun.Run("extract", good, "-o", pages.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"lede: cannot write {pages.Path}: it is a folder", result.Stderr.Trim());
    }

    [Fact]
    public void TextFormatWritesHeadlineAndBody()
    {
        using var pages = new PageFolder();
        var file = pages.Write("a.html", PageFolder.Article("Harbour reopens", "Boats returned to the harbour."));
        var result = CliRun.Run("extract", "--format", "text", file);
        Assert.Contains("Boats returned to the harbour", result.Stdout);
        Assert.DoesNotContain("{", result.Stdout);
    }

    [Fact]
    public void MarkdownFormatKeepsStructure()
    {
        using var pages = new PageFolder();
        var file = pages.Write("a.html",
            "<html><body><article><h1>Budget passes</h1>" +
            "<p>The council passed the <strong>budget</strong> after a long debate that ran late into the night and beyond.</p>" +
            "<h2>What changes</h2><ul><li>Bus fares fall</li><li>Libraries open longer</li></ul>" +
            "<p>More on the <a href='https://news.example/budget'>budget page</a> and in the <em>weekly</em> bulletin, which lists every line of spending.</p>" +
            "</article></body></html>");
        var md = CliRun.Run("extract", "--format", "markdown", file).Stdout;
        Assert.Contains("**budget**", md);
        Assert.Contains("- Bus fares fall", md);
        Assert.Contains("[budget page](https://news.example/budget)", md);
        Assert.Contains("*weekly*", md);
        Assert.Matches(@"(?m)^#+ What changes$", md);
    }

    [Fact]
    public void HtmlFormatIsSanitised()
    {
        using var pages = new PageFolder();
        var file = pages.Write("a.html",
            "<html><body><article><h1>Hostile page</h1>" +
            "<p onclick=\"steal()\">A paragraph with a handler <img src=x onerror=\"alert(1)\"> and enough words to be kept as the article body text.</p>" +
            "<script>alert('x')</script><iframe src='https://evil.example'></iframe>" +
            "<p style='color:red'>Second paragraph with a <a href=\"javascript:alert(1)\">bad link</a> and a <a href='https://ok.example/'>good link</a> too.</p>" +
            "</article></body></html>");
        var html = CliRun.Run("extract", "--format", "html", file).Stdout;
        Assert.Contains("good link", html);
        Assert.Contains("https://ok.example/", html);
        foreach (var bad in new[] { "<script", "onclick", "onerror", "<iframe", "javascript:", "style=" })
            Assert.DoesNotContain(bad, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AFailedFetchNamesItsAddressOnceOnStderr()
    {
        // Nothing listens on the discard port of this machine: the connection is refused at once.
        var result = CliRun.Run("extract", "http://127.0.0.1:9/closed");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("lede: http://127.0.0.1:9/closed: ", line, StringComparison.Ordinal);
        Assert.Equal(1, line.Split("127.0.0.1:9/closed").Length - 1);
        Assert.Contains("\"error\"", result.Stdout, StringComparison.Ordinal);
    }
}
