using System.Globalization;
using System.Text;
using Lede.Corpus.Pages;

namespace Lede.Corpus.Timeline;

/// <summary>
/// One <see cref="FigureSeries"/> drawn as an inline SVG chart: day across, value up (from zero, so a
/// change looks as big as it is), one colour and line per publication, every point titled with who said
/// what. Undated points cannot be placed on a time axis; the page lists them in its table instead.
/// </summary>
public static class FigureSeriesChart
{
    private const double Width = 720, Height = 260;
    private const double Left = 64, Right = 48, Top = 16, Bottom = 40;

    /// <summary>Colour-blind-safe palette (Okabe–Ito); sources beyond it reuse colours, and the legend still names each.</summary>
    internal static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

    /// <summary>The SVG for the series, or null when it has no dated point to draw.</summary>
    public static string? ToSvg(FigureSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.Points.Where(p => p.Day is not null && double.IsFinite(p.Value)).ToList();
        if (points.Count == 0) return null;

        var firstDay = points.Min(p => p.Day!.Value).DayNumber;
        var lastDay = points.Max(p => p.Day!.Value).DayNumber;
        var (low, high, step) = ChartAxis.ValueAxis(Math.Min(0, points.Min(p => p.Value)), Math.Max(0, points.Max(p => p.Value)));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int day) => lastDay == firstDay ? Left + plotWidth / 2 : Left + plotWidth * (day - firstDay) / (lastDay - firstDay);
        double Y(double value) => Top + plotHeight * (high - value) / (high - low);

        var sources = SourcesInOrder(points);
        var svg = new StringBuilder(2048);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {Height + 20 * ((sources.Count + 2) / 3)}\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#555\" role=\"img\" aria-label=\"{Encode(series.Label)} over time\">");

        // Value grid and labels.
        for (var v = low; v <= high + step / 2; v += step)
        {
            var y = Y(v);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e5e5e5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Encode(Number(v))}</text>");
        }

        // Day labels: first, last and up to four between, on whole days.
        foreach (var day in ChartAxis.DayTicks(firstDay, lastDay))
        {
            var x = X(day);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#e5e5e5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</text>");
        }

        for (var s = 0; s < sources.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            var own = points.Where(p => (p.Source ?? "") == sources[s]).OrderBy(p => p.Day!.Value).ToList();
            if (own.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"");
                svg.AppendJoin(' ', own.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Day!.Value.DayNumber):0.#},{Y(p.Value):0.#}")));
                svg.Append("\"/>");
            }
            foreach (var p in own)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"point\" cx=\"{X(p.Day!.Value.DayNumber):0.#}\" cy=\"{Y(p.Value):0.#}\" r=\"4.5\" fill=\"{colour}\"><title>{Encode(PointTitle(p))}</title></circle>");
            }
        }

        // Legend under the axis, three sources a row.
        for (var s = 0; s < sources.Count; s++)
        {
            var x = Left + (s % 3) * 220;
            var y = Height + 20 * (s / 3) - 4;
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x}\" cy=\"{y - 4}\" r=\"5\" fill=\"{Palette[s % Palette.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 10}\" y=\"{y}\">{Encode(HtmlPage.Shorten(sources[s].Length == 0 ? "unknown source" : sources[s], 32))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    internal static string PointTitle(FigurePoint p)
    {
        var day = p.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        var who = p.AttributedTo is null ? "" : $" (per {p.AttributedTo})";
        return $"{day} {p.Source ?? "unknown source"}{who}: {(p.Qualifier is null ? "" : p.Qualifier + " ")}{Number(p.Value)}";
    }

    internal static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    private static List<string> SourcesInOrder(List<FigurePoint> points) =>
        points.Select(p => p.Source ?? "").Distinct(StringComparer.Ordinal).ToList();

    private static string Encode(string text) => HtmlPage.Encode(text);
}
