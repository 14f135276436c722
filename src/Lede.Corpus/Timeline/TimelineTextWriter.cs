using System.Globalization;

namespace Lede.Corpus.Timeline;

/// <summary>Plain-text rendering of a <see cref="Timeline"/> for terminals: one line per article, quote and figure.</summary>
public static class TimelineTextWriter
{
    private const int MaxQuoteChars = 240;

    public static string ToText(Timeline timeline)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(timeline, w);
        return w.ToString();
    }

    public static void Write(Timeline timeline, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(w);
        var s = timeline.Subject;
        w.WriteLine(s.Kind == TimelineSubjectKind.Story ? $"Story {s.Id}{(s.Title is null ? "" : ": " + s.Title)}" : $"Entity {s.Id}");

        w.WriteLine();
        w.WriteLine($"Articles ({timeline.Articles.Count})");
        foreach (var a in timeline.Articles)
        {
            w.WriteLine($"  {Day(a.Date)}  {a.Source ?? "?"}  {a.Headline ?? a.Url ?? a.DocId}");
        }

        if (timeline.Speakers.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Quotes by speaker");
            foreach (var speaker in timeline.Speakers)
            {
                w.WriteLine($"  {speaker.Speaker} ({speaker.Quotes.Count})");
                foreach (var q in speaker.Quotes)
                {
                    // One line per quote: a quote over several paragraphs keeps its words, not its line breaks.
                    var flat = OneLine(q.Text);
                    var text = flat.Length > MaxQuoteChars ? flat[..MaxQuoteChars] + "…" : flat;
                    var also = q.AlsoIn.Count > 0 ? $" (+{q.AlsoIn.Count} more)" : "";
                    w.WriteLine($"    {Day(q.Date)}  {q.Source ?? "?"}: {(q.Kind == "direct" && !HasQuoteMark(text) ? "\"" + text + "\"" : text)}{also}");
                }
            }
        }

        if (timeline.Figures.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Figures over time");
            foreach (var series in timeline.Figures)
            {
                w.WriteLine($"  {series.Label}");
                foreach (var p in series.Points)
                {
                    var day = p.Day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated   ";
                    var who = p.AttributedTo is null ? "" : $" (per {p.AttributedTo})";
                    var value = p.Value.ToString("#,0.###", CultureInfo.InvariantCulture);
                    w.WriteLine($"    {day}  {p.Source ?? "?"}{who}: {(p.Qualifier is null ? "" : p.Qualifier + " ")}{value}");
                }
            }
        }
    }

    private static string Day(DateTimeOffset? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated   ";

    private static string OneLine(string text) =>
        text.AsSpan().IndexOfAny('\n', '\r', '\t') < 0 ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Direct quotes usually keep their own marks, and one that opens with a few words of the reporter's ("he is “weak
    /// on …”") keeps them inside: adding ours would double them. Single marks count when they open a quote (‘…’, and the
    /// doubled apostrophes some archives write for quote marks, ''…''), not as apostrophes.
    /// </summary>
    private static bool HasQuoteMark(string text) =>
        text.AsSpan().IndexOfAny("\"“”„«»‘‹›") >= 0 || text.Contains("''", StringComparison.Ordinal);
}
