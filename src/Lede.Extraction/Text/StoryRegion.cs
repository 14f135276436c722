namespace Lede.Extraction.Text;

/// <summary>Where the story lies among the lines: from <see cref="Start"/> to <see cref="End"/>, less the gaps (boxes of other material the story runs around).</summary>
internal sealed record StoryRegion(int Start, int End, IReadOnlyList<(int Start, int End)> Gaps)
{
    public bool Contains(int index)
    {
        if (index < Start || index > End) return false;
        foreach (var (start, end) in Gaps)
            if (index >= start && index <= end) return false;
        return true;
    }
}
