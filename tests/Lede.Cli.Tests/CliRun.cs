namespace Lede.Cli.Tests;

/// <summary>Runs the CLI in-process with captured streams.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

internal static class CliRun
{
    public static CliResult Run(params string[] args) => RunWithStdin("", args);

    public static CliResult RunWithStdin(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, new StringReader(stdin), stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary folder of invented pages, removed after the test.</summary>
internal sealed class PageFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("lede-cli-").FullName;

    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string WriteBytes(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public static string Article(string headline, string body) =>
        $"<html><head><title>{headline}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>" +
        $"<article><h1>{headline}</h1>" + string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>{body} Paragraph {i} adds a few more words so the text reads like a real story about the event.</p>")) +
        "</article><footer>Copyright Example Media</footer></body></html>";

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
