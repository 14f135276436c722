using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>Picks the headline: the nearest title-shaped line above the story, past bylines, dates, captions and teasers.</summary>
internal static class HeadlineFinder
{
    /// <summary>Position of the headline in <paramref name="lines"/>, or -1.</summary>
    public static int Find(IReadOnlyList<TextLine> lines, int bodyStart, ISet<int> teasers)
    {
        var stop = Math.Max(0, bodyStart - TextRules.HeadlineWindow);
        var standfirst = -1;
        for (var i = bodyStart - 1; i >= stop; i--)
        {
            var line = lines[i];
            if (teasers.Contains(i) || line.Kind is LineKind.Caption or LineKind.Byline or LineKind.DateStamp or LineKind.Furniture or LineKind.Navigation)
                continue;
            if (!IsTitleShaped(line)) continue;
            // A long punctuated sentence right above the story is a standfirst; the headline sits above it.
            if (line.Kind == LineKind.Prose && line.Words >= 20 && standfirst < 0) { standfirst = i; continue; }
            return i;
        }
        return standfirst;
    }

    /// <summary>
    /// The text's first real line, when the text opens with its title: the story starts within a few
    /// lines of it and nothing before it but dates and labels. -1 otherwise.
    /// </summary>
    public static int FindOpening(IReadOnlyList<TextLine> lines, int bodyStart, ISet<int> teasers)
    {
        for (var i = 0; i < lines.Count && i <= bodyStart; i++)
        {
            var line = lines[i];
            if (line.Kind is LineKind.DateStamp or LineKind.Furniture or LineKind.Navigation) continue;
            if (bodyStart - i > TextRules.OpeningHeadlineReach || teasers.Contains(i)) return -1;
            return line.Kind is LineKind.Prose or LineKind.Short && IsTitleShaped(line) ? i : -1;
        }
        return -1;
    }

    /// <summary>3 to 40 words, not a label ending in ":" or ",", not a dateline-led paragraph.</summary>
    public static bool IsTitleShaped(TextLine line)
    {
        if (line.Words < 3 || line.Words > TextRules.MaxHeadlineWords) return false;
        if (line.Text.Length is < 12 or > 300) return false;
        if (line.Text.EndsWith(',') || line.Text.EndsWith(':')) return false;
        return DatelineParser.Parse(line.Text) is null;
    }

    /// <summary>The headline as written: a closing period the flattening added is dropped, unless the headline's last part has several sentences.</summary>
    public static string Clean(string headline)
    {
        headline = headline.Trim();
        var lastPart = headline[(headline.LastIndexOf(';') + 1)..];
        if (HasInnerSentenceBreak(lastPart)) return headline;
        var m = TextRules.HeadlineClosingPeriod().Match(headline);
        return m.Success ? headline[..m.Index] + m.Groups["quote"].Value : headline;
    }

    // "Virginian could make history. Again." has two sentences; "Dr. Ben Carson: …" and "Roe v. Wade" do not.
    private static bool HasInnerSentenceBreak(string text)
    {
        foreach (System.Text.RegularExpressions.Match m in TextRules.InnerSentenceBreak().Matches(text))
        {
            var word = m.Groups["word"].Value;
            if (word.Length > 1 && !TextRules.Abbreviations.Contains(word) && !word.All(char.IsUpper)) return true;
        }
        return false;
    }
}
