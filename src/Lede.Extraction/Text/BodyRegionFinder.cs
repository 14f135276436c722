namespace Lede.Extraction.Text;

/// <summary>
/// Finds the story in a flattened page: the run of lines whose summed scores is largest
/// (maximum-sum subarray). Paragraphs add their length; menus, labels and furniture subtract,
/// so a few short headings inside a story are bridged while a page's navigation and footer are not.
/// </summary>
internal static class BodyRegionFinder
{
    /// <summary>First and last position (into <paramref name="lines"/>) of the story, or null when no line scores above zero.</summary>
    public static (int Start, int End)? Find(IReadOnlyList<TextLine> lines)
    {
        double best = 0, running = 0;
        int bestStart = -1, bestEnd = -1, start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (running <= 0) { running = 0; start = i; }
            running += lines[i].Score;
            if (running > best) { best = running; bestStart = start; bestEnd = i; }
        }
        if (bestStart < 0) return null;
        // Kadane may start on a line whose score is zero (a caption): start on the first line that counts.
        while (bestStart < bestEnd && lines[bestStart].Score <= 0) bestStart++;
        return (bestStart, bestEnd);
    }
}
