using System.Text.Json.Nodes;

namespace Lede.Cli.Tests.Commands;

/// <summary>The verbs that only read the corpus: a mistyped --db is an error, not an empty answer.</summary>
public class CorpusReadCommandTests
{
    [Theory]
    [InlineData("search", "lighthouse")]
    [InlineData("stories")]
    [InlineData("duplicates")]
    [InlineData("export")]
    [InlineData("timeline", "--entity", "Harbour Authority")]
    public void AReadingVerbOnAMissingDatabaseSaysSoAndCreatesNothing(params string[] verb)
    {
        using var folder = new PageFolder();
        var database = Path.Combine(folder.Path, "typo.db");
        var result = CliRun.Run([.. verb, "--db", database]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no corpus at", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("typo.db", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void StoriesSaysWhyTheListIsEmpty()
    {
        using var folder = new PageFolder();
        var line = new JsonObject
        {
            ["url"] = "https://coast.example/regatta", ["datePublished"] = "2026-04-04T09:00:00Z", ["headline"] = "Regatta returns",
            ["articleBody"] = "Forty boats raced in the bay on Saturday as the regatta returned after a year's pause for repairs to the slipway.",
        }.ToJsonString();
        var database = Path.Combine(folder.Path, "c.db");
        IngestLine(folder, database, line);

        var stories = CliRun.Run("stories", "--db", database);
        Assert.Equal(0, stories.ExitCode);
        Assert.Contains("No story has 2 articles or more (1 article in the corpus; --min-articles 1 lists every story)", stories.Stdout, StringComparison.Ordinal);
        Assert.Contains("Regatta returns", CliRun.Run("stories", "--db", database, "--min-articles", "1").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void StoriesJsonShowsTheAnalysisFullNames()
    {
        using var folder = new PageFolder();
        var line = new JsonObject
        {
            ["url"] = "https://coast.example/taxes", ["datePublished"] = "2026-04-04T09:00:00Z", ["headline"] = "Tax records questioned",
            ["articleBody"] = "The New York Times said on Monday that Donald Trump had sold a golf course near the lake. " +
                "Donald Trump did not answer questions about the sale, and a spokesman called it a private matter.",
        }.ToJsonString();
        var database = Path.Combine(folder.Path, "c.db");
        IngestLine(folder, database, line);

        var result = CliRun.Run("stories", "--db", database, "--min-articles", "1", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var entities = JsonNode.Parse(result.Stdout.Trim())!["topEntities"]!.AsArray()
            .Select(e => (Name: (string)e!["name"]!, Type: (string?)e["type"], Articles: (int)e["articles"]!)).ToList();
        Assert.Contains(("Donald Trump", "PER", 1), entities);
        // The analysis's full name, not the words left once "New" is dropped as a common word.
        Assert.Contains(entities, e => e.Name is "The New York Times" or "New York Times" && e.Type == "ORG");
        Assert.DoesNotContain(entities, e => e.Name == "York Times");
    }

    [Theory]
    [InlineData("-n", "0", "", "--limit must be between 1 and 1000")]
    [InlineData("--from", "2026-05-01", "2026-04-01", "--from is after --to")]
    public void SearchErrorsNameTheFlagTheUserTyped(string option, string value, string to, string message)
    {
        using var folder = new PageFolder();
        var database = Path.Combine(folder.Path, "c.db");
        var line = new JsonObject { ["url"] = "https://coast.example/regatta", ["headline"] = "Regatta returns", ["articleBody"] = "Forty boats raced in the bay on Saturday." }.ToJsonString();
        IngestLine(folder, database, line);
        string[] args = ["search", "--db", database, option, value, "regatta"];
        if (to.Length > 0) args = [.. args, "--to", to];
        var result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"lede: {message}", result.Stderr.Trim());
    }

    [Fact]
    public void AnEntityTimelineThatFindsNothingSaysSo()
    {
        using var folder = new PageFolder();
        var database = Path.Combine(folder.Path, "c.db");
        var line = new JsonObject { ["url"] = "https://coast.example/regatta", ["headline"] = "Regatta returns", ["articleBody"] = "Forty boats raced in the bay on Saturday." }.ToJsonString();
        IngestLine(folder, database, line);
        var result = CliRun.Run("timeline", "--db", database, "--entity", "Marta Kowalczyk");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No article in the corpus names \"Marta Kowalczyk\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Articles (0)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportToAFolderThatDoesNotExistSaysSo()
    {
        using var folder = new PageFolder();
        var database = Path.Combine(folder.Path, "c.db");
        var line = new JsonObject { ["url"] = "https://coast.example/regatta", ["headline"] = "Regatta returns", ["articleBody"] = "Forty boats raced in the bay on Saturday." }.ToJsonString();
        IngestLine(folder, database, line);
        var target = Path.Combine(folder.Path, "no-such-folder", "corpus.jsonl");
        var result = CliRun.Run("export", "--db", database, "-o", target);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"lede: cannot write {target}: its folder does not exist", result.Stderr.Trim());
    }

    // One article as a line of JSON, ingested into the corpus at database.
    private static void IngestLine(PageFolder folder, string database, string line) =>
        Assert.Equal(0, CliRun.Run("ingest", "--db", database, folder.Write("one.jsonl", line + "\n")).ExitCode);
}
