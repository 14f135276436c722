using System.Text.Json;

namespace Lede.Bench.Common;

/// <summary>A published extractor's output for a dataset: tool name and text per page id.</summary>
public sealed record PeerOutput(string Tool, string Version, IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>
    /// Reads <c>{"tool","version","output":{id:{"articleBody":text}}}</c> or <c>{"output":{id:text}}</c>
    /// or a bare <c>{id:text}</c> map.
    /// </summary>
    public static PeerOutput Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var tool = root.TryGetProperty("tool", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : Path.GetFileNameWithoutExtension(path);
        var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        var map = root.TryGetProperty("output", out var o) && o.ValueKind == JsonValueKind.Object ? o : root;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in map.EnumerateObject())
        {
            var value = entry.Value;
            texts[entry.Name] = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Object when value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String => body.GetString()!,
                _ => "",
            };
        }
        return new PeerOutput(tool, version, texts);
    }
}
