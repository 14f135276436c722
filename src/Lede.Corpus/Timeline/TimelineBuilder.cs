using Lede.Analysis.Model;
using Lede.Corpus.Stories;
using Lede.Extraction.Model;

namespace Lede.Corpus.Timeline;

/// <summary>
/// Builds the timeline of a story (all its articles) or of an entity (the articles that name it,
/// the quotes it gave, the figures reported next to it). Works from text alone: without analysis
/// an article still appears on the timeline, it just brings no quotes or figures.
/// </summary>
public static class TimelineBuilder
{
    /// <summary>Timeline of a story: every given article, all its quotes and figures.</summary>
    public static Timeline ForStory(string storyId, string? title, IEnumerable<TimelineArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var placed = new List<Placed>();
        var quotes = new List<(Placed Article, Quote Quote)>();
        var claims = new List<(Placed Article, Claim Claim)>();
        foreach (var a in articles)
        {
            var p = Placed.Of(a);
            placed.Add(p);
            if (a.Analysis is null) continue;
            quotes.AddRange(a.Analysis.Quotes.Select(q => (p, q)));
            claims.AddRange(a.Analysis.Claims.Select(c => (p, c)));
        }
        return Assemble(new TimelineSubject(TimelineSubjectKind.Story, storyId, title), placed, quotes, claims);
    }

    /// <summary>
    /// Timeline of an entity: the articles that name it (by analysis entities, else by the words of
    /// the name in headline or body), the quotes it is the speaker of, and the figures attributed to
    /// it or reported in a sentence that names it.
    /// </summary>
    public static Timeline ForEntity(string name, IEnumerable<TimelineArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(articles);
        var query = NameMatcher.Key(name);
        // Only what the timeline shows is kept of each article (its body and the rest of its analysis are
        // let go as the next streams in): memory grows with the matches' entries, quotes and figures.
        var matched = new List<Placed>();
        var quotes = new List<(Placed Article, Quote Quote)>();
        var claims = new List<(Placed Article, Claim Claim)>();
        foreach (var a in articles)
        {
            if (!Names(a, query, out var entityIds)) continue;
            var p = Placed.Of(a);
            matched.Add(p);
            if (a.Analysis is not { } analysis) continue;
            foreach (var q in analysis.Quotes)
            {
                if (q.Speaker is { } s && (NameMatcher.Matches(query, s.Name ?? s.Text) || (s.Entity is not null && entityIds.Contains(s.Entity))))
                {
                    quotes.Add((p, q));
                }
            }
            foreach (var c in analysis.Claims)
            {
                if (ClaimConcerns(a, analysis, c, query, entityIds)) claims.Add((p, c));
            }
        }
        return Assemble(new TimelineSubject(TimelineSubjectKind.Entity, name, null), matched, quotes, claims);
    }

    private static bool Names(TimelineArticle a, string query, out HashSet<string> entityIds)
    {
        entityIds = new HashSet<string>(StringComparer.Ordinal);
        if (query.Length == 0) return false;
        if (a.Analysis is { } analysis)
        {
            foreach (var e in analysis.Entities)
            {
                if (NameMatcher.Matches(query, e.Name)) entityIds.Add(e.Id);
            }
            foreach (var m in analysis.Mentions)
            {
                if (NameMatcher.Matches(query, m.Text) && m.Entity is not null) entityIds.Add(m.Entity);
            }
            if (entityIds.Count > 0) return true;
            // Later paragraphs and follow-ups use the surname alone: a quote from them still places the article.
            if (analysis.Quotes.Any(q => q.Speaker is { } s && NameMatcher.Matches(query, s.Name ?? s.Text))) return true;
        }
        return NameMatcher.ContainsWords(NameMatcher.Key(a.Article.Headline), query)
            || NameMatcher.ContainsWords(NameMatcher.Key(a.Article.ArticleBody), query);
    }

