using System.IO.Compression;
using System.Text.Json;

namespace Lede.Bench.Common;

/// <summary>Reads a dataset's gold.jsonl and the (gzip) inputs it points to.</summary>
public static class GoldReader
{
    public static IReadOnlyList<GoldPage> Read(string datasetFolder)
    {
        var pages = new List<GoldPage>();
        foreach (var line in File.ReadLines(Path.Combine(datasetFolder, "gold.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement.Clone();
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var input = Str("html") ?? Str("text");
            pages.Add(new GoldPage(Str("id") ?? throw new InvalidDataException("gold line without id"), Str("url"),
                input is null ? null : Path.Combine(datasetFolder, input), root));
        }
        return pages;
    }

    /// <summary>The page's raw bytes, inflated when the file is gzip (charset untouched).</summary>
    public static byte[] ReadInput(GoldPage page)
    {
        if (page.InputPath is null) throw new InvalidDataException($"gold page {page.Id} has no input file");
        var bytes = File.ReadAllBytes(page.InputPath);
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b) return bytes;
        using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        var output = new MemoryStream(bytes.Length * 5);
        gz.CopyTo(output);
        return output.ToArray();
    }
}
