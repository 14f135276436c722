namespace Lede.Bench.Corpus;

/// <summary>Finds the repository root (the folder with Lede.slnx), so the data folder defaults to ../shared/data from it.</summary>
internal static class RepoPaths
{
    public static string DefaultData()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lede.slnx"))) directory = directory.Parent;
        return Path.GetFullPath(Path.Combine(directory?.FullName ?? ".", "..", "shared", "data"));
    }
}
