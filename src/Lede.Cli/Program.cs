using System.CommandLine;
using Lede.Cli.Commands;

namespace Lede.Cli;

public static class Program
{
    /// <summary>Exit codes are a contract: 0 all inputs done, 1 some input failed, 2 usage error.</summary>
    public const int Ok = 0, InputFailed = 1, UsageError = 2;

    public static int Main(string[] args) => Run(args, Console.In, Console.Out, Console.Error);

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Lede turns news pages into structured, trustworthy records and follows stories across them.");
        // Each verb lives in Commands/<Verb>Command.cs; add new ones here.
        root.Subcommands.Add(ExtractCommand.Create(stdin, stdout, stderr));
        root.Subcommands.Add(AnalyzeCommand.Create(stdin, stdout, stderr));
        // Ingest stores each article's analysis; the analyzer (and its model) loads only when ingest runs.
        var analyzer = new Lazy<Lede.Analysis.ArticleAnalyzer>(() => new Lede.Analysis.ArticleAnalyzer(), LazyThreadSafetyMode.ExecutionAndPublication);
        root.Subcommands.Add(IngestCommand.Create(stdout, stderr, article => analyzer.Value.Analyze(article.ArticleBody, article.InLanguage)));
        root.Subcommands.Add(SearchCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Create(stdout, stderr));
        root.Subcommands.Add(DuplicatesCommand.Create(stdout, stderr));
        root.Subcommands.Add(StoriesCommand.Create(stdout, stderr));
        root.Subcommands.Add(TimelineCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(SiloCommand.Create(stdout, stderr));
        root.Subcommands.Add(TrainCommand.Create(stdout, stderr));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"lede: {error.Message}");
            stderr.WriteLine("Run 'lede --help' for usage.");
            return UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
