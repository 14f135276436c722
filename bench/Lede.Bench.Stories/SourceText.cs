namespace Lede.Bench.Stories;

/// <summary>One development text: <paramref name="Collection"/> names the dataset it came from.</summary>
internal sealed record SourceText(string Id, string Collection, string Title, string Body, DateTimeOffset? Date, string? Publisher)
{
    public string[] Paragraphs { get; } = Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public int WordCount { get; } = Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
