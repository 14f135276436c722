using System.Globalization;
using System.Text.Json;

namespace Lede.Bench.Stories;

/// <summary>Reads article texts from the development datasets at run time (never copied into the repository).</summary>
internal static class DevelopmentTexts
{
    public static string FindDataFolder(string? given)
    {
        if (!string.IsNullOrEmpty(given)) return Path.GetFullPath(given);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lede.slnx"))) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        }
        return Path.GetFullPath(Path.Combine("..", "shared", "data"));
    }

    /// <summary>PolNeAR: US political news 2015-16, plain text with the headline as first line.</summary>
    public static List<SourceText> PolNear(string data)
    {
        var folder = Path.Combine(data, "polnear-train-dev");
        var result = new List<SourceText>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "gold.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var text = File.ReadAllText(Path.Combine(folder, r.GetProperty("text").GetString()!)).Replace("\r\n", "\n");
            var firstBreak = text.IndexOf("\n\n", StringComparison.Ordinal);
            var body = firstBreak > 0 ? text[(firstBreak + 2)..].Trim() : text.Trim();
            var date = DateTimeOffset.TryParse(r.GetProperty("publication_date").GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.AddHours(12) : (DateTimeOffset?)null;
            result.Add(new SourceText(r.GetProperty("id").GetString()!, "polnear", r.GetProperty("title").GetString() ?? "", body, date, r.GetProperty("publisher").GetString()));
        }
        return result;
    }

    /// <summary>Zyte article-extraction benchmark: human-written article bodies of English news and blog pages.</summary>
    public static List<SourceText> Zyte(string data)
    {
        var result = new List<SourceText>();
        foreach (var line in File.ReadLines(Path.Combine(data, "zyte-aeb-dev", "gold.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var body = (r.GetProperty("article_body").GetString() ?? "").Replace("\r\n", "\n").Replace("\n", "\n\n");
            var title = body.Split('\n', 2)[0];
            result.Add(new SourceText(r.GetProperty("id").GetString()!, "zyte", title.Length > 120 ? title[..120] : title, body, null, null));
        }
        return result;
    }

    /// <summary>trafilatura evaluation: the segments that must appear in the main text, joined (mostly German, also other languages).</summary>
    public static List<SourceText> Trafilatura(string data)
    {
        var result = new List<SourceText>();
        foreach (var line in File.ReadLines(Path.Combine(data, "trafilatura-eval-dev", "gold.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var field = r.GetProperty("main_text_with");
            var pieces = field.ValueKind == JsonValueKind.Array
                ? field.EnumerateArray().Select(p => p.GetString() ?? "").Where(p => p.Length > 0).ToArray()
                : [];
            var body = string.Join("\n\n", pieces);
            var titleField = r.GetProperty("title");
            var title = titleField.ValueKind == JsonValueKind.String && titleField.GetString() is { } t && t != "None" ? t : pieces.FirstOrDefault() ?? "";
            result.Add(new SourceText(r.GetProperty("id").GetString()!, "trafilatura", title, body, null, null));
        }
        return result;
    }

    /// <summary>CoNLL-2003 Reuters documents (1996): a pool of text that is not among the originals, for paragraphs an update adds.</summary>
    public static List<SourceText> Conll(string data)
    {
        var result = new List<SourceText>();
        foreach (var line in File.ReadLines(Path.Combine(data, "conll2003-dev", "gold.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var lines = (r.GetProperty("text").GetString() ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            // Tokenised text, one sentence a line: three sentences make a paragraph.
            var paragraphs = lines.Skip(2).Chunk(3).Select(c => string.Join(' ', c).Replace(" ,", ",").Replace(" .", "."));
            result.Add(new SourceText(r.GetProperty("id").GetString()!, "conll", lines.FirstOrDefault() ?? "", string.Join("\n\n", paragraphs), null, null));
        }
        return result;
    }
}
