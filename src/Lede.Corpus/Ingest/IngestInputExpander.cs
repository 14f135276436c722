using Lede.Extraction.Addresses;

namespace Lede.Corpus.Ingest;

/// <summary>
/// Expands command-line inputs: files as given, directories walked recursively in ordinal path
/// order (so reruns see the same sequence; each directory once, however many links lead to it), http(s) URLs. A missing path stays an input and is reported.
/// Feed and sitemap files count only when named: a directory walk never starts fetching from the web. Files a walk
/// leaves alone by their names (pictures, scripts, pages saved without an extension) are counted for the report, so a
/// folder whose pages all lack a known name is not mistaken for an empty one.
/// </summary>
public static class IngestInputExpander
{
    public static readonly string[] PageExtensions = [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".txt", ".txt.gz"];
    public static readonly string[] WarcExtensions = [".warc", ".warc.gz"];
    public static readonly string[] JsonLinesExtensions = [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"];
    public static readonly string[] FeedExtensions = [".rss", ".atom", ".xml", ".xml.gz", ".json"];

    public static IReadOnlyList<IngestInput> Expand(IEnumerable<string> inputs) => Expand(inputs, leftAlone: null);

    /// <param name="inputs">Files, directories and addresses as given.</param>
    /// <param name="leftAlone">Receives the files that directory walks found and left alone by their names.</param>
    public static IReadOnlyList<IngestInput> Expand(IEnumerable<string> inputs, FilesLeftAlone? leftAlone)
    {
        var expanded = new List<IngestInput>();
        foreach (var input in inputs)
        {
            if (WebAddress.IsWebAddress(input))
                expanded.Add(new IngestInput(input, IngestInputKind.Url, 0));
            else if (Directory.Exists(input))
            {
                foreach (var (file, length) in DirectoryWalk.Files(input))
                {
                    if (KindOf(file) is { } kind) expanded.Add(new IngestInput(file, length == 0 ? IngestInputKind.Empty : kind, length));
                    else leftAlone?.Add(file);
                }
            }
            else if (File.Exists(input))
                expanded.Add(new IngestInput(input, KindOf(input) ?? (IsFeedFile(input) ? IngestInputKind.Feed : IngestInputKind.Page), new FileInfo(input).Length));
            else expanded.Add(new IngestInput(input, IngestInputKind.Missing, 0));
        }
        return expanded;
    }

    /// <summary>The kind a file name says, or null for files a directory walk leaves alone.</summary>
    public static IngestInputKind? KindOf(string path)
    {
        bool Ends(string[] extensions) => extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (Ends(WarcExtensions)) return IngestInputKind.Warc;
        if (Ends(JsonLinesExtensions)) return IngestInputKind.JsonLines;
        if (Ends(PageExtensions)) return IngestInputKind.Page;
        return null;
    }

    private static bool IsFeedFile(string path) => FeedExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static bool IsTextFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt.gz", StringComparison.OrdinalIgnoreCase);
}
