namespace Lede.Corpus.Tests.Ingest;

/// <summary>
/// The CLI built beside a test project (same configuration and framework), found from the repository root: the tests
/// that run the real <c>lede</c> as a child process (the kill test, the server start-up tests) share this.
/// </summary>
internal static class BuiltCli
{
    public static string Path()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Lede.slnx"))) directory = directory.Parent;
        Assert.NotNull(directory);
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var path = System.IO.Path.Combine(directory.FullName, "src", "Lede.Cli", "bin", output.Parent!.Name, output.Name, "lede.dll");
        Assert.True(File.Exists(path), $"the CLI is not built at {path}");
        return path;
    }
}
