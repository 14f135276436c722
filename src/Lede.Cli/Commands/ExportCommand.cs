using System.CommandLine;
using System.Text;

namespace Lede.Cli.Commands;

/// <summary><c>lede export</c>: every stored article with its analysis, in Lede's output schema (re-ingestible).</summary>
public static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new CorpusDatabaseOptions();
        var format = new Option<string>("--format") { Description = "jsonl (one article per line, as 'lede analyze' writes them)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout" };
        var command = new Command("export", "Write every stored article with its analysis as JSON Lines ('lede ingest' reads them back)");
        database.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            using var corpus = database.OpenExisting(parse, stderr);
            if (corpus is null) return Program.UsageError;
            if (parse.GetValue(output) is { } path)
            {
                if (Batch.OutputFile.TryCreate(path, stderr) is not { } file) return Program.UsageError;
                using var writer = new StreamWriter(file, new UTF8Encoding(false), 1 << 16);
                corpus.Export(writer);
            }
            else
            {
                corpus.Export(stdout);
                stdout.Flush();
            }
            return Program.Ok;
        });
        return command;
    }
}
