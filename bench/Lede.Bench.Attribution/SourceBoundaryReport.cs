namespace Lede.Bench.Attribution;

/// <summary>
/// How exactly the speaker span matches the gold source (the overlap figure forgives any boundary): spans compared after
/// trimming whitespace and punctuation at both ends, once as they are and once ignoring a leading determiner on either side;
/// the misses that overlap are grouped by kind (starts earlier/later, ends earlier/later) and the words gained or lost.
/// </summary>
internal sealed class SourceBoundaryReport(string label)
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    private int _withSource, _exact, _exactButDeterminer;
    private readonly Dictionary<string, (int Count, string Example)> _kinds = [];

    public void Add(string text, (int Start, int End)[] goldSource, (int Start, int End)? speaker)
    {
        if (goldSource.Length == 0) return;
        _withSource++;
        if (speaker is not { } s) { Count("NO SPEAKER", ""); return; }
        // A source in fragments ("Smith … said … the senator") is compared by its hull.
        var gold = Trim(text, goldSource.Min(r => r.Start), goldSource.Max(r => r.End));
        var ours = Trim(text, s.Start, s.End);
        if (gold == ours) { _exact++; _exactButDeterminer++; return; }
        if (SkipDeterminer(text, gold) == SkipDeterminer(text, ours)) _exactButDeterminer++;
        var example = $"gold '{Flat(text[gold.Start..gold.End])}' ours '{Flat(text[ours.Start..ours.End])}'";
        if (ours.End <= gold.Start || gold.End <= ours.Start) { Count($"ELSEWHERE ours '{Words(text, ours.Start, ours.End)}'", example); return; }
        if (ours.Start < gold.Start) Count($"STARTS EARLIER +'{Words(text, ours.Start, gold.Start)}'", example);
        if (ours.Start > gold.Start) Count($"STARTS LATER -'{Words(text, gold.Start, ours.Start)}'", example);
        if (ours.End > gold.End) Count($"ENDS LATER +'{Words(text, gold.End, ours.End)}'", example);
        if (ours.End < gold.End) Count($"ENDS EARLIER -'{Words(text, ours.End, gold.End)}'", example);
    }

    public void Print(TextWriter output, int kinds)
    {
        output.WriteLine($"{label} = gold source exactly (matched pairs with a gold source, trimmed): {Ratio(_exact, _withSource)} ({_exact}/{_withSource}); ignoring a leading determiner: {Ratio(_exactButDeterminer, _withSource)} ({_exactButDeterminer}/{_withSource})");
        if (kinds <= 0) return;
        // Kinds by their shape first (side and direction), then the words: the totals say which side is worth a rule.
        foreach (var group in _kinds.GroupBy(k => k.Key.StartsWith('N') ? k.Key : k.Key[..k.Key.IndexOf('\'')]).OrderByDescending(g => g.Sum(k => k.Value.Count)))
            output.WriteLine($"source boundary {group.Key.Trim()}: {group.Sum(k => k.Value.Count)}");
        foreach (var (kind, (count, example)) in _kinds.OrderByDescending(k => k.Value.Count).Take(kinds))
            output.WriteLine($"  {count,4}  {kind}  e.g. {example}");
    }

    private void Count(string kind, string example) =>
        _kinds[kind] = _kinds.TryGetValue(kind, out var seen) ? (seen.Count + 1, seen.Example) : (1, example);

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(text[start])) start++;
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        return (start, end);
    }

    private static (int Start, int End) SkipDeterminer(string text, (int Start, int End) span)
    {
        var space = text.IndexOf(' ', span.Start, span.End - span.Start);
        return space > 0 && Determiners.Contains(text[span.Start..space]) ? Trim(text, space, span.End) : span;
    }

    // The words gained or lost, lower-cased unless a name, so "While" and "while" count as one kind; long runs are cut.
    private static string Words(string text, int start, int end)
    {
        var (s, e) = Trim(text, start, end);
        var words = Flat(text[s..e]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shown = string.Join(' ', words.Take(4).Select(w => w.Length > 1 && w.Skip(1).Any(char.IsUpper) ? w : w.ToLowerInvariant()));
        return words.Length > 4 ? shown + " …" : shown;
    }

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\r', ' ');

    private static string Ratio(int x, int y) => y == 0 ? "n/a" : ((double)x / y).ToString("F3");
}
