namespace Lede.Bench.Metadata;

/// <summary>Agreement on one field over a dataset: mean score per page and the worst misses.</summary>
internal sealed class FieldScore(string name)
{
    private readonly List<(string Id, double Score, string? Gold, string? Ours)> _pages = [];

    /// <summary>Characters of gold and ours shown per miss (longer with --trace).</summary>
    public static int Width { get; set; } = 110;

    public string Name { get; } = name;
    public int Count => _pages.Count;
    public double Mean => _pages.Count == 0 ? 0 : _pages.Average(p => p.Score);

    /// <summary>When set (--dump FILE), every scored page is written as one JSON line: field, id, score, gold, ours.</summary>
    public static TextWriter? Dump { get; set; }

    public void Add(string id, double score, string? gold, string? ours)
    {
        _pages.Add((id, score, gold, ours));
        Dump?.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { field = Name, id, score, gold, ours }));
    }

    /// <summary>Which half of a set a page falls in: FNV-1a of its id, even or odd. Each rule must gain or hold on both
    /// halves, the way the held-out half of the same sources judges it.</summary>
    public static int HalfOf(string id)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(id)) hash = (hash ^ b) * 16777619u;
        return (int)(hash & 1);
    }

    public void Print(int misses)
    {
        var halves = Enumerable.Range(0, 2).Select(h => _pages.Where(p => HalfOf(p.Id) == h).ToList()).ToArray();
        var split = string.Join(" / ", halves.Select(h => h.Count == 0 ? "-" : $"{h.Average(p => p.Score):F3}"));
        Console.WriteLine($"  {Name,-22} {Mean,6:F3}   (n={Count}; halves {split}, n={halves[0].Count}/{halves[1].Count})");
        foreach (var m in _pages.Where(p => p.Score < 1).OrderBy(p => p.Score).Take(misses))
            Console.WriteLine($"      miss {m.Id}: gold={Short(m.Gold)} | ours={Short(m.Ours)}");
    }

    private static string Short(string? s) => s is null ? "(none)" : s.Length > Width ? s[..Width] + "…" : s;
}
