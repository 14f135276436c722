namespace Lede.Analysis;

/// <summary>What <see cref="ArticleAnalyzer"/> looks for. Validated when the analyzer is built.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Find quotes and reported speech (default true). Without them there are no claims either.</summary>
    public bool FindQuotes { get; init; } = true;

    /// <summary>Find attributed figures (default true).</summary>
    public bool FindClaims { get; init; } = true;

    /// <summary>Report quoted speech no cue attributes, with no speaker (default true).</summary>
    public bool IncludeUnattributedQuotes { get; init; } = true;

    /// <summary>Analyse at most this many characters of a body (default 1,000,000): bounds time and memory on runaway input.</summary>
    public int MaxBodyChars { get; init; } = 1_000_000;

    internal IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxBodyChars < 1) errors.Add($"{nameof(MaxBodyChars)} must be at least 1 (was {MaxBodyChars})");
        if (FindClaims && !FindQuotes) errors.Add($"{nameof(FindClaims)} needs {nameof(FindQuotes)}: claims are figures inside attributions");
        return errors;
    }
}
