using System.Globalization;
using System.Net;
using System.Text;
using Lede.Extraction.Metadata;
using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Model;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Recovers an article's structure from text a crawler already flattened: header and navigation
/// noise, headline, teasers repeating the first paragraph, byline, photo captions with credits,
/// dateline, body paragraphs and trailing furniture.
/// </summary>
internal static class PlainTextArticleReader
{
    /// <summary>A body this long names its language alone; a shorter one is judged with its headline, as a page's is.</summary>
    private const int MinBodyForLanguageAlone = 200;

    public static NewsArticle Read(string text, ExtractionRequest request, ExtractionOptions options)
    {
        // A text browser's dump breaks paragraphs at a fixed width; join them first, or no line reads as prose.
        var lines = SplitLines(WrappedLineJoiner.JoinFragments(WrappedLineJoiner.Join(text))).Select((line, i) => LineClassifier.Classify(i, line)).ToList();
        var warnings = new List<string>();
        if (lines.Count == 0) return new NewsArticle { Url = request.Url, Warnings = warnings };

        var region = BodyRegionFinder.Find(lines);
        if (region is null)
        {
            // No line reads as prose: a results round-up or a list of names in full sentences, whose capitals make
            // every line look like a heading. Read its sentence lines as paragraphs before giving up on a body.
            var relaxed = lines.Select(LineClassifier.AsProseWhenSentence).ToList();
            if (BodyRegionFinder.Find(relaxed) is { } found) (lines, region) = (relaxed, found);
        }
        region ??= new StoryRegion(lines.Count, lines.Count - 1, []);
        var listGroups = ListBelowStory(lines, region.End);
        if (listGroups.Count > 0) region = region with { End = listGroups[^1].Last };
        var listStarts = listGroups.ToDictionary(g => g.First, g => g.Last);
        var listLines = listGroups.SelectMany(g => Enumerable.Range(g.First, g.Last - g.First + 1)).ToHashSet();
        var (bodyStart, bodyEnd) = (region.Start, region.End);

        var teasers = TeasersAbove(lines, bodyStart, bodyEnd);

        var headlineIndex = HeadlineFinder.Find(lines, bodyStart, teasers);
        var opening = HeadlineFinder.FindOpening(lines, bodyStart, teasers);
        if (opening >= 0) headlineIndex = opening;
        else if (headlineIndex < 0 && bodyStart < bodyEnd && HeadlineFinder.IsTitleShaped(lines[bodyStart]))
            headlineIndex = bodyStart;
        if (headlineIndex >= 0 && headlineIndex == bodyStart) bodyStart++;

        string? headline = null;
        var continuation = -1;
        if (headlineIndex >= 0)
        {
            // "Title; " + "subtitle." on two lines: one headline split by the flattening.
            if (headlineIndex > 0 && lines[headlineIndex - 1].Text.EndsWith(';') && lines[headlineIndex - 1].Words <= TextRules.MaxHeadlineWords)
                headlineIndex--;
            headline = lines[headlineIndex].Text;
            if (headline.EndsWith(';') && headlineIndex + 1 < lines.Count && lines[headlineIndex + 1].Words <= TextRules.MaxHeadlineWords)
            {
                headline += " " + lines[headlineIndex + 1].Text;
                continuation = headlineIndex + 1;
                if (bodyStart == continuation) bodyStart++;
            }
            headline = HeadlineFinder.Clean(headline);
        }

        AddTeasersWithin(lines, bodyStart, bodyEnd, teasers);
        if (teasers.Count > 0)
            warnings.Add("a teaser repeats the start of the first paragraph; it was left out of the body");

        var captionOwners = AttachLoneCredits(lines);
        var topOfStory = headlineIndex >= 0 ? headlineIndex : bodyStart;

        var (byline, bylineLines) = FindByline(lines, topOfStory, bodyStart, bodyEnd);

        // Body: story paragraphs and the headings between them.
        var body = new List<(string Text, bool Heading)>();
        var images = new List<ArticleImage>();
        var captionTexts = new List<string>();
        for (var i = Math.Max(0, topOfStory); i <= bodyEnd && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Caption && line.Caption is { } caption)
            {
                images.Add(new ArticleImage(null, caption.Text, caption.Credit));
                captionTexts.Add(line.Text);
                continue;
            }
            if (i < bodyStart || !region.Contains(i) || i == continuation || teasers.Contains(i) || captionOwners.Contains(i)) continue;
            if (listStarts.TryGetValue(i, out var groupEnd)) { body.Add((string.Join(' ', lines.Skip(i).Take(groupEnd - i + 1).Select(l => l.Text)), false)); continue; }
            if (listLines.Contains(i)) continue;
            if (line.Kind == LineKind.Prose) body.Add((line.Text, false));
            else if (line.Kind == LineKind.Short && line.Score >= TextRules.ListItemPenalty) body.Add((line.Text, false));
            else if (line.Kind == LineKind.Short && IsHeadingBetweenParagraphs(lines, i, bodyEnd)) body.Add((line.Text, true));
        }
        // Captions that stand above the headline still illustrate the story.
        for (var i = Math.Max(0, topOfStory - TextRules.BylineReach); i < topOfStory; i++)
            if (lines[i].Kind == LineKind.Caption && lines[i].Caption is { } c) { images.Insert(0, new ArticleImage(null, c.Text, c.Credit)); captionTexts.Add(lines[i].Text); }

