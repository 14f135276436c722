namespace Lede.Analysis.Quotes;

/// <summary>
/// The contents of a list of attributions that only grows (while sentences are read), indexed as it grows: whether
/// one has a given content, or one overlaps a range, without going through them all for each sentence.
/// </summary>
internal sealed class FoundContents(List<Attribution> found)
{
    private readonly HashSet<TextRange> _contents = [];
    private readonly CoveredText _covered = new();
    private int _indexed;

    /// <summary>Whether one of the attributions has exactly <paramref name="content"/>.</summary>
    public bool Has(TextRange content)
    {
        CatchUp();
        return _contents.Contains(content);
    }

    /// <summary>Whether the content of one of the attributions overlaps <paramref name="range"/>.</summary>
    public bool Overlap(TextRange range)
    {
        CatchUp();
        return _covered.Overlaps(range);
    }

    private void CatchUp()
    {
        if (_indexed > found.Count) throw new InvalidOperationException("attributions were removed from a list that should only grow");
        for (; _indexed < found.Count; _indexed++)
        {
            _contents.Add(found[_indexed].Content);
            _covered.Add(found[_indexed].Content);
        }
    }
}
