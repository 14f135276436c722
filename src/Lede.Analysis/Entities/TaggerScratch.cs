namespace Lede.Analysis.Entities;

/// <summary>
/// One thread's buffers for <see cref="TwoPassTagger.Tag"/> (features, rows, emissions, the document tag index),
/// reused article after article instead of allocated and grown again for each: they were about a third of what
/// tagging allocated.
/// </summary>
internal sealed class TaggerScratch
{
    // Buffers grown past what a window of this many tokens needs are dropped after the article.
    private const int MaxKeptTokens = 1024;

    [ThreadStatic] private static TaggerScratch? _spare;

    public List<ulong> Features { get; private set; } = new(1024);
    public int[] Starts { get; private set; } = new int[65];
    public int[] Rows { get; private set; } = new int[1024];
    public float[] Emissions { get; private set; } = new float[64 * EntityTagSet.Count];
    public DocumentTagIndex Index { get; } = new(512);

    /// <summary>
    /// This thread's buffers, taken out of its slot while an article is tagged: a tagging that throws never gives them
    /// back, so the next starts from fresh ones rather than a half-filled index.
    /// </summary>
    public static TaggerScratch Take()
    {
        var scratch = _spare ?? new TaggerScratch();
        _spare = null;
        return scratch;
    }

    /// <summary>Puts the buffers (as grown for this article) back for the next article on this thread; the index must be released.</summary>
    public void Keep(int[] starts, int[] rows, float[] emissions)
    {
        if (starts.Length <= MaxKeptTokens * 2 + 1) Starts = starts;
        if (rows.Length <= MaxKeptTokens * 128) Rows = rows;
        if (emissions.Length <= MaxKeptTokens * 2 * EntityTagSet.Count) Emissions = emissions;
        if (Features.Capacity > MaxKeptTokens * 128) Features = new List<ulong>(1024);
        _spare = this;
    }
}
