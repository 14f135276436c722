using Lede.Extraction.Model;

namespace Lede.Extraction.Text;

/// <summary>The people and the wire agency a byline names.</summary>
public sealed record Byline(IReadOnlyList<Person> Authors, string? Agency);

/// <summary>Parses bylines: "By A, B and C", "A and B, Associated Press", "Von A und B", "A | Reuters".</summary>
public static class BylineParser
{
    // Interim version (skeleton): strips "By", splits on commas and "and". Owner: plain-text work.
    public static Byline Parse(string raw)
    {
        var text = raw.Trim();
        if (text.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) text = text[3..];
        var names = text.Split([",", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Byline(names.Select(n => new Person(n)).ToList(), null);
    }
}
