using System.Text.Json;

namespace Lede.Bench.Common;

/// <summary>One line of a dataset's gold.jsonl: its id, page URL, input file and every labelled field.</summary>
public sealed record GoldPage(string Id, string? Url, string? InputPath, JsonElement Fields)
{
    public string? GetString(string name) =>
        Fields.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A string array field; empty when the field is missing or null.</summary>
    public IReadOnlyList<string> GetStrings(string name)
    {
        if (!Fields.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) return [];
        var list = new List<string>(v.GetArrayLength());
        foreach (var item in v.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String) list.Add(item.GetString()!);
        return list;
    }
}
