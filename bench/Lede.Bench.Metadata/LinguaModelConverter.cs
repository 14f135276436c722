using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Lede.Extraction.Metadata;

namespace Lede.Bench.Metadata;

/// <summary>
/// Builds the embedded trigram table from Lingua's trigram files (SearchPioneer.Lingua, Apache-2.0): each language's
/// "p/q → trigrams" groups become −log p costs, quantised to one byte. The library reads the result and no longer
/// needs the Lingua package at run time.
/// </summary>
internal static class LinguaModelConverter
{
    public static TrigramLanguageModel Convert(string modelDirectory, IReadOnlyList<string> languages)
    {
        var perLanguage = new List<(string Code, Dictionary<ulong, float> Costs)>();
        foreach (var code in languages)
        {
            var path = Path.Combine(modelDirectory, code, "trigrams.json.br");
            // Lingua has no trigram file for some scripts (Chinese, Japanese): those languages are left out, as before.
            if (!File.Exists(path)) continue;
            perLanguage.Add((code, ReadModel(path)));
        }
        // Rows in key order, so the output does not depend on dictionary iteration order.
        if (perLanguage.Count == 0) throw new FileNotFoundException("No Lingua trigram files under " + modelDirectory);
        var keys = perLanguage.SelectMany(p => p.Costs.Keys).Distinct().Order().ToArray();
        var rows = new Dictionary<ulong, int>(keys.Length);
        foreach (var key in keys) rows.Add(key, rows.Count);
        var n = perLanguage.Count;
        var table = new byte[rows.Count * n];
        Array.Fill(table, TrigramLanguageModel.Unseen);
        for (var l = 0; l < n; l++)
            foreach (var (key, cost) in perLanguage[l].Costs)
                table[rows[key] * n + l] = (byte)Math.Min(TrigramLanguageModel.Unseen - 1, (int)MathF.Round(cost * TrigramLanguageModel.QuantScale));
        return new TrigramLanguageModel(perLanguage.Select(p => p.Code).ToArray(), keys, table);
    }

    private static Dictionary<ulong, float> ReadModel(string path)
    {
        using var file = File.OpenRead(path);
        using var brotli = new BrotliStream(file, CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(brotli);
        var result = new Dictionary<ulong, float>();
        foreach (var group in doc.RootElement.GetProperty("ngrams").EnumerateObject())
        {
            var slash = group.Name.IndexOf('/');
            var num = double.Parse(group.Name.AsSpan(0, slash), CultureInfo.InvariantCulture);
            var den = double.Parse(group.Name.AsSpan(slash + 1), CultureInfo.InvariantCulture);
            var cost = (float)-Math.Log(num / den);
            foreach (var trigram in (group.Value.GetString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (trigram.Length == 3) result[TrigramLanguageModel.Pack(trigram[0], trigram[1], trigram[2])] = cost;
        }
        return result;
    }
}
