using Lede.Extraction.Rules;

namespace Lede.Extraction.Html;

/// <summary>Drops whole blocks that are furniture by their words: "Advertisement", "see also" lines, bylines, datelines, the repeated headline.</summary>
internal static class BlockFilter
{
    private const int FurnitureMaxChars = 160;
    private const int BylineMaxChars = 120;
    private const int EdgeBlocks = 3;
    private const int FollowLineMaxChars = 300;

    public static List<ContentBlock> Apply(IReadOnlyList<ContentBlock> blocks, string? headline)
    {
        var kept = new List<ContentBlock>(blocks.Count);
        var normalizedHeadline = Normalize(headline);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            if (text.Length <= FurnitureMaxChars && (BoilerplateRules.FurnitureLine().IsMatch(text) || BoilerplateRules.SeeAlsoLine().IsMatch(text))) continue;
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
        // A heading with nothing after it introduces a box that was left out ("Related stories").
        while (kept.Count > 0 && kept[^1].Kind == BlockKind.Heading) kept.RemoveAt(kept.Count - 1);
        return kept;
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
