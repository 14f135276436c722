using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Finds the story in a flattened page: the run of lines whose summed weights is largest
/// (maximum-sum subarray). Paragraphs add their length; menus, labels and furniture subtract,
/// so a few short headings inside a story are bridged while a page's navigation and footer are not.
/// A box inside the story ("Most read", a gallery) splits it; a second run of story just past
/// such a box joins the first, unless the box ends the page (copyright, comments).
/// </summary>
internal static class BodyRegionFinder
{
    /// <summary>The story's lines, or null when no line scores above zero.</summary>
    public static StoryRegion? Find(IReadOnlyList<TextLine> lines)
    {
        var weights = Weigh(lines);
        if (BestRun(weights, 0, weights.Length) is not { } main) return null;
        var (start, end, total) = main;
        var gaps = new List<(int, int)>();
        for (var round = 0; round < TextRules.MaxStoryJoins; round++)
        {
            var joined = false;
            if (BestRun(weights, end + 1, weights.Length) is { } after
                && after.Start - end - 1 <= TextRules.MaxBoxLines && Joins(after.Sum, total) && !HasPageEnd(lines, end + 1, after.Start))
            {
                if (after.Start > end + 1) gaps.Add((end + 1, after.Start - 1));
                end = after.End;
                total += after.Sum;
                joined = true;
            }
            if (BestRun(weights, 0, start) is { } before
                && start - before.End - 1 <= TextRules.MaxBoxLines && Joins(before.Sum, total) && !HasPageEnd(lines, before.End + 1, start))
            {
                if (before.End + 1 < start) gaps.Add((before.End + 1, start - 1));
                start = before.Start;
                total += before.Sum;
                joined = true;
            }
            if (!joined) break;
        }
        return new StoryRegion(start, end, gaps);
    }

    private static bool Joins(double part, double story) => part >= TextRules.MinJoinedChars && part >= story * TextRules.MinJoinedShare;

    private static bool HasPageEnd(IReadOnlyList<TextLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (lines[i].Kind == LineKind.Furniture && TextRules.PageEndLine().IsMatch(lines[i].Text)) return true;
        return false;
    }

    // A summary cut to a fixed length stops mid-sentence or on an ellipsis.
    private static bool IsCutToLength(TextLine line) =>
        line.Kind == LineKind.Prose && line.Text.Length >= 60 && (!line.EndsSentence || line.Text.EndsWith("...", StringComparison.Ordinal) || line.Text.EndsWith('…'));

    // Paragraphs near the end of a long page weigh less: footers and disclaimers are prose too.
    private static double FooterFade(int index, int count)
    {
        var position = count <= 1 ? 0 : (double)index / (count - 1);
        if (position <= TextRules.FooterFadeStart) return 1;
        var t = (position - TextRules.FooterFadeStart) / (1 - TextRules.FooterFadeStart);
        return 1 - t * (1 - TextRules.FooterWeight);
    }

    /// <summary>
    /// Runs of paragraphs that begin in the page's last part and between them name two different legal terms ("this website",
    /// "not intended to diagnose"): a disclaimer split over several paragraphs, none of which reads as legal alone.
    /// </summary>
    internal static HashSet<int> LegalBlocksInFooter(IReadOnlyList<TextLine> lines)
    {
        var legal = new HashSet<int>();
        var footerStart = (int)Math.Ceiling(TextRules.FooterFadeStart * (lines.Count - 1));
        var terms = new HashSet<string>(StringComparer.Ordinal);
        // A run that began above the footer is the story's end, not the footer's.
        while (footerStart > 0 && footerStart < lines.Count && lines[footerStart - 1].Kind == LineKind.Prose && lines[footerStart].Kind == LineKind.Prose)
            footerStart++;
        for (var i = footerStart; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Prose) continue;
            var end = i;
            while (end + 1 < lines.Count && lines[end + 1].Kind == LineKind.Prose) end++;
            terms.Clear();
            for (var j = i; j <= end; j++)
                foreach (System.Text.RegularExpressions.Match m in TextRules.BoilerplateWord().Matches(lines[j].Text))
                    terms.Add(m.Value.ToLowerInvariant());
            if (terms.Count >= TextRules.LegalTermsInBlock)
                for (var j = i; j <= end; j++) legal.Add(j);
            i = end;
        }
        return legal;
    }

    // Maximum-sum run of weights[from..to), trimmed to start on a line that counts.
    private static (int Start, int End, double Sum)? BestRun(double[] weights, int from, int to)
    {
        double best = 0, running = 0;
        int bestStart = -1, bestEnd = -1, start = from;
        for (var i = from; i < to; i++)
        {
            if (running <= 0) { running = 0; start = i; }
            running += weights[i];
            if (running > best) { best = running; bestStart = start; bestEnd = i; }
        }
        if (bestStart < 0) return null;
        while (bestStart < bestEnd && weights[bestStart] <= 0) bestStart++;
        return (bestStart, bestEnd, best);
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
            if (IsCutToLength(line))
                lengths[line.Text.Length] = lengths.GetValueOrDefault(line.Text.Length) + 1;

        var legal = LegalBlocksInFooter(lines);
        var run = 0;
        double proseAbove = 0;
        var proseLinesAbove = 0;
        var pastPageEnd = false;
        var datesBelowStory = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var weight = line.Score;
            if (line.Kind == LineKind.Prose) { proseAbove += line.Score; proseLinesAbove++; }
            // Past "34 Comments" or "© 2019" below a story, prose is readers' or lawyers', not the story's.
            if (!pastPageEnd && line.Kind == LineKind.Furniture && proseAbove >= TextRules.StoryBeforePageEnd && proseLinesAbove >= TextRules.StoryLinesBeforePageEnd && TextRules.PageEndLine().IsMatch(line.Text))
                pastPageEnd = true;
            if ((pastPageEnd || legal.Contains(i)) && weight > 0) weight *= TextRules.PastPageEndWeight;
            // Below a story, every further date stamp heads another item: a listing of stories or comments.
            if (line.Kind == LineKind.DateStamp && proseAbove >= TextRules.StoryBeforePageEnd && datesBelowStory++ > 0)
                weight = TextRules.ListingDatePenalty;
            if (IsCutToLength(line) && lengths[line.Text.Length] >= TextRules.SameLengthListing)
                weight = TextRules.CutShortPenalty;
            // Captions and list items sit inside stories: they neither count nor break a run.
            if (line.Kind == LineKind.Caption || weight > TextRules.ListItemPenalty * 2 && weight < 0) { weights[i] = weight; continue; }
            if (weight > 0) weight *= FooterFade(i, lines.Count);
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
