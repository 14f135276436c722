namespace Lede.Corpus.Pages;

/// <summary>Tick positions for the report pages' SVG charts.</summary>
public static class ChartAxis
{
    /// <summary>Whole days to label on a time axis: the first, the last and up to four between, none crowding the last.</summary>
    public static IEnumerable<int> DayTicks(int firstDay, int lastDay)
    {
        var every = Math.Max(1, (int)Math.Ceiling((lastDay - firstDay) / 5.0));
        for (var d = firstDay; d < lastDay; d += every)
        {
            if (lastDay - d >= every / 2.0 || d == firstDay) yield return d;
        }
        yield return lastDay;
    }

    /// <summary>A value axis with 3–6 round steps (1, 2 or 5 × a power of ten) covering [min, max].</summary>
    public static (double Low, double High, double Step) ValueAxis(double min, double max)
    {
        if (max <= min) max = min + 1;
        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(m => m * magnitude).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }
}
