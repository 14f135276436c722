namespace Lede.Cli.Batch;

/// <summary>
/// Opens the file an <c>--output</c>/<c>--out</c> option names, or says in one line why it cannot (a usage error, exit 2):
/// an unhandled exception printed a stack trace and exit code 1, as if an input had failed.
/// </summary>
public static class OutputFile
{
    public static FileStream? TryCreate(string path, TextWriter stderr)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"lede: cannot write {path}: {Why(path, e)}");
            return null;
        }
    }

    private static string Why(string path, Exception e) => e switch
    {
        _ when Directory.Exists(path) => "it is a folder",
        DirectoryNotFoundException => "its folder does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
