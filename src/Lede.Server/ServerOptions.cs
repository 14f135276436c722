using Lede.Corpus;
using Lede.Extraction.Addresses;

namespace Lede.Server;

/// <summary>How <see cref="LedeServer"/> runs.</summary>
public sealed record ServerOptions
{
    /// <summary>Addresses to listen on; the default answers this machine only.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>The corpus that search, stories and timelines read; null serves extraction and analysis only.</summary>
    public CorpusOptions? Corpus { get; init; }

    /// <summary>Largest request body accepted (a page to extract); larger ones get 413.</summary>
    public long MaxRequestBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// Pages read (extracted, analysed) at once; each may hold a 64 MiB inflated page and its analysis, so this bounds
    /// the memory requests can take. Default: one per core, which is also all the CPU there is.
    /// </summary>
    public int MaxConcurrentPages { get; init; } = Environment.ProcessorCount;

    /// <summary>Page requests that wait for a turn (holding only their connection); more get 503 and Retry-After.</summary>
    public int PageQueueLength { get; init; } = 64;

    /// <summary>How long fetching a page for a user may take.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Urls.Count == 0) errors.Add("give at least one address to listen on");
        foreach (var url in Urls)
            if (!WebAddress.TryParse(url, out var address))
                errors.Add($"'{url}' is not an http(s) address to listen on");
            // The host has no certificate to offer: an https address failed at start with an unhandled exception.
            else if (address.Scheme == "https")
                errors.Add($"'{url}': lede serve listens on http only (no certificate is configured); put a TLS-terminating proxy in front for https");
        if (MaxRequestBytes < 1024) errors.Add("the request size limit must be at least 1 KB");
        if (MaxConcurrentPages < 1) errors.Add("at least one page must be read at a time");
        if (PageQueueLength < 0) errors.Add("the page queue length cannot be negative");
        if (FetchTimeout <= TimeSpan.Zero) errors.Add("the fetch timeout must be positive");
        if (Corpus is not null) errors.AddRange(Corpus.Validate());
        return errors;
    }
}
