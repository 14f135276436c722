namespace Lede.Analysis.Quotes;

/// <summary>
/// Questions <see cref="AttributionFinder"/> asks of the attributions found so far, as loops: a lambda's captured
/// locals are allocated once per iteration of the loop that declares them, asked or not (one object a token).
/// </summary>
internal static class FoundAttributions
{
    /// <summary>Whether one of <paramref name="found"/> has exactly <paramref name="content"/>.</summary>
    public static bool HasContent(this List<Attribution> found, TextRange content)
    {
        foreach (var f in found)
            if (f.Content == content) return true;
        return false;
    }

    /// <summary>Whether the content of one of <paramref name="found"/> overlaps <paramref name="range"/>.</summary>
    public static bool AnyContentOverlaps(this List<Attribution> found, TextRange range)
    {
        foreach (var f in found)
            if (f.Content.Overlaps(range)) return true;
        return false;
    }

    /// <summary>Whether the cue of one of <paramref name="found"/> overlaps <paramref name="range"/>.</summary>
    public static bool AnyCueOverlaps(this List<Attribution> found, TextRange range)
    {
        foreach (var f in found)
            if (f.Cue.Overlaps(range)) return true;
        return false;
    }
}
