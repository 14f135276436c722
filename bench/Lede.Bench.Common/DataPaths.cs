namespace Lede.Bench.Common;

/// <summary>Finds the repository root and the shared data folder the benchmarks read.</summary>
public static class DataPaths
{
    /// <summary>Walks up from <paramref name="start"/> (default: the program's folder, then the working folder) to the folder holding <c>Lede.slnx</c>.</summary>
    public static string RepoRoot(string? start = null)
    {
        foreach (var origin in start is null ? [AppContext.BaseDirectory, Directory.GetCurrentDirectory()] : new[] { start })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Lede.slnx"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Lede.slnx not found above " + (start ?? AppContext.BaseDirectory));
    }

    /// <summary>The data folder: the argument when given (relative to the working folder), else <c>../shared/data</c> beside the repository root.</summary>
    public static string DataRoot(string? argument = null)
    {
        var path = string.IsNullOrWhiteSpace(argument)
            ? Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "data"))
            : Path.GetFullPath(argument);
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException("data folder not found: " + path);
        return path;
    }

    /// <summary>One dataset folder inside the data root (e.g. <c>zyte-aeb-dev</c>).</summary>
    public static string Dataset(string dataRoot, string name) => Path.Combine(dataRoot, name);
}
