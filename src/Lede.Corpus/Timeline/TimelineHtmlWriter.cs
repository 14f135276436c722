using System.Globalization;
using Lede.Corpus.Pages;

namespace Lede.Corpus.Timeline;

/// <summary>
/// A <see cref="Timeline"/> as one self-contained <see cref="HtmlPage"/>: a chart per reported figure,
/// quotes by speaker, articles by date.
/// </summary>
public static class TimelineHtmlWriter
{
    private const int MaxQuoteChars = 600;

    public static string ToHtml(Timeline timeline, PageLinks? links = null)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(timeline, w, links);
        return w.ToString();
    }

    /// <param name="links">From a host: its navigation.</param>
    public static void Write(Timeline timeline, TextWriter w, PageLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(w);
        var s = timeline.Subject;
        var title = s.Kind == TimelineSubjectKind.Story ? $"Story {s.Id}{(s.Title is null ? "" : ": " + s.Title)}" : $"Entity: {s.Id}";

        HtmlPage.Begin(w, title + " — timeline", Style, links);
        w.WriteLine($"<h1>{E(title)}</h1>");
        w.WriteLine($"<p class=\"summary\">{Counted.Of(timeline.Articles.Count, "article")}, {Counted.Of(timeline.Speakers.Sum(x => x.Quotes.Count), "quote")} from {Counted.Of(timeline.Speakers.Count, "speaker")}, {Counted.Of(timeline.Figures.Count, "reported figure")}.</p>");

        if (timeline.Figures.Count > 0)
        {
            w.WriteLine("<section><h2>Figures over time</h2>");
            foreach (var series in timeline.Figures) WriteSeries(series, w);
            w.WriteLine("</section>");
        }

        if (timeline.Speakers.Count > 0)
        {
            w.WriteLine("<section><h2>Quotes by speaker</h2>");
            foreach (var speaker in timeline.Speakers)
            {
                w.WriteLine($"<details open><summary><strong>{E(speaker.Speaker)}</strong> <span class=\"muted\">({speaker.Quotes.Count})</span></summary><ol class=\"quotes\">");
                foreach (var q in speaker.Quotes)
                {
                    var text = q.Text.Length > MaxQuoteChars ? q.Text[..MaxQuoteChars] + "…" : q.Text;
                    var also = q.AlsoIn.Count > 0 ? $" <span class=\"muted\">(also in {q.AlsoIn.Count} more)</span>" : "";
                    w.WriteLine($"<li><time>{Day(q.Date)}</time> <span class=\"source\">{E(q.Source ?? "unknown source")}</span> <span class=\"kind {E(q.Kind)}\">{E(q.Kind)}</span><blockquote>{E(text)}</blockquote>{also}</li>");
                }
                w.WriteLine("</ol></details>");
            }
            w.WriteLine("</section>");
        }

        w.WriteLine("<section><h2>Articles</h2><table><thead><tr><th>Day</th><th>Source</th><th>Headline</th></tr></thead><tbody>");
        foreach (var a in timeline.Articles)
        {
            var cell = HtmlPage.LinkOrText(a.Headline ?? a.Url ?? a.DocId, a.Url);
            w.WriteLine($"<tr><td><time>{Day(a.Date)}</time></td><td>{E(a.Source ?? "")}</td><td>{cell}</td></tr>");
        }
        w.WriteLine("</tbody></table></section>");
        HtmlPage.End(w);
    }

    private static void WriteSeries(FigureSeries series, TextWriter w)
    {
        w.WriteLine($"<figure><figcaption>{E(series.Label)}</figcaption>");
        if (FigureSeriesChart.ToSvg(series) is { } svg) w.WriteLine(svg);
        w.WriteLine("<table><thead><tr><th>Day</th><th>Source</th><th>According to</th><th>Value</th><th>As written</th></tr></thead><tbody>");
        foreach (var p in series.Points)
        {
            var day = p.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            var value = (p.Qualifier is null ? "" : p.Qualifier + " ") + FigureSeriesChart.Number(p.Value);
            w.WriteLine($"<tr><td>{day}</td><td>{E(p.Source ?? "")}</td><td>{E(p.AttributedTo ?? "")}</td><td class=\"num\">{E(value)}</td><td>{E(p.Text)}</td></tr>");
        }
        w.WriteLine("</tbody></table></figure>");
    }

    private static string Day(DateTimeOffset? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";

    private static string E(string text) => HtmlPage.Encode(text);

    private const string Style =
        "figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:.3em}" +
        "ol.quotes{list-style:none;padding-left:1em}ol.quotes li{margin:.6em 0}blockquote{margin:.2em 0 0 1em;padding-left:.6em;border-left:3px solid #ccc}" +
        ".source{font-weight:600}.kind{font-size:.8em;color:#fff;background:#777;border-radius:3px;padding:0 .3em}.kind.direct{background:#0072B2}.kind.mixed{background:#009E73}";
}
