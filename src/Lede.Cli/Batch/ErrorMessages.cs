using Lede.Crawl;
using Lede.Extraction;

namespace Lede.Cli.Batch;

/// <summary>Turns exceptions into the one-line messages written to an item's <c>error</c>.</summary>
public static class ErrorMessages
{
    public static string Describe(Exception e) => e switch
    {
        InputRejectedException or FetchException => e.Message,
        FileNotFoundException f => $"no such file: {f.FileName}",
        DirectoryNotFoundException => $"no such file or directory ({e.Message})",
        UnauthorizedAccessException => $"permission denied ({e.Message})",
        IOException => $"could not read the input: {e.Message}",
        InsufficientExecutionStackException => "the page is nested too deeply to process",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
