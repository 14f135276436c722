namespace Lede.Corpus.Search;

/// <summary>
/// A full-text query with its filters. <see cref="Text"/> uses the query language of
/// <see cref="QueryParser"/>: words, "quoted phrases", AND / OR / NOT (or a leading '-'), parentheses, prefix*.
/// </summary>
public sealed record SearchQuery
{
    public required string Text { get; init; }

    /// <summary>Earliest publication day, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest publication day, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>A host ("example.com", also matching its subdomains) or a site name, case-insensitive.</summary>
    public string? Site { get; init; }

    /// <summary>Part of an author's name, case-insensitive.</summary>
    public string? Author { get; init; }

    /// <summary>An entity the analysis found: its full name, or whole words of it ("Kowalczyk"), case-insensitive.</summary>
    public string? Entity { get; init; }

    /// <summary>Language tag; "en" also matches "en-US".</summary>
    public string? Language { get; init; }

    /// <summary>Most hits returned (1 to 1000; default 20).</summary>
    public int Limit { get; init; } = DefaultLimit;

    public const int DefaultLimit = 20;
    public const int MaxLimit = 1000;

    public IReadOnlyList<string> Validate() => Validate(parameter => parameter);

    /// <summary>The problems, naming each parameter as the caller's user typed it (<c>limit</c> in the API, <c>--limit</c> on the command line).</summary>
    public IReadOnlyList<string> Validate(Func<string, string> name)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Text)) errors.Add("the query is empty");
        if (Limit < 1 || Limit > MaxLimit) errors.Add($"{name("limit")} must be between 1 and {MaxLimit}");
        if (From is { } from && To is { } to && from > to) errors.Add($"{name("from")} is after {name("to")}");
        return errors;
    }
}
