namespace Lede.Corpus.Ingest;

/// <summary>
/// What directory walks left alone by file name: how many files and the first one, all a report names. Counting instead
/// of listing keeps a walk over a folder of a million pictures from holding a million paths.
/// </summary>
public sealed class FilesLeftAlone
{
    public int Count { get; private set; }

    /// <summary>The first file left alone, in walk order; null while none was.</summary>
    public string? First { get; private set; }

    public void Add(string path)
    {
        First ??= path;
        Count++;
    }
}
