namespace Lede.Cluster;

/// <summary>How a client spreads ingest over the cluster.</summary>
public sealed record ClusterIngestOptions
{
    /// <summary>Pages per call to a silo (default 4): small enough to spread a batch over many cores, large enough to amortise a message.</summary>
    public int SlicePages { get; init; } = 4;

    /// <summary>Bytes per call to a silo before a slice is cut (default 4 MB); one larger page travels alone.</summary>
    public long SliceBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>Calls in flight at once (default 64): enough to keep every core of a few silos busy while results travel.</summary>
    public int SlicesInFlight { get; init; } = 64;

    /// <summary>Grain keys slices rotate over (default 1,024); the client routes by key, so many keys reach every gateway.</summary>
    public int Keys { get; init; } = 1024;

    /// <summary>Times a slice is sent again after a failed call (default 3), each time under another key.</summary>
    public int Retries { get; init; } = 3;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (SlicePages < 1) errors.Add($"{nameof(SlicePages)} must be at least 1 (was {SlicePages}).");
        if (SliceBytes < 1) errors.Add($"{nameof(SliceBytes)} must be at least 1 (was {SliceBytes}).");
        if (SlicesInFlight < 1) errors.Add($"{nameof(SlicesInFlight)} must be at least 1 (was {SlicesInFlight}).");
        if (Keys < 1) errors.Add($"{nameof(Keys)} must be at least 1 (was {Keys}).");
        if (Retries < 0) errors.Add($"{nameof(Retries)} must not be negative (was {Retries}).");
        return errors;
    }
}
