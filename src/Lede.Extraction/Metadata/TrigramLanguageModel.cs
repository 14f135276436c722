using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Lede.Extraction.Metadata;

/// <summary>
/// A compact naive-Bayes language model over character trigrams inside words. The probabilities are Lingua's
/// trigram models (Leipzig news corpora), shipped as data files by the SearchPioneer.Lingua package; they are
/// quantised to one byte per trigram and language, so the whole table for ~40 languages takes a few MB and
/// scoring an article is one dictionary lookup per trigram.
/// </summary>
internal sealed class TrigramLanguageModel
{
    // −log p is stored in steps of 1/QuantScale; unseen trigrams cost the maximum.
    private const float QuantScale = 16f;
    private const byte Unseen = 255;
    private const int MaxTrigrams = 4000;

    private readonly string[] _languages;
    private readonly Dictionary<ulong, int> _rows;
    private readonly byte[] _costs;

    private TrigramLanguageModel(string[] languages, Dictionary<ulong, int> rows, byte[] costs)
    {
        _languages = languages;
        _rows = rows;
        _costs = costs;
    }

    public IReadOnlyList<string> Languages => _languages;

    /// <summary>Approximate memory held by the tables, in bytes.</summary>
    public long ApproximateBytes => _costs.LongLength + _rows.Count * 24L;

    /// <summary>Loads the languages whose model files exist under <paramref name="modelDirectory"/> (one folder per ISO 639-1 code).</summary>
    public static TrigramLanguageModel? Load(string modelDirectory, IReadOnlyList<string> languages)
    {
        var perLanguage = new List<(string Code, Dictionary<ulong, float> Costs)>();
        foreach (var code in languages)
        {
            var path = Path.Combine(modelDirectory, code, "trigrams.json.br");
            if (!File.Exists(path)) continue;
            perLanguage.Add((code, ReadModel(path)));
        }
        if (perLanguage.Count == 0) return null;

        var rows = new Dictionary<ulong, int>();
        foreach (var (_, costs) in perLanguage)
            foreach (var key in costs.Keys)
                rows.TryAdd(key, rows.Count);
        var n = perLanguage.Count;
        var table = new byte[rows.Count * n];
        Array.Fill(table, Unseen);
        for (var l = 0; l < n; l++)
            foreach (var (key, cost) in perLanguage[l].Costs)
                table[rows[key] * n + l] = (byte)Math.Min(Unseen - 1, (int)MathF.Round(cost * QuantScale));
        return new TrigramLanguageModel(perLanguage.Select(p => p.Code).ToArray(), rows, table);
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
                if (trigram.Length == 3) result[Pack(trigram[0], trigram[1], trigram[2])] = cost;
        }
        return result;
    }

    private static ulong Pack(char a, char b, char c) => (ulong)a << 32 | (ulong)b << 16 | c;

    /// <summary>The likeliest language of <paramref name="text"/> and its margin over the runner-up, in nats per trigram; null when the text has no trigrams.</summary>
    public (string Language, double Margin)? Identify(ReadOnlySpan<char> text)
    {
        var n = _languages.Length;
        Span<int> totals = n <= 64 ? stackalloc int[n] : new int[n];
        totals.Clear();
        var count = 0;
        char a = '\0', b = '\0';
        var run = 0;
        foreach (var raw in text)
        {
            if (!char.IsLetter(raw)) { run = 0; continue; }
            var c = char.ToLowerInvariant(raw);
            if (run >= 2 && _rows.TryGetValue(Pack(a, b, c), out var row))
            {
                var offset = row * n;
                for (var l = 0; l < n; l++) totals[l] += _costs[offset + l];
                count++;
                if (count >= MaxTrigrams) break;
            }
            a = b;
            b = c;
            run++;
        }
        if (count == 0) return null;
        int best = 0, second = -1;
        for (var l = 1; l < n; l++)
        {
            if (totals[l] < totals[best]) { second = best; best = l; }
            else if (second < 0 || totals[l] < totals[second]) second = l;
        }
        var margin = second < 0 ? double.MaxValue : (totals[second] - totals[best]) / QuantScale / count;
        return (_languages[best], margin);
    }
}
