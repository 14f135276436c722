using System.Text.Json;

namespace Lede.Bench.Attribution;

/// <summary>One PolNeAR article: its text and gold attributions (content, source as character ranges).</summary>
internal sealed record GoldDocument(string Id, string Split, string Text, IReadOnlyList<GoldAttribution> Attributions)
{
    public static IEnumerable<GoldDocument> Load(string folder, string split)
    {
        foreach (var line in File.ReadLines(Path.Combine(folder, "gold.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("split").GetString() != split) continue;
            var text = File.ReadAllText(Path.Combine(folder, root.GetProperty("text").GetString()!));
            var attributions = new List<GoldAttribution>();
            foreach (var a in root.GetProperty("attributions").EnumerateArray())
                attributions.Add(new GoldAttribution(
                    Ranges(a, "content"), Ranges(a, "source"), Ranges(a, "cue"),
                    a.GetProperty("content_quote_type_heuristic").GetString() ?? "indirect"));
            yield return new GoldDocument(root.GetProperty("id").GetString()!, split, text, attributions);
        }
    }

    private static (int Start, int End)[] Ranges(JsonElement attribution, string field)
    {
        var ranges = new List<(int, int)>();
        if (attribution.TryGetProperty(field, out var parts) && parts.ValueKind == JsonValueKind.Array)
            foreach (var part in parts.EnumerateArray())
                foreach (var fragment in part.GetProperty("fragments").EnumerateArray())
                    ranges.Add((fragment[0].GetInt32(), fragment[1].GetInt32()));
        return ranges.ToArray();
    }
}