        var paragraphs = body.Select(b => b.Text).ToList();
        DatelineMatch? dateline = null;
        foreach (var p in paragraphs.Take(2))
            if ((dateline = DatelineParser.ParseDetailed(p)) is not null) break;

        // No byline above the story: the author note at its foot names the writer.
        if (byline is null or { Authors.Count: 0, Agency: null } && NotedAuthor(lines, bodyEnd) is { } noted)
            byline = new Byline([noted], byline?.Agency);

        var agency = byline?.Agency;
        if (agency is null && dateline?.Dateline.Agency is { } datelineAgency && WireAgencies.FindAll(datelineAgency) is [var first, ..])
            agency = first.Name;
        agency ??= SignedOffAgency(paragraphs);

        // The header: the lines just above the headline (further up, menus list other stories' dates).
        var headerLines = lines.Skip(Math.Max(0, topOfStory - TextRules.HeadlineWindow)).Take(Math.Min(topOfStory, TextRules.HeadlineWindow))
            .Where(l => l.Kind is LineKind.DateStamp or LineKind.Short or LineKind.Navigation).Select(l => l.Text);
        var candidates = TextDateCollector.Collect(headerLines, bylineLines, captionTexts, paragraphs);
        // The page's address and the saved file's name, as an HTML page's address counts.
        if (UrlDateParser.Parse(request.Url) is { } fromUrl) candidates.Add(fromUrl);
        if (UrlDateParser.ParseFilePath(request.Source) is { } fromFile) candidates.Add(fromFile);
        var dates = DateResolver.Resolve(candidates);
        warnings.AddRange(dates.Warnings);
        if (dates.Published is { } published)
            foreach (var header in candidates.Where(c => c.Source == DateSources.Header).DistinctBy(c => c.Day))
                if (Math.Abs(header.Day.DayNumber - published.Day.DayNumber) > 1 && !warnings.Exists(w => w.Contains(header.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)))
                    warnings.Add($"the page header's date {header.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} contradicts the story's own date {published.ToIso()} (from {published.Source})");

