using Lede.Extraction.Rules;
using Lede.Extraction.Text;

namespace Lede.Extraction.Html;

/// <summary>Drops whole blocks that are furniture by their words: "Advertisement", "see also" lines, bylines, datelines, the repeated headline.</summary>
internal static class BlockFilter
{
    private const int FurnitureMaxChars = 160;
    private const int BylineMaxChars = 120;
    private const int EdgeBlocks = 3;
    private const int FollowLineMaxChars = 300;
    private const int MoreHeadingMaxChars = 80;

    public static List<ContentBlock> Apply(IReadOnlyList<ContentBlock> blocks, string? headline)
    {
        var kept = new List<ContentBlock>(blocks.Count);
        var normalizedHeadline = Normalize(headline);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = WithoutFurnitureLines(blocks[i], opening: kept.Count == 0);
            if (block is null) continue;
            var text = block.Text;
            if (text.Length <= FurnitureMaxChars && (BoilerplateRules.FurnitureLine().IsMatch(text) || BoilerplateRules.SeeAlsoLine().IsMatch(text))) continue;
            if (ServerDiagnostic.Matches(text)) continue;
            if (text.Length <= BoilerplateRules.CreditLineMaxChars && block.Kind is BlockKind.Paragraph && BoilerplateRules.CreditTail().IsMatch(text)) continue;
            var nearEdge = kept.Count < EdgeBlocks || i >= blocks.Count - 2;
            if (nearEdge && text.Length <= BylineMaxChars && block.Kind is BlockKind.Paragraph && BoilerplateRules.BylineOrDateLine().IsMatch(text)) continue;
            if (block.Kind == BlockKind.Heading && normalizedHeadline.Length > 0 && kept.Count < EdgeBlocks)
            {
                var h = Normalize(text);
                if (h.Length > 0 && (h == normalizedHeadline || normalizedHeadline.StartsWith(h, StringComparison.Ordinal))) continue;
            }
            if (kept.Count > 0 && kept[^1].Text == text) continue;
            kept.Add(block);
        }
        // A closing "follow us on Twitter" line is the page's, not the story's.
        while (kept.Count > 1 && kept[^1].Text.Length <= FollowLineMaxChars && BoilerplateRules.FollowUsLine().IsMatch(kept[^1].Text)) kept.RemoveAt(kept.Count - 1);
        // "More from the site" closing the story opens a box of teasers: the story ended before it.
        for (var i = kept.Count - 1; i > 0 && i >= kept.Count - BoilerplateRules.ClosingPitchBlocks; i--)
            if (kept[i].Text.Length <= MoreHeadingMaxChars && BoilerplateRules.MoreFromTheSiteHeading().IsMatch(kept[i].Text)) { kept.RemoveRange(i, kept.Count - i); break; }
        // The publisher's closing pitch (support us, our app, our channel) is not the story's.
        for (var i = kept.Count - 1; i > 0 && i >= kept.Count - BoilerplateRules.ClosingPitchBlocks; i--)
            if (kept[i].Text.Length <= BoilerplateRules.ClosingPitchMaxChars && BoilerplateRules.ClosingPitch().IsMatch(kept[i].Text)) kept.RemoveAt(i);
        // A lone number opening or closing the text is a widget's counter (views, comments, likes: "17302", "0", "+1").
        while (kept.Count > 1 && kept[^1].Kind == BlockKind.Paragraph && BoilerplateRules.LoneCounter().IsMatch(kept[^1].Text)) kept.RemoveAt(kept.Count - 1);
        while (kept.Count > 1 && kept[0].Kind == BlockKind.Paragraph && BoilerplateRules.LoneCounter().IsMatch(kept[0].Text)) kept.RemoveAt(0);
        // A heading with nothing after it introduces a box that was left out ("Related stories"); numbered headings closing
        // the text are the last entries of a ranking whose entries are pictures ("24. Dan Levy", "25. John Barrowman").
        if (!EndsInNumberedHeadings(kept))
            while (kept.Count > 0 && kept[^1].Kind == BlockKind.Heading) kept.RemoveAt(kept.Count - 1);
        return kept;
    }

    private static bool EndsInNumberedHeadings(List<ContentBlock> kept)
    {
        var numbered = 0;
        for (var i = kept.Count - 1; i >= 0 && kept[i].Kind == BlockKind.Heading; i--)
            if (BoilerplateRules.NumberedHeading().IsMatch(kept[i].Text)) numbered++;
            else return false;
        return numbered >= BoilerplateRules.RankingMinHeadings;
    }

    /// <summary>
    /// The chosen blocks without rights notices standing alone ("… All Rights Reserved", "This copy is for your personal,
    /// non-commercial use only"): removed only once the body is chosen, since the attempts are weighed by their length
    /// with them, as they always were; a paywalled page whose body was nothing else comes out empty.
    /// </summary>
    public static List<ContentBlock> WithoutRightsNotices(List<ContentBlock> blocks)
    {
        blocks.RemoveAll(b => b.Text.Length <= BoilerplateRules.RightsNoticeMaxChars && b.Kind is BlockKind.Paragraph && BoilerplateRules.RightsNotice().IsMatch(b.Text));
        return blocks;
    }

    /// <summary>
    /// A block of lines joined by line breaks ("Bild anzeigen" under each photo of a gallery, a rating
    /// notice under the text) loses its furniture lines, and the story's <paramref name="opening"/> block its byline line;
    /// null when nothing else was in it.
    /// </summary>
    private static ContentBlock? WithoutFurnitureLines(ContentBlock block, bool opening)
    {
        if (block.Kind != BlockKind.Paragraph || !block.Text.Contains('\n')) return block;
        var lines = block.Text.Split('\n');
        var htmlLines = block.Html.Split("<br>");
        // Text lines and HTML lines are written together; when they do not pair up, leave the block as it is.
        if (lines.Length != htmlLines.Length) return block;
        List<int>? dropped = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && (line.Length <= FurnitureMaxChars && BoilerplateRules.FurnitureLine().IsMatch(line) || ServerDiagnostic.Matches(line))) (dropped ??= []).Add(i);
            // "Von Jane Roe" on the first line of the story's first paragraph is its byline, set above the text with a break.
            else if (opening && i == 0 && line.Length <= BylineMaxChars && BoilerplateRules.BylineOrDateLine().IsMatch(line)) (dropped ??= []).Add(i);
        }
        if (dropped is null) return block;
        if (dropped.Count == lines.Length) return null;
        var keptText = lines.Where((_, i) => !dropped.Contains(i));
        var keptHtml = htmlLines.Where((_, i) => !dropped.Contains(i));
        return block with { Text = string.Join('\n', keptText).Trim(), Html = string.Join("<br>", keptHtml).Trim() };
    }

    private static string Normalize(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        Span<char> buffer = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s) if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }
}