    private static bool ClaimConcerns(TimelineArticle a, ArticleAnalysis analysis, Claim c, string query, HashSet<string> entityIds)
    {
        if (c.Source is { } source && (NameMatcher.Matches(query, source.Text) || (source.Entity is not null && entityIds.Contains(source.Entity))))
        {
            return true;
        }
        var body = a.Article.ArticleBody ?? "";
        var sentence = analysis.Sentences.FirstOrDefault(s => s.Start <= c.Start && c.Start < s.End);
        var (start, end) = sentence is null ? (c.Start, c.End) : (sentence.Start, sentence.End);
        if (analysis.Mentions.Any(m => m.Start >= start && m.End <= end && m.Entity is not null && entityIds.Contains(m.Entity))) return true;
        start = Math.Clamp(start, 0, body.Length);
        end = Math.Clamp(end, start, body.Length);
        return NameMatcher.ContainsWords(NameMatcher.Key(body[start..end]), query);
    }

    private static Timeline Assemble(
        TimelineSubject subject,
        List<Placed> articles,
        List<(Placed Article, Quote Quote)> quotes,
        List<(Placed Article, Claim Claim)> claims)
    {
        // Stable order for everything: date (undated last), then the order the articles were given.
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in articles) order.TryAdd(a.DocId, order.Count);
        var dates = articles.GroupBy(a => a.DocId).ToDictionary(g => g.Key, g => g.First().Date, StringComparer.Ordinal);

