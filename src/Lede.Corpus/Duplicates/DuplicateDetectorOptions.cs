namespace Lede.Corpus.Duplicates;

/// <summary>
/// Settings of <see cref="DuplicateDetector"/>. The defaults were tuned on edited copies of the
/// development articles (bench/Lede.Bench.Stories); signatures are only comparable between
/// detectors whose <see cref="ShingleSize"/>, <see cref="HashCount"/> and <see cref="Seed"/> agree.
/// </summary>
public sealed record DuplicateDetectorOptions
{
    /// <summary>Words per shingle (default 4): long enough that texts on one topic share few, short enough that one edited word costs few.</summary>
    public int ShingleSize { get; init; } = 4;

    /// <summary>MinHash functions per signature (default 128): Jaccard estimates within about ±0.04.</summary>
    public int HashCount { get; init; } = 128;

    /// <summary>Signature rows per LSH band (default 2, so 64 bands): pairs with Jaccard 0.3 become candidates 99.8 % of the time.</summary>
    public int RowsPerBand { get; init; } = 2;

    /// <summary>Seed of the hash functions (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Estimated Jaccard similarity of shingle sets from which two texts are duplicates (default 0.4).
    /// On the development articles, distinct articles on one topic stay at or below 0.14, edited copies mostly above 0.5.
    /// </summary>
    public double MinSimilarity { get; init; } = 0.4;

    /// <summary>
    /// Share of the shorter text's shingles found in the longer one from which two texts are
    /// duplicates even below <see cref="MinSimilarity"/> (default 0.7): trimmed wire copies and updated versions.
    /// </summary>
    public double MinContainment { get; init; } = 0.7;

    /// <summary>Lowest Jaccard similarity a containment match needs (default 0.2): keeps a short brief from joining a long roundup that quotes it.</summary>
    public double MinSimilarityForContainment { get; init; } = 0.2;

    /// <summary>Texts with fewer words never match anything (default 25): empty bodies and one-line teasers are not copies of each other.</summary>
    public int MinWords { get; init; } = 25;

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid setting.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (ShingleSize is < 1 or > 16) errors.Add($"ShingleSize must be 1..16 (was {ShingleSize}).");
        if (HashCount is < 8 or > 1024) errors.Add($"HashCount must be 8..1024 (was {HashCount}).");
        if (RowsPerBand < 1 || RowsPerBand > HashCount) errors.Add($"RowsPerBand must be 1..HashCount (was {RowsPerBand}).");
        else if (HashCount % RowsPerBand != 0) errors.Add($"HashCount ({HashCount}) must be a multiple of RowsPerBand ({RowsPerBand}).");
        if (MinSimilarity is <= 0 or > 1) errors.Add($"MinSimilarity must be in (0, 1] (was {MinSimilarity}).");
        if (MinContainment is <= 0 or > 1) errors.Add($"MinContainment must be in (0, 1] (was {MinContainment}).");
        if (MinSimilarityForContainment is < 0 or > 1) errors.Add($"MinSimilarityForContainment must be in [0, 1] (was {MinSimilarityForContainment}).");
        if (MinWords < 1) errors.Add($"MinWords must be at least 1 (was {MinWords}).");
        if (errors.Count > 0) throw new ArgumentException("Invalid duplicate detector options: " + string.Join(" ", errors));
    }
}
