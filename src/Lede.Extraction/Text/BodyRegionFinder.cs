using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Finds the story in a flattened page: the run of lines whose summed weights is largest
/// (maximum-sum subarray). Paragraphs add their length; menus, labels and furniture subtract,
/// so a few short headings inside a story are bridged while a page's navigation and footer are not.
/// </summary>
internal static class BodyRegionFinder
{
    /// <summary>First and last position (into <paramref name="lines"/>) of the story, or null when no line scores above zero.</summary>
    public static (int Start, int End)? Find(IReadOnlyList<TextLine> lines)
    {
        var weights = Weigh(lines);
        double best = 0, running = 0;
        int bestStart = -1, bestEnd = -1, start = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (running <= 0) { running = 0; start = i; }
            running += weights[i];
            if (running > best) { best = running; bestStart = start; bestEnd = i; }
        }
        if (bestStart < 0) return null;
        // The run may start on a line weighing nothing (a caption): start on the first line that counts.
        while (bestStart < bestEnd && weights[bestStart] <= 0) bestStart++;
        return (bestStart, bestEnd);
    }

    /// <summary>
    /// Line scores in context: listings of summaries cut to one length count against the story, and
    /// non-story lines weigh more the longer their run (a heading stands alone, a menu never does).
    /// </summary>
    internal static double[] Weigh(IReadOnlyList<TextLine> lines)
    {
        var weights = new double[lines.Count];
        var lengths = new Dictionary<int, int>();
        foreach (var line in lines)
            if (line.Kind == LineKind.Prose && line.Text.Length >= 60)
                lengths[line.Text.Length] = lengths.GetValueOrDefault(line.Text.Length) + 1;

        var run = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var weight = line.Score;
            if (line.Kind == LineKind.Prose && line.Text.Length >= 60 && lengths[line.Text.Length] >= TextRules.SameLengthListing)
                weight = TextRules.CutShortPenalty;
            if (line.Kind == LineKind.Caption) { weights[i] = 0; continue; }
            if (weight < 0)
            {
                weight *= Math.Min(1 + TextRules.RunGrowth * run, TextRules.MaxRunFactor);
                run++;
            }
            else run = 0;
            weights[i] = weight;
        }
        return weights;
    }
}