        var entries = articles
            .DistinctBy(a => a.DocId)
            .Select(a => new TimelineEntry(dates[a.DocId], a.DocId, a.Source, a.Url, a.Headline))
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date ?? DateTimeOffset.MinValue).ThenBy(e => order[e.DocId])
            .ToList();

        return new Timeline(subject, entries, GroupQuotes(quotes, dates, order), GroupFigures(claims, dates, order));
    }

    private static List<SpeakerQuotes> GroupQuotes(
        List<(Placed Article, Quote Quote)> quotes,
        Dictionary<string, DateTimeOffset?> dates,
        Dictionary<string, int> order)
    {
        var bySpeaker = new Dictionary<string, List<(Placed Article, Quote Quote)>>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        var entity = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var item in quotes.OrderBy(q => dates[q.Article.DocId] is null).ThenBy(q => dates[q.Article.DocId] ?? DateTimeOffset.MinValue).ThenBy(q => order[q.Article.DocId]).ThenBy(q => q.Quote.Start))
        {
            // A speaker the analysis could not name ("they", "we", an "I" with no one heard) is no one in particular: its
            // quotes would pool the words of different people under "we".
            var name = item.Quote.Speaker?.Name;
            var key = NameMatcher.Key(name);
            if (key.Length == 0) continue;
            if (!bySpeaker.TryGetValue(key, out var list)) bySpeaker[key] = list = [];
            list.Add(item);
            if (!display.TryGetValue(key, out var shown) || name!.Length > shown.Length) display[key] = name!.Trim();
            entity.TryAdd(key, item.Quote.Speaker?.Entity);
        }

        // "Voss" joins "Elena Voss" when she is the only speaker of that surname.
        foreach (var key in bySpeaker.Keys.Where(k => !k.Contains(' ')).ToList())
        {
            var fuller = bySpeaker.Keys.Where(k => k.Contains(' ') && k.EndsWith(" " + key, StringComparison.Ordinal)).ToList();
            if (fuller.Count != 1) continue;
            bySpeaker[fuller[0]].AddRange(bySpeaker[key]);
            bySpeaker.Remove(key);
        }

        var result = new List<SpeakerQuotes>();
        foreach (var (key, items) in bySpeaker)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var built = new List<(TimelineQuote Quote, List<string> AlsoIn)>();
            foreach (var (article, quote) in items
                .OrderBy(q => dates[q.Article.DocId] is null).ThenBy(q => dates[q.Article.DocId] ?? DateTimeOffset.MinValue)
                .ThenBy(q => order[q.Article.DocId]).ThenBy(q => q.Quote.Start))
            {
                var textKey = NameMatcher.Key(quote.Text);
                if (seen.TryGetValue(textKey, out var at))
                {
                    if (built[at].Quote.DocId != article.DocId && !built[at].AlsoIn.Contains(article.DocId)) built[at].AlsoIn.Add(article.DocId);
                    continue;
                }
                seen[textKey] = built.Count;
                built.Add((new TimelineQuote(dates[article.DocId], article.DocId, article.Source, quote.Text, quote.Kind, []), []));
            }
            result.Add(new SpeakerQuotes(display[key], entity[key], built.Select(b => b.Quote with { AlsoIn = b.AlsoIn }).ToList()));
        }
        return result
            .OrderByDescending(s => s.Quotes.Count)
            .ThenBy(s => s.Speaker, StringComparer.Ordinal)
            .ToList();
    }

    private static List<FigureSeries> GroupFigures(
        List<(Placed Article, Claim Claim)> claims,
        Dictionary<string, DateTimeOffset?> dates,
        Dictionary<string, int> order)
    {
        var byMeasure = new Dictionary<string, List<(FigurePoint Point, string Unit, int Order)>>(StringComparer.Ordinal);
        foreach (var (article, claim) in claims)
        {
            if (SeriesOf(claim) is not var (measure, unit) || double.IsNaN(claim.Value) || double.IsInfinity(claim.Value)) continue;
            var date = dates[article.DocId];
            var day = date is { } d ? DateOnly.FromDateTime(d.DateTime) : (DateOnly?)null;
            var point = new FigurePoint(day, article.Source, claim.Source?.Name ?? claim.Source?.Text, claim.Value, claim.Qualifier, claim.Text, article.DocId);
            if (!byMeasure.TryGetValue(measure, out var list)) byMeasure[measure] = list = [];
            list.Add((point, unit, order[article.DocId]));
        }

        var result = new List<FigureSeries>();
        foreach (var (measure, items) in byMeasure)
        {
            // One value per source, day and attribution: wire copies repeating a figure add nothing.
            var points = items
                .OrderBy(i => i.Point.Day is null).ThenBy(i => i.Point.Day ?? DateOnly.MinValue)
                .ThenBy(i => i.Point.Source ?? "", StringComparer.Ordinal).ThenBy(i => i.Order)
                .Select(i => i.Point)
                .DistinctBy(p => (p.Day, p.Source, p.AttributedTo, p.Value))
                .ToList();
            var label = items.GroupBy(i => i.Unit, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            result.Add(new FigureSeries(measure, label, points));
        }
        return result
            .OrderByDescending(s => s.Points.Count)
            .ThenBy(s => s.Measure, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The series a claim's figure belongs to, as a key and a label: its counted unit ("living hostages"), or, for a figure
    /// whose unit says only how it is written, what its clause says it measures ("jobless rate (percent)", "death toll"):
    /// one pile of every percentage in a corpus would compare polls with jobless rates. Null when neither is known.
    /// </summary>
    private static (string Key, string Label)? SeriesOf(Claim claim)
    {
        var unit = MeasureNormaliser.Normalise(claim.Unit);
        if (!string.IsNullOrWhiteSpace(claim.Measure) && MeasureNormaliser.Normalise(claim.Measure) is { } measure)
            return unit is null ? (measure, claim.Measure.Trim()) : ($"{measure} ({unit})", $"{claim.Measure.Trim()} ({claim.Unit!.Trim()})");
        return unit is null ? null : (unit, claim.Unit!.Trim());
    }

    /// <summary>What the timeline shows of an article: its date as parsed, publication, address and headline.</summary>
    private sealed record Placed(string DocId, DateTimeOffset? Date, string? Source, string? Url, string? Headline)
    {
        public static Placed Of(TimelineArticle a) =>
            new(a.DocId, StoryDocument.ParseDate(a.Article.DatePublished), PublicationName.Of(a.Article), a.Article.Url, a.Article.Headline);
    }
}
