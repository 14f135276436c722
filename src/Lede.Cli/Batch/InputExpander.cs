using Lede.Corpus.Ingest;
using Lede.Extraction.Addresses;

namespace Lede.Cli.Batch;

/// <summary>
/// Expands command-line inputs into the items of a batch: files as given, directories walked
/// recursively in ordinal path order (each directory once, however many links lead to it), "-" for stdin, http(s) URLs. A path that does not exist
/// stays an item, so it is reported in its place instead of vanishing.
/// </summary>
public static class InputExpander
{
    /// <summary>File names a directory walk picks up (a named file is always taken).</summary>
    public static readonly string[] PageExtensions = [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".txt", ".txt.gz"];

    public static IReadOnlyList<InputItem> Expand(IEnumerable<string> inputs) => Expand(inputs, leftAlone: null);

    /// <param name="inputs">Files, directories, "-" and addresses as given.</param>
    /// <param name="leftAlone">Receives the files that directory walks found and left alone by their names.</param>
    public static IReadOnlyList<InputItem> Expand(IEnumerable<string> inputs, FilesLeftAlone? leftAlone)
    {
        var items = new List<InputItem>();
        foreach (var input in inputs)
        {
            if (input == "-") items.Add(new InputItem("-", InputKind.Stdin));
            else if (IsUrl(input)) items.Add(new InputItem(input, InputKind.Url));
            else if (Directory.Exists(input))
            {
                foreach (var (path, length) in DirectoryWalk.Files(input))
                {
                    if (IsPage(path)) items.Add(new InputItem(path, length == 0 ? InputKind.Empty : InputKind.File));
                    else leftAlone?.Add(path);
                }
            }
            else if (File.Exists(input)) items.Add(new InputItem(input, InputKind.File));
            else items.Add(new InputItem(input, InputKind.Missing));
        }
        return items;
    }

    public static bool IsUrl(string input) => WebAddress.IsWebAddress(input);

    public static bool IsPage(string path) => PageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the path names plain text rather than markup.</summary>
    public static bool IsTextFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt.gz", StringComparison.OrdinalIgnoreCase);
}
