using System.Text.Json;

namespace Lede.Bench.Analysis;

/// <summary>One conll2003-dev document: text, gold entities (char offsets), gold sentences (tokens + IOB).</summary>
internal sealed record GoldDocument(string Id, string Text, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldSentence> Sentences)
{
    public static IReadOnlyList<GoldDocument> ReadAll(string path)
    {
        var docs = new List<GoldDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var entities = root.GetProperty("entities").EnumerateArray()
                .Select(e => new GoldEntity(e.GetProperty("type").GetString()!, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()))
                .ToList();
            var sentences = root.GetProperty("sentences").EnumerateArray()
                .Select(s => new GoldSentence(
                    s.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                    s.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                    s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32()))
                .ToList();
            docs.Add(new GoldDocument(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, entities, sentences));
        }
        return docs;
    }
}
