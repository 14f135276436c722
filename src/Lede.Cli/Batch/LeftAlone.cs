namespace Lede.Cli.Batch;

/// <summary>How the page verbs and ingest name the files a directory walk left alone by their names.</summary>
internal static class LeftAlone
{
    /// <summary>"1 file in the folders given was left alone by its name (pages/story)", or "3 files … (pages/a, …)".</summary>
    public static string Describe(int count, string first) => count == 1
        ? $"1 file in the folders given was left alone by its name ({first})"
        : $"{count:N0} files in the folders given were left alone by their names ({first}, …)";
}
