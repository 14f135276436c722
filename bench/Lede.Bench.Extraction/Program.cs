using Lede.Bench.Common;
using Lede.Bench.Extraction;

// Usage: dump [DATA] --to DIR [--against BASE] | quality [DATA] [--dump DIR] | speed [DATA] [--rounds N] [--no-peers] [--round-times] | parsers [DATA] [--rounds N] | peers [DATA] | explain [DATA] --page ID
var command = args.Length > 0 ? args[0] : "quality";
SpeedBenchmark.PrintRoundTimes = args.Contains("--round-times");
var data = DataPaths.DataRoot(args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null);
return command switch
{
    "quality" => QualityBenchmark.Run(data, OptionValue("--dump")),
    "speed" => SpeedBenchmark.Run(data, int.TryParse(OptionValue("--rounds"), out var rounds) && rounds > 0 ? rounds : 1, !args.Contains("--no-peers")),
    "parsers" => SpeedBenchmark.RunParsers(data, int.TryParse(OptionValue("--rounds"), out var parserRounds) && parserRounds > 0 ? parserRounds : 1),
    "peers" => QualityBenchmark.RunPeersOnly(data),
    "phases" => PhaseTimingCommand.Run(data, int.TryParse(OptionValue("--rounds"), out var phaseRounds) && phaseRounds > 0 ? phaseRounds : 2),
    "diagnose" => DiagnoseCommand.Run(data, args.Contains("--kept")),
    "dump" => OutputDumpCommand.Run(data, OptionValue("--to") ?? "dump", OptionValue("--against")),
    "explain" => ExplainCommand.Run(data, OptionValue("--page") ?? "", OptionValue("--find")),
    _ => Usage(),
};

string? OptionValue(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Lede.Bench.Extraction quality|speed|parsers|phases|peers|explain|diagnose|dump [DATA-FOLDER] [--to DIR] [--against BASE] [--dump DIR] [--rounds N] [--no-peers] [--round-times] [--page ID] [--find TEXT]");
    return 2;
}
