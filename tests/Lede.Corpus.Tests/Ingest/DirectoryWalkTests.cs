using System.Diagnostics;
using Lede.Corpus.Ingest;
using Lede.Corpus.Tests.Storage;

namespace Lede.Corpus.Tests.Ingest;

public sealed class DirectoryWalkTests
{
    /// <summary>A named pipe at the path (Unix); false where the system has no mkfifo.</summary>
    private static bool MakeFifo(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false });
        return mkfifo is not null && mkfifo.WaitForExit(10_000) && mkfifo.ExitCode == 0;
    }

    [Fact]
    public async Task ALinkLoopIsWalkedOnceAndAPipeIsNotOpened()
    {
        using var test = new TestCorpus("sqlite");
        var pages = Path.Combine(test.Folder, "pages");
        Directory.CreateDirectory(Path.Combine(pages, "sub"));
        File.WriteAllText(Path.Combine(pages, "a.html"), InventedCorpus.Page(1, url: "https://walk.example.com/1"));
        File.WriteAllText(Path.Combine(pages, "sub", "b.html"), InventedCorpus.Page(2, url: "https://walk.example.com/2"));
        File.WriteAllBytes(Path.Combine(pages, "empty.html"), []);
        Directory.CreateSymbolicLink(Path.Combine(pages, "sub", "up"), pages); // sub/up/sub/up/... without end
        Directory.CreateSymbolicLink(Path.Combine(pages, "again"), Path.Combine(pages, "sub"));
        var pipe = Path.Combine(pages, "pipe.html");
        var hasPipe = MakeFifo(pipe);

        var walked = DirectoryWalk.Files(pages);
        string[] expected = hasPipe ? ["a.html", "empty.html", "pipe.html", "sub/b.html"] : ["a.html", "empty.html", "sub/b.html"];
        Assert.Equal(expected, walked.Select(f => Path.GetRelativePath(pages, f.Path).Replace('\\', '/')));
        Assert.All(walked.Where(f => !f.Path.EndsWith("a.html", StringComparison.Ordinal) && !f.Path.EndsWith("b.html", StringComparison.Ordinal)), f => Assert.Equal(0, f.Length));

        // Ingest reads each page once and reports the empty file and the pipe instead of waiting on the pipe forever.
        var problems = new List<string>();
        using var corpus = test.Open();
        var ingest = Task.Run(() => corpus.Ingest([pages], problem: (where, message) => problems.Add($"{Path.GetFileName(where)}: {message}")));
        Assert.True(await Task.WhenAny(ingest, Task.Delay(TimeSpan.FromSeconds(30))) == ingest, "ingest hung");
        Assert.Equal(2, (await ingest).Stored);
        Assert.Equal(2, corpus.Count);
        Assert.Contains(problems, p => p.StartsWith("empty.html: empty file", StringComparison.Ordinal));
        if (hasPipe) Assert.Contains(problems, p => p.StartsWith("pipe.html: empty file", StringComparison.Ordinal));
    }
}
