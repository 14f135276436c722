namespace Lede.Extraction;

/// <summary>Limits and switches for one <see cref="ArticleExtractor"/>. Every default is named here.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Largest raw input accepted, in bytes (after decompression). Larger inputs fail with a clear error.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>A gzip stream that inflates past this many bytes is treated as a bomb and rejected.</summary>
    public long MaxDecompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Elements nested deeper than this are flattened before extraction, so no walk can overflow the stack.</summary>
    public int MaxTreeDepth { get; init; } = 512;

    /// <summary>Bodies shorter than this many characters come with a warning that no article was found.</summary>
    public int MinArticleChars { get; init; } = 250;

    /// <summary>Lists every problem with these options; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxInputBytes <= 0) errors.Add($"{nameof(MaxInputBytes)} must be positive.");
        if (MaxDecompressedBytes <= 0) errors.Add($"{nameof(MaxDecompressedBytes)} must be positive.");
        if (MaxTreeDepth < 16) errors.Add($"{nameof(MaxTreeDepth)} must be at least 16.");
        if (MinArticleChars < 0) errors.Add($"{nameof(MinArticleChars)} cannot be negative.");
        return errors;
    }
}

/// <summary>How to read an input: detect, or force HTML or plain text.</summary>
public enum InputFormat { Auto, Html, Text }

/// <summary>What is known about one input besides its bytes.</summary>
public sealed record ExtractionRequest
{
    /// <summary>The path or URL as the user gave it; copied to <c>source</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The page's address, for relative links and as the fallback canonical URL.</summary>
    public string? Url { get; init; }

    /// <summary>HTTP Content-Type header when the page was fetched (charset hint).</summary>
    public string? ContentType { get; init; }

    public InputFormat Format { get; init; } = InputFormat.Auto;
}
