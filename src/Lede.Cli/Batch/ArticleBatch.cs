using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Cli.Commands;
using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Cli.Batch;

/// <summary>The batch contract of the page verbs: input order, one object per input, errors in place, exit codes.</summary>
public static class ArticleBatch
{
    public static int Run(ParseResult parse, PageOptions options, TextWriter stdout, TextWriter stderr,
        Func<InputItem, (JsonObject Json, object Value)> process)
    {
        var inputs = parse.GetValue(options.Inputs)!;
        // An unknown "--flag" would otherwise be taken for a file name and fail as a missing input.
        if (inputs.FirstOrDefault(i => i.Length > 1 && i[0] == '-' && !File.Exists(i) && !Directory.Exists(i)) is { } unknown)
        {
            stderr.WriteLine($"lede: unrecognised option '{unknown}'");
            stderr.WriteLine("Run 'lede --help' for usage.");
            return Program.UsageError;
        }
        var leftAlone = new Lede.Corpus.Ingest.FilesLeftAlone();
        var items = InputExpander.Expand(inputs, leftAlone);
        if (items.Count == 0)
        {
            // A folder of pages saved without an extension holds files, just none taken for pages: say so and how to read them.
            stderr.WriteLine("lede: no pages found in the given inputs" + (leftAlone.Count == 0 ? "" :
                $": {LeftAlone.Describe(leftAlone.Count, leftAlone.First!)}; name a file to read it " +
                $"(folders are searched for {string.Join(", ", InputExpander.PageExtensions)})"));
            return Program.InputFailed;
        }
        var format = parse.GetValue(options.Format) ?? (items.Count == 1 ? "json" : "jsonl");
        var outputPath = parse.GetValue(options.Output);
        TextWriter writer = stdout;
        FileStream? file = null;
        if (outputPath is not null)
        {
            file = OutputFile.TryCreate(outputPath, stderr);
            if (file is null) return Program.UsageError;
            writer = new StreamWriter(file, new UTF8Encoding(false));
        }
        var failures = 0;
        try
        {
            var first = true;
            failures = new BatchRunner(parse.GetValue(options.Parallel), stderr).Run(items, process, outcome =>
            {
                Write(writer, format, outcome, first);
                first = false;
                if (outcome.Error is not null) stderr.WriteLine($"lede: {Located(outcome.Item.Source, outcome.Error)}");
            });
        }
        finally
        {
            writer.Flush();
            if (file is not null) { writer.Dispose(); }
        }
        return failures == 0 ? Program.Ok : Program.InputFailed;
    }

    /// <summary>The error with its input in front, once: a fetch error already starts with its address.</summary>
    internal static string Located(string source, string error) =>
        error.StartsWith(source + ":", StringComparison.Ordinal) ? error : $"{source}: {error}";

    private static void Write(TextWriter writer, string format, BatchRunner.Outcome outcome, bool first)
    {
        var json = outcome.Result ?? ArticleJson.Error(outcome.Item.Source, outcome.Error!);
        switch (format)
        {
            case "json":
                writer.WriteLine(json.ToJsonString(ArticleJson.Indented));
                break;
            case "jsonl":
                writer.WriteLine(json.ToJsonString(ArticleJson.Compact));
                break;
            default:
                var article = outcome.Value as NewsArticle ?? (outcome.Value as IArticleCarrier)?.Article;
                if (!first && format != "html") writer.WriteLine(format == "markdown" ? "\n---\n" : "\n\f\n");
                if (article is null)
                {
                    writer.WriteLine(format == "html"
                        ? $"<!-- {System.Net.WebUtility.HtmlEncode(outcome.Item.Source)}: {System.Net.WebUtility.HtmlEncode(outcome.Error ?? "")} -->"
                        : $"[{Located(outcome.Item.Source, outcome.Error ?? "")}]");
                    break;
                }
                writer.Write(format switch
                {
                    "text" => ArticleText.Write(article),
                    "markdown" => MarkdownWriter.Write(article),
                    _ => HtmlWriter.Write(article),
                });
                break;
        }
    }
}

/// <summary>A result of a later stage that still carries the extracted article (for text/markdown/html output).</summary>
public interface IArticleCarrier
{
    NewsArticle Article { get; }
}
