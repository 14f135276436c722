namespace Lede.Analysis.Tests.Entities;

/// <summary>Reads the shared, read-only data beside the repository at run time (never copied into it).</summary>
internal static class SharedData
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lede.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("No Lede.slnx above the test binaries.");
    }

    public static string SeedStory()
    {
        var folder = Path.Combine(RepoRoot(), "..", "shared", "seed");
        var file = Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).First();
        return File.ReadAllText(file);
    }
}
