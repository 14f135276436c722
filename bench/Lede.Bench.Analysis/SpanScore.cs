namespace Lede.Bench.Analysis;

/// <summary>Entity-level exact-match counts per type, printed as a P/R/F1 table.</summary>
internal sealed class SpanScore
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);

    public void Add(IEnumerable<(string Type, int Start, int End)> predicted, IEnumerable<(string Type, int Start, int End)> gold)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        foreach (var x in p)
        {
            var c = _counts.GetValueOrDefault(x.Type);
            _counts[x.Type] = g.Contains(x) ? (c.Tp + 1, c.Fp, c.Fn) : (c.Tp, c.Fp + 1, c.Fn);
        }
        foreach (var x in g)
        {
            if (p.Contains(x)) continue;
            var c = _counts.GetValueOrDefault(x.Type);
            _counts[x.Type] = (c.Tp, c.Fp, c.Fn + 1);
        }
    }

    /// <summary>Mentions compared as a multiset of (type, surface) pairs: a name written twice must be found twice.</summary>
    public void AddSurfaces(IEnumerable<(string Type, string Text)> predicted, IEnumerable<(string Type, string Text)> gold)
    {
        var left = gold.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        foreach (var x in predicted)
        {
            var c = _counts.GetValueOrDefault(x.Type);
            if (left.GetValueOrDefault(x) > 0)
            {
                left[x]--;
                _counts[x.Type] = (c.Tp + 1, c.Fp, c.Fn);
            }
            else _counts[x.Type] = (c.Tp, c.Fp + 1, c.Fn);
        }
        foreach (var ((type, _), count) in left)
        {
            var c = _counts.GetValueOrDefault(type);
            _counts[type] = (c.Tp, c.Fp, c.Fn + count);
        }
    }

    public double OverallF1()
    {
        var tp = _counts.Values.Sum(c => c.Tp);
        var fp = _counts.Values.Sum(c => c.Fp);
        var fn = _counts.Values.Sum(c => c.Fn);
        return F1(tp, fp, fn).F;
    }

    public void Print(string title)
    {
        Console.WriteLine(title);
        Console.WriteLine($"  {"type",-8} {"P",7} {"R",7} {"F1",7} {"gold",6} {"pred",6}");
        foreach (var type in new[] { "PER", "ORG", "LOC", "MISC" })
        {
            var c = _counts.GetValueOrDefault(type);
            Row(type, c.Tp, c.Fp, c.Fn);
        }
        Row("overall", _counts.Values.Sum(c => c.Tp), _counts.Values.Sum(c => c.Fp), _counts.Values.Sum(c => c.Fn));
    }

    private static void Row(string name, int tp, int fp, int fn)
    {
        var (p, r, f) = F1(tp, fp, fn);
        Console.WriteLine($"  {name,-8} {p,7:F4} {r,7:F4} {f,7:F4} {tp + fn,6} {tp + fp,6}");
    }

    private static (double P, double R, double F) F1(int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
