using System.Globalization;
using System.Text;
using Lede.Corpus.Pages;

namespace Lede.Corpus.Stories;

/// <summary>
/// Stories as one self-contained <see cref="HtmlPage"/>: a chart of when each story ran (one row per
/// story, a dot per dated article, on the corpus's common time axis), then each story with its
/// entities and articles.
/// </summary>
public static class StoryListHtmlWriter
{
    /// <summary>Rows the chart draws at most (the stories with most articles); the list below shows every story.</summary>
    internal const int MaxChartRows = 40;

    private const double Width = 720, LabelWidth = 262, Right = 56, Top = 8, Row = 18, AxisHeight = 28;

    public static string ToHtml(IReadOnlyList<Story> stories, PageLinks? links = null)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(stories, w, links);
        return w.ToString();
    }

    /// <param name="links">From a host: its navigation, and story titles linked to their timelines.</param>
    public static void Write(IReadOnlyList<Story> stories, TextWriter w, PageLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(w);
        HtmlPage.Begin(w, "Stories", Style, links);
        w.WriteLine("<h1>Stories</h1>");
        w.WriteLine($"<p class=\"summary\">{Counted.Of(stories.Count, "story", "stories")}, {Counted.Of(stories.Sum(s => s.Articles.Count), "article")}.</p>");
        if (ToSvg(stories) is { } svg)
        {
            w.WriteLine("<section><h2>When each story ran</h2>");
            w.WriteLine(svg);
            w.WriteLine("</section>");
        }
        foreach (var story in stories)
        {
            var span = story.FirstSeen is { } first ? $"{Day(first)} – {Day(story.LastSeen ?? first)}" : "undated";
            w.WriteLine($"<section class=\"story\" id=\"story-{E(story.Id)}\"><h2>{(links is null ? E(story.Title) : $"<a href=\"{E(links.StoryTimelineHref(story.Id))}\">{E(story.Title)}</a>")}</h2>");
            w.WriteLine($"<p class=\"muted\">Story <code>{E(story.Id)}</code> · {Counted.Of(story.Articles.Count, "article")} · {span}</p>");
            if (story.TopEntities.Count > 0)
            {
                w.Write("<p>");
                foreach (var entity in story.TopEntities)
                    w.Write($"<span class=\"entity\" title=\"{E(entity.Type ?? "named")}, in {Counted.Of(entity.Count, "article")}\">{E(entity.Name)}</span> ");
                w.WriteLine("</p>");
            }
            w.WriteLine("<table><thead><tr><th>Day</th><th>Source</th><th>Headline</th></tr></thead><tbody>");
            foreach (var a in story.Articles)
            {
                var date = a.DatePublished is { } d ? $"<time>{Day(d)}</time>" : "undated";
                w.WriteLine($"<tr><td>{date}</td><td>{E(a.Source ?? "")}</td><td>{HtmlPage.LinkOrText(a.Headline ?? a.Url ?? a.DocId, a.Url)}</td></tr>");
            }
            w.WriteLine("</tbody></table></section>");
        }
        HtmlPage.End(w);
    }

    /// <summary>The chart of when each story ran, or null when no story has a dated article.</summary>
    public static string? ToSvg(IReadOnlyList<Story> stories)
    {
        var rows = stories.Where(s => s.FirstSeen is not null)
            .OrderByDescending(s => s.Articles.Count).ThenBy(s => s.FirstSeen).Take(MaxChartRows)
            .OrderBy(s => s.FirstSeen).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        if (rows.Count == 0) return null;

        var firstDay = rows.Min(s => DayNumber(s.FirstSeen!.Value));
        var lastDay = rows.Max(s => DayNumber(s.LastSeen ?? s.FirstSeen!.Value));
        var plotLeft = LabelWidth + 10;
        var plotWidth = Width - plotLeft - Right;
        double X(int day) => lastDay == firstDay ? plotLeft + plotWidth / 2 : plotLeft + plotWidth * (day - firstDay) / (lastDay - firstDay);
        var height = Top + rows.Count * Row + AxisHeight;

        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#555\" role=\"img\" aria-label=\"When each story ran\">");
        foreach (var day in ChartAxis.DayTicks(firstDay, lastDay))
        {
            var x = X(day);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top}\" y2=\"{height - AxisHeight + 4}\" stroke=\"#e5e5e5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{height - 8}\" text-anchor=\"middle\">{DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</text>");
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var story = rows[r];
            var y = Top + r * Row + Row / 2;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth}\" y=\"{y + 4}\" text-anchor=\"end\"><title>{E(story.Title)}</title>{E(HtmlPage.Shorten(story.Title, 34))} ({story.Articles.Count})</text>");
            var start = X(DayNumber(story.FirstSeen!.Value));
            var end = X(DayNumber(story.LastSeen ?? story.FirstSeen!.Value));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"span\" x1=\"{start:0.#}\" x2=\"{end:0.#}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#0072B2\" stroke-opacity=\"0.35\" stroke-width=\"6\" stroke-linecap=\"round\"/>");
            foreach (var a in story.Articles)
            {
                if (a.DatePublished is not { } d) continue;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"article\" cx=\"{X(DayNumber(d)):0.#}\" cy=\"{y}\" r=\"3.5\" fill=\"#0072B2\"><title>{E($"{Day(d)} {a.Source ?? "unknown source"}: {a.Headline ?? a.Url ?? a.DocId}")}</title></circle>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int DayNumber(DateTimeOffset date) => DateOnly.FromDateTime(date.DateTime).DayNumber; // the day as the article gives it, like the labels

    private static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlPage.Encode(text);

    private const string Style =
        ".entity{display:inline-block;background:#eef3f8;border-radius:3px;padding:0 .4em;margin:0 .2em .2em 0;font-size:.9em}" +
        "section.story h2{font-size:1.15em}";
}
