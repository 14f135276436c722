namespace Lede.Bench.Analysis;

/// <summary>Finds the repository root (the folder holding Lede.slnx) and the shared data beside it.</summary>
internal static class RepoPaths
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lede.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    public static string DefaultData() => Path.GetFullPath(Path.Combine(Root(), "../shared/data"));
}
