using System.CommandLine;
using Lede.Extraction;
using Lede.Extraction.Addresses;

namespace Lede.Cli.Commands;

/// <summary>The input and output options every page-reading verb shares (extract, analyze).</summary>
public sealed class PageOptions
{
    public readonly Argument<string[]> Inputs = new("INPUT")
    {
        Description = "Files (.html, .htm, .xhtml, .html.gz, .txt), directories (walked recursively), '-' for stdin, or http(s) URLs",
        Arity = ArgumentArity.OneOrMore,
    };
    public readonly Option<string?> Format = new("--format")
    {
        Description = "json | jsonl | text | markdown | html (default: json for one input, jsonl for several)",
    };
    public readonly Option<string?> Url = new("--url")
    {
        Description = "The page's address, when reading a file (for relative links and canonical URLs)",
        // Checked and written as the address itself: " https://…" passed the check (Uri trims) and was written with its spaces.
        CustomParser = r => r.Tokens.Count > 0 ? r.Tokens[^1].Value.Trim() : null,
    };
    public readonly Option<string?> Output = new("--output", "-o") { Description = "Write to this file instead of stdout" };
    public readonly Option<int> Parallel = new("--parallel")
    {
        Description = "Threads for extraction (default: all cores; 1 = a single thread)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
    public readonly Option<string> InputFormat = new("--input-format")
    {
        Description = "auto | html | text: how to read inputs (auto: .txt files are text, the rest is sniffed)",
        DefaultValueFactory = _ => "auto",
    };

    public PageOptions()
    {
        Format.AcceptOnlyFromAmong(OutputFormats);
        InputFormat.AcceptOnlyFromAmong("auto", "html", "text");
        Parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallel must be at least 1");
        });
        // The page's address becomes its url and resolves its links: "javascript:…" or a bare host was written out as the url.
        Url.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } url && !WebAddress.IsWebAddress(url))
                r.AddError($"--url must be an absolute http(s) address (https://…), not '{url}'");
        });
    }

    public static readonly string[] OutputFormats = ["json", "jsonl", "text", "markdown", "html"];

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        foreach (var option in new Option[] { Format, Url, Output, Parallel, InputFormat }) command.Options.Add(option);
    }

    public static InputFormat ParseInputFormat(string value) => value switch
    {
        "html" => Extraction.InputFormat.Html,
        "text" => Extraction.InputFormat.Text,
        _ => Extraction.InputFormat.Auto,
    };
}
