using Lede.Crawl.Tests;

namespace Lede.Cli.Tests.Commands;

/// <summary><c>lede ingest</c> of feeds: the crawl options contract, and a feed ingested twice through the CLI.</summary>
public sealed class IngestCommandTests
{
    [Theory]
    [InlineData("--crawl-delay", "-1", "--crawl-delay must be between 0 and 3600 seconds")]
    [InlineData("--max-pages", "0", "--max-pages must be at least 1")]
    public void BadCrawlOptionsAreUsageErrors(string option, string value, string message)
    {
        using var folder = new PageFolder();
        var result = CliRun.Run("ingest", "--db", Path.Combine(folder.Path, "c.db"), option, value, folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--no-such-flag", "lede: unrecognised option '--no-such-flag'")]
    [InlineData("-", "lede: ingest does not read stdin: give files, folders or addresses (lede export writes JSON Lines that ingest reads from a file)")]
    public void AnUnknownFlagOrStdinIsAUsageErrorAndCreatesNoCorpus(string input, string message)
    {
        using var folder = new PageFolder();
        var database = Path.Combine(folder.Path, "c.db");
        var result = CliRun.Run("ingest", "--db", database, input);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void TheSummaryCountsOneThingInTheSingular()
    {
        using var folder = new PageFolder();
        var page = folder.Write("pages/one.html", PageFolder.Article("Harbour reopens after the storm", "Ships returned to the harbour on Tuesday."));
        var result = CliRun.Run("ingest", "--db", Path.Combine(folder.Path, "c.db"), page);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lede: 1 new article, 0 already stored, 0 without article text, 0 failed; 1 document in ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("corpus: 1 article in SQLite", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSummaryCountsFailedInputsAmongTheDocumentsAndNamesFilesLeftAlone()
    {
        using var folder = new PageFolder();
        folder.Write("pages/one.html", PageFolder.Article("Harbour reopens after the storm", "Ships returned to the harbour on Tuesday."));
        folder.Write("pages/empty.html", "");
        folder.WriteBytes("pages/junk.html", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256))]);
        folder.Write("pages/saved/council-votes", PageFolder.Article("Council votes", "The council voted on Tuesday."));
        var result = CliRun.Run("ingest", "--db", Path.Combine(folder.Path, "c.db"), Path.Combine(folder.Path, "pages"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("lede: 1 new article, 0 already stored, 0 without article text, 2 failed; 3 documents in ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("lede: 1 file in the folders given was left alone by its name (", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("council-votes): name a file to ingest it (folders are searched for .html,", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeedIsIngestedAndARerunFetchesNoKnownPage()
    {
        using var folder = new PageFolder();
        using var server = new LocalWebServer();
        server.Answer("/harbour", PageFolder.Article("Harbour reopens after the storm", "Ships returned to the harbour on Tuesday as crews cleared the last of the debris."));
        server.Answer("/council", PageFolder.Article("Council approves the new tram line", "The council voted to build the tram line after a long debate about its cost."));
        server.Answer("/feed.json", $$"""{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "{{server.At("/harbour")}}"}, {"url": "{{server.At("/council")}}"}]}""", "application/feed+json");
        var database = Path.Combine(folder.Path, "feeds.db");

        var first = CliRun.Run("ingest", "--db", database, "--crawl-delay", "0", server.At("/feed.json").ToString());
        var second = CliRun.Run("ingest", "--db", database, "--crawl-delay", "0", server.At("/feed.json").ToString());

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 new articles", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new articles", second.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 feed entries ingested before (not fetched again)", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, server.Count("/harbour"));
        Assert.Equal(2, server.Count("/feed.json"));
    }
}
