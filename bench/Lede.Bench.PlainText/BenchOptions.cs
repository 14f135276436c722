using Lede.Bench.Common;

namespace Lede.Bench.PlainText;

/// <summary>Command line of the bench: the data folder (default <c>../shared/data</c> beside the repository root), where to dump outputs, how many misses to list.</summary>
internal sealed record BenchOptions(string DataFolder, string? DumpFolder, int Misses)
{
    public static BenchOptions Parse(string[] args)
    {
        string? data = null, dump = null;
        var misses = 10;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--dump" && i + 1 < args.Length) dump = args[++i];
            else if (args[i] == "--misses" && i + 1 < args.Length) misses = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else data = args[i];
        }
        return new BenchOptions(DataPaths.DataRoot(data), dump, misses);
    }
}