        var articleBody = string.Join("\n\n", paragraphs);
        return new NewsArticle
        {
            Url = request.Url,
            Headline = headline,
            // Flattened text declares no language: its words say which, judged as a page's are (a short body with its
            // headline), so a German file is not analysed with the English models and `search --lang` finds it.
            InLanguage = LanguageIdentifier.Identify(articleBody.Length >= MinBodyForLanguageAlone ? articleBody : string.Join('\n', headline, articleBody), null),
            Authors = byline?.Authors ?? [],
            SourceOrganization = agency,
            Dateline = dateline?.Dateline is { Place.Length: > 0 } place ? place : null,
            DatePublished = dates.Published?.ToIso(),
            DatePublishedSource = dates.Published?.Source,
            DatePublishedConfidence = dates.Published?.Confidence,
            DateModified = dates.Modified?.ToIso(),
            DateModifiedSource = dates.Modified?.Source,
            DateModifiedConfidence = dates.Modified?.Confidence,
            Images = images,
            ArticleBody = articleBody,
            ArticleHtml = ToHtml(body),
            Warnings = warnings,
        };
    }

    /// <summary>
    /// A list or table the story's last lines introduce with a colon ("The tour dates:", "Final standings:"), each
    /// group of lines one paragraph: the introduction, then either entries one a line, when there are enough of them,
    /// each a few words long and mostly carrying a figure (a date, a score, an amount), which sets them apart from a box
    /// of other stories' headlines; or a table flattened one cell a line, many of its cells bare figures, read back in
    /// rows as wide as its header when the cells fill whole rows.
    /// </summary>
    internal static List<(int First, int Last)> ListBelowStory(IReadOnlyList<TextLine> lines, int storyEnd)
    {
        var intro = -1;
        for (var i = Math.Max(0, storyEnd); i <= storyEnd + TextRules.ListIntroReach && i < lines.Count; i++)
            if (IsListIntro(lines[i])) { intro = i; break; }
        if (intro >= 0 && TableBelow(lines, intro) is { Count: > 0 } rows) return [(intro, intro), .. rows];
        // Without a colon, a heading just below the story ("Tour Dates") heads its list only when every entry has a
        // figure and all are written alike, around the same mark ("June 9 – Tampa, FL @ …").
        var headed = intro < 0 && storyEnd + 1 < lines.Count && IsListHeading(lines[storyEnd + 1]);
        if (headed) intro = storyEnd + 1;
        if (intro < 0) return [];

        var end = intro;
        var withFigures = 0;
        while (end + 1 < lines.Count && lines[end + 1] is { Kind: LineKind.Short or LineKind.Prose } entry && entry.Words >= TextRules.MinListEntryWords && !entry.Text.EndsWith(':'))
        {
            var hasFigure = entry.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            if (headed && !hasFigure) break;
            end++;
            if (hasFigure) withFigures++;
        }
        var entries = end - intro;
        if (entries < TextRules.MinListEntries || withFigures < entries * TextRules.ListEntriesWithFigures) return [];
        if (headed && !SharesAMark(lines, intro + 1, end)) return [];
        return [.. Enumerable.Range(intro, end - intro + 1).Select(i => (i, i))];
    }

    private static bool IsListHeading(TextLine line) =>
        line.Kind == LineKind.Short && line.Words is >= 2 and <= TextRules.MaxListHeadingWords && !line.EndsSentence;

    private static bool SharesAMark(IReadOnlyList<TextLine> lines, int first, int last)
    {
        foreach (var mark in TextRules.ListEntryMarks)
        {
            var all = true;
            for (var i = first; i <= last && all; i++) all = lines[i].Text.Contains(mark, StringComparison.Ordinal);
            if (all) return true;
        }
        return false;
    }

    // Cells below the introduction: short lines, enough of them bare figures ("5040", "17", "1.")
    private static List<(int First, int Last)> TableBelow(IReadOnlyList<TextLine> lines, int intro)
    {
        var first = intro + 1;
        var last = intro;
        var figures = 0;
        var header = -1;
        while (last + 1 < lines.Count && lines[last + 1] is { Kind: LineKind.Short or LineKind.DateStamp } cell && cell.Words <= TextRules.MaxTableCellWords)
        {
            last++;
            if (!TextRules.BareFigure().IsMatch(cell.Text)) continue;
            figures++;
            if (header < 0) header = last - first;
        }
        var cells = last - first + 1;
        if (cells < TextRules.MinTableCells || figures < cells * TextRules.TableFigureShare) return [];
        var width = header >= 2 && cells % header == 0 ? header : 1;
        return [.. Enumerable.Range(0, cells / width).Select(r => (first + r * width, first + r * width + width - 1))];
    }

    private static bool IsListIntro(TextLine line) =>
        line.Kind is LineKind.Short or LineKind.Prose && line.Text.EndsWith(':') && line.Words >= 2;

    // "Follow Jane Roe on Twitter", "Jane Roe is a reporter for …" among the last paragraphs.
    private static Person? NotedAuthor(List<TextLine> lines, int bodyEnd)
    {
        var last = Math.Min(lines.Count - 1, bodyEnd + TextRules.AuthorNoteParagraphs);
        for (var i = last; i >= Math.Max(0, bodyEnd - TextRules.AuthorNoteParagraphs); i--)
        {
            var m = TextRules.AuthorNote().Match(lines[i].Text);
            if (!m.Success) continue;
            var name = m.Groups["name"].Value;
            if (BylineParser.IsNameLike(name) && WireAgencies.Find(name) is null) return new Person(name);
        }
        return null;
    }

    // "(Reporting by …; Editing by …)" at the foot of the story: the agency's own sign-off.
    private static string? SignedOffAgency(List<string> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - 3); i--)
            foreach (var (pattern, agency) in WireAgencies.SignOffs)
                if (pattern.IsMatch(paragraphs[i])) return WireAgencies.Find(agency)?.Name;
        return null;
    }

    // Teasers: lines above the story that repeat the start of one of its first paragraphs.
    private static HashSet<int> TeasersAbove(List<TextLine> lines, int bodyStart, int bodyEnd)
    {
        var teasers = new HashSet<int>();
        var leadTargets = Enumerable.Range(bodyStart, Math.Max(0, Math.Min(TextRules.TeaserTargets, bodyEnd - bodyStart + 1)))
            .Where(i => lines[i].Kind == LineKind.Prose).Select(i => lines[i].Text).ToList();
        for (var i = Math.Max(0, bodyStart - TextRules.HeadlineWindow); i < bodyStart; i++)
            if (lines[i].Kind is LineKind.Prose or LineKind.Short && leadTargets.Exists(p => TeaserDetector.IsTeaserOf(lines[i].Text, p)))
                teasers.Add(i);
        return teasers;
    }

    // Inside the story: a line repeating the start of a paragraph just below it is a teaser too.
    private static void AddTeasersWithin(List<TextLine> lines, int bodyStart, int bodyEnd, HashSet<int> teasers)
    {
        for (var i = bodyStart; i <= bodyEnd; i++)
        {
            if (lines[i].Kind is not (LineKind.Prose or LineKind.Short)) continue;
            for (var j = i + 1; j <= Math.Min(bodyEnd, i + TextRules.TeaserReach); j++)
                if (lines[j].Kind == LineKind.Prose && TeaserDetector.IsTeaserOf(lines[i].Text, lines[j].Text)) { teasers.Add(i); break; }
        }
    }

    // Byline: between headline and story, or in the story's first lines; date stamps beside it are byline dates.
    private static (Byline? Byline, List<string> Lines) FindByline(List<TextLine> lines, int topOfStory, int bodyStart, int bodyEnd)
    {
        Byline? byline = null;
        var bylineLines = new List<string>();
        for (var i = Math.Max(0, topOfStory - TextRules.BylineReach); i <= Math.Min(bodyEnd, bodyStart + TextRules.BylineReach) && i < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Byline && byline is null) { byline = lines[i].Byline; bylineLines.Add(lines[i].Text); }
            else if (lines[i].Kind == LineKind.DateStamp && i > topOfStory) bylineLines.Add(lines[i].Text);
        }
        return (byline, bylineLines);
    }

    // A short line inside the story is a subheading when a paragraph follows it.
    private static bool IsHeadingBetweenParagraphs(IReadOnlyList<TextLine> lines, int i, int bodyEnd)
    {
        if (lines[i].Words is 0 or > 20) return false;
        for (var j = i + 1; j <= bodyEnd; j++)
        {
            if (lines[j].Kind == LineKind.Caption) continue;
            return lines[j].Kind == LineKind.Prose;
        }
        return false;
    }

    // A credit alone on its line ("Photo: Reuters") belongs to the caption line just above it.
    private static HashSet<int> AttachLoneCredits(List<TextLine> lines)
    {
        var owners = new HashSet<int>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Caption is not { Text: null } credit) continue;
            var above = lines[i - 1];
            if (above.Kind is LineKind.Prose or LineKind.Short && above.Text.Length <= 250 && above.Words >= 3)
            {
                lines[i] = lines[i] with { Caption = new Caption(above.Text, credit.Credit) };
                owners.Add(i - 1);
            }
        }
        return owners;
    }

    private static string ToHtml(List<(string Text, bool Heading)> body)
    {
        var sb = new StringBuilder();
        foreach (var (text, heading) in body)
            sb.Append(heading ? "<h2>" : "<p>").Append(WebUtility.HtmlEncode(text)).Append(heading ? "</h2>\n" : "</p>\n");
        return sb.ToString();
    }

    // Non-empty lines, trimmed, inner whitespace collapsed, invisible characters removed; at most MaxLines.
    private static List<string> SplitLines(string text)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            if (result.Count >= TextRules.MaxLines) break;
            sb.Clear();
            var space = false;
            foreach (var c in raw)
            {
                if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
                if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = sb.Length > 0; continue; }
                if (space) { sb.Append(' '); space = false; }
                sb.Append(c);
            }
            if (sb.Length > 0) result.Add(sb.ToString());
        }
        return result;
    }
}
