using System.Text.Json.Nodes;

namespace Lede.Cli.Tests.Commands;

/// <summary><c>lede duplicates</c> in its three formats over a corpus with one story, an edited copy of it and an unrelated story.</summary>
public sealed class DuplicatesCommandTests
{
    private const string Story =
        "The harbour authority said on Friday that the northern breakwater will be raised by a metre before next winter, after "
        + "storms twice flooded the fish market this year. The work will cost about four million and close the outer berths "
        + "for six weeks in the summer. Fishermen welcomed the plan but asked that the berths stay open during the herring "
        + "season, and the authority said it would try to move the closure to the autumn if the contractor agreed to it.";

    [Fact]
    public void GroupsComeAsTextJsonLinesAndAPage()
    {
        using var folder = new PageFolder();
        var lines = new[]
        {
            ("https://wire.example/breakwater", "2026-04-03T07:00:00Z", "Breakwater to be raised after floods", Story),
            ("https://coast.example/breakwater", "2026-04-03T11:30:00Z", "Harbour raises breakwater", Story[..Story.LastIndexOf(", and the authority", StringComparison.Ordinal)] + "."),
            ("https://coast.example/regatta", "2026-04-04T09:00:00Z", "Regatta returns", "Forty boats raced in the bay on Saturday as the regatta returned after a year's pause for repairs to the slipway."),
        }.Select(a => new JsonObject { ["url"] = a.Item1, ["datePublished"] = a.Item2, ["headline"] = a.Item3, ["articleBody"] = a.Item4 }.ToJsonString());
        var jsonl = folder.Write("articles.jsonl", string.Join('\n', lines) + "\n");
        var database = Path.Combine(folder.Path, "c.db");
        Assert.Equal(0, CliRun.Run("ingest", "--db", database, jsonl).ExitCode);

        var text = CliRun.Run("duplicates", "--db", database);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("2 copies of \"Breakwater to be raised after floods\"", text.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Regatta", text.Stdout, StringComparison.Ordinal);

        var jsonLines = CliRun.Run("duplicates", "--db", database, "--format", "jsonl");
        var group = JsonNode.Parse(Assert.Single(jsonLines.Lines))!;
        var earliest = Assert.Single(group["articles"]!.AsArray(), a => (bool)a!["earliest"]!)!;
        Assert.Equal("https://wire.example/breakwater", (string)earliest["url"]!);
        Assert.Equal("2026-04-03T07:00:00Z", (string)earliest["datePublished"]!);
        Assert.Equal("near", (string)Assert.Single(group["articles"]!.AsArray(), a => !(bool)a!["earliest"]!)!["kind"]!);

        var page = CliRun.Run("duplicates", "--db", database, "--format", "html");
        Assert.Equal(0, page.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", page.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 group holding 2 articles", page.Stdout, StringComparison.Ordinal);
        Assert.Contains("href=\"https://coast.example/breakwater\"", page.Stdout, StringComparison.Ordinal); // no host: copies link to their pages
        Assert.Contains(">4.5 h<", page.Stdout, StringComparison.Ordinal); // 07:00 to 11:30
    }
}
