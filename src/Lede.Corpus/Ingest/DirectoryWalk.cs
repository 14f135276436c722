namespace Lede.Corpus.Ingest;

/// <summary>
/// The files under a directory, recursively, in ordinal path order. A symbolic link to a directory is followed
/// once: a directory already walked (a link loop such as <c>dir/self -> dir</c>, or two links to one place) is
/// not walked again, so no file is read twice and the walk ends.
/// </summary>
public static class DirectoryWalk
{
    /// <summary>Each file with its length; a zero length also marks pipes and devices, which callers must not open.</summary>
    public static IReadOnlyList<(string Path, long Length)> Files(string root)
    {
        var files = new List<(string, long)>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (!walked.Add(RealPath(directory))) continue;
            try
            {
                foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options))
                {
                    if (entry is DirectoryInfo) pending.Push(entry.FullName);
                    else if (entry is FileInfo file && file.Exists) files.Add((Path.Join(directory, entry.Name), file.Length));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // as IgnoreInaccessible: an unreadable directory adds nothing
        }
        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.Item1, b.Item1));
        return files;
    }

    /// <summary>The directory with every link on its path resolved, so two names of one directory compare equal.</summary>
    private static string RealPath(string directory)
    {
        var full = Path.GetFullPath(directory);
        try
        {
            var parent = Path.GetDirectoryName(full);
            var resolvedParent = parent is null ? null : RealPath(parent);
            var here = resolvedParent is null ? full : Path.Join(resolvedParent, Path.GetFileName(full));
            return new DirectoryInfo(here).ResolveLinkTarget(returnFinalTarget: true)?.FullName is { } target ? RealPath(target) : here;
        }
        catch (IOException)
        {
            return full; // a link that cannot be resolved (a loop of links) is walked under its own name at most once
        }
    }
}
