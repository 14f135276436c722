namespace Lede.Crawl.Robots;

/// <summary>One allow or disallow line of a robots.txt group: a path pattern with <c>*</c> and a closing <c>$</c>.</summary>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>Whether the pattern matches the start of <paramref name="path"/> (RFC 9309, section 2.2.3).</summary>
    public bool Matches(string path)
    {
        var anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern[..^1] : Pattern;
        var parts = pattern.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal)) return false;
        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            if (i == parts.Length - 1 && anchored)
                return path.Length - at >= parts[i].Length && path.EndsWith(parts[i], StringComparison.Ordinal);
            var found = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + parts[i].Length;
        }
        return !anchored || at == path.Length;
    }
}
