using Lede.Extraction.Html.Dom;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata.Dates;

/// <summary>
/// Gathers every date a page offers, each tagged with its source and a confidence: JSON-LD, meta tags,
/// microdata and &lt;time&gt; elements, the URL, date-like elements near the byline, and as a last resort
/// dates written in the main content area (not in comments, sidebars or teasers).
/// </summary>
internal static class DateCandidateCollector
{
    private const int MaxDateElements = 3000;

    // Every element of the page is tested against these: one vectorised multi-string search instead of twenty Contains calls.
    private static readonly System.Buffers.SearchValues<string> DateElementTokenSearch =
        System.Buffers.SearchValues.Create(MetadataRules.DateElementTokens, StringComparison.OrdinalIgnoreCase);
    private const int MaxDateElementChars = 200;
    // The story's own date, when written, is near the top; further down come quoted events and reader comments.
    private const int MaxBodyChars = 6_000;
    private const int MaxBodyDates = 12;
    private const double RepeatedMetaPenalty = 0.05;

    public static List<DateCandidate> Collect(HtmlDocument document, MetaTags meta, JsonLdFacts? jsonLd, IEnumerable<string?> urls) =>
        Collect(document, PageElements.Collect(document), meta, jsonLd, urls);

    public static List<DateCandidate> Collect(HtmlDocument document, PageElements elements, MetaTags meta, JsonLdFacts? jsonLd, IEnumerable<string?> urls)
    {
        var list = new List<DateCandidate>();
        if (jsonLd is not null)
        {
            // JSON-LD of an article beats meta (CMSs fill it from editor fields); that of a mere WebPage is weaker.
            var bonus = jsonLd.IsArticle ? 0.0 : -0.15;
            Add(list, jsonLd.DatePublished, DateRole.Published, DateSources.JsonLd, 0.95 + bonus);
            Add(list, jsonLd.DateCreated, DateRole.Published, DateSources.JsonLd, 0.85 + bonus);
            Add(list, jsonLd.DateModified, DateRole.Modified, DateSources.JsonLd, 0.9 + bonus);
        }
        foreach (var (key, confidence) in MetadataRules.PublishedMeta)
        {
            // A key given twice: the first is the page's own, a later one often a listed story's (microdata teasers).
            var values = meta.GetAll(key);
            for (var i = 0; i < Math.Min(2, values.Count); i++)
                Add(list, values[i], DateRole.Published, DateSources.Meta, confidence - (i == 0 ? 0.0 : RepeatedMetaPenalty));
        }
        foreach (var (key, confidence) in MetadataRules.ModifiedMeta)
            Add(list, meta.Get(key), DateRole.Modified, DateSources.Meta, confidence);
        if (meta.Get("parsely-page") is { } parsely && parsely.Contains("pub_date", StringComparison.Ordinal))
            if (JsonLdReader.TryParse(parsely) is { } doc)
                using (doc)
                    Add(list, JsonLdReader.Str(doc.RootElement, "pub_date"), DateRole.Published, DateSources.Meta, 0.9);

        CollectMarkup(elements, list);
        // Titles of diaries and press releases carry their day ("Report of 22.04.2020").
        foreach (var title in new[] { meta.Get("og:title"), document.Title })
            if (title is not null && DateTextParser.FindDates(title) is [var inTitle, ..])
            {
                var v = DateTextParser.FromMention(inTitle);
                list.Add(new DateCandidate(v.Value, v.HasTime, DateRole.Published, DateSources.Meta, 0.5, title));
                break;
            }
        foreach (var url in urls)
            if (UrlDateParser.Parse(url) is { } fromUrl) { list.Add(fromUrl); break; }
        if (!list.Any(c => c.Confidence >= 0.6 && c.Role != DateRole.Modified && c.Day >= MetadataRules.EarliestDate))
            CollectText(document, elements, list);
        // Nothing in the story area: a date printed anywhere on the page (a sidebar box, a share bar) is a better guess than none.
        if (!list.Any(c => c.Role != DateRole.Modified && c.Day >= MetadataRules.EarliestDate && c.Day <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1)))
            CollectWholePage(document, list);
        return list;
    }

    private static void Add(List<DateCandidate> list, string? value, DateRole role, string source, double confidence, string? evidence = null)
    {
        if (DateTextParser.ParseValue(value) is not { } v) return;
        // A metadata stamp with a time is more precise than a bare day; when they differ by a day the timed one is likelier right.
        if (!v.HasTime && source is DateSources.JsonLd or DateSources.Meta) confidence -= 0.03;
        list.Add(new DateCandidate(v.Value, v.HasTime, role, source, confidence, evidence ?? value));
    }

    internal static void CollectMarkup(HtmlDocument document, List<DateCandidate> list) => CollectMarkup(PageElements.Collect(document), list);

    internal static void CollectMarkup(PageElements elements, List<DateCandidate> list)
    {
        // The page's one element walk gathered every markup source; they are added in the same order
        // (microdata, <time>, <abbr>, class-marked elements).
        var times = elements.Times;
        foreach (var e in elements.DateMicrodata)
        {
            var role = e.GetAttribute("itemprop") == "dateModified" ? DateRole.Modified : DateRole.Published;
            var value = e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? e.TextContent;
            // A <time> in a block hidden from readers (microdata kept for search engines) is declared, not printed.
            var shown = e.LocalName == "time" && !VisibleText.InHidden(e);
            Add(list, value, role, shown ? DateSources.TimeElement : DateSources.Meta, role == DateRole.Published ? 0.88 : 0.85);
            if (shown) AddZonedText(list, e, value, role, role == DateRole.Published ? 0.78 : 0.75);
        }
        for (var i = 0; i < times.Count; i++)
            if (!times[i].HasAttribute("itemprop")) AddTimeElement(times[i], i + 1, list);
        foreach (var abbr in elements.Abbrs)
        {
            var cls = abbr.ClassName ?? "";
            if (cls.Contains("published", StringComparison.OrdinalIgnoreCase))
                Add(list, abbr.GetAttribute("title"), DateRole.Published, DateSources.TimeElement, 0.85);
            else if (cls.Contains("updated", StringComparison.OrdinalIgnoreCase))
                Add(list, abbr.GetAttribute("title"), DateRole.Modified, DateSources.TimeElement, 0.8);
        }
        CollectDateElements(elements.DateMarkers, list);
    }

    /// <summary>Class or id names a date, byline or meta block: cheap test before the marker string is built.</summary>
    internal static bool MayBeDateElement(string localName, ReadOnlySpan<char> cls, ReadOnlySpan<char> id)
    {
        if (localName is "time" or "body" or "html" or "script" or "style") return false;
        return cls.ContainsAny(DateElementTokenSearch) || id.ContainsAny(DateElementTokenSearch);
    }

    private static void AddTimeElement(HtmlElement time, int count, List<DateCandidate> list)
    {
        var value = time.GetAttribute("datetime");
        if (string.IsNullOrWhiteSpace(value)) value = time.TextContent;
        var context = ClassContext(time);
        var role = HasToken(context, MetadataRules.ModifiedElementTokens) ? DateRole.Modified
            : time.HasAttribute("pubdate") || context.Contains("publish", StringComparison.Ordinal) ? DateRole.Published
            : DateRole.Unknown;
        var inStory = !InNonStory(time);
        var confidence = role == DateRole.Published ? 0.85 : role == DateRole.Modified ? 0.8 : inStory ? (count == 1 ? 0.68 : 0.55) : 0.3;
        var header = InPageHeader(time);
        Add(list, value, role, header ? DateSources.Header : DateSources.TimeElement, header ? 0.25 : confidence);
        if (!header) AddZonedText(list, time, value, role, confidence - 0.1);
    }

    /// <summary>
    /// A &lt;time&gt; whose datetime attribute is a UTC stamp and whose text prints the same instant with its zone's name
    /// ("11:26 pm EST, Tuesday, November 19, 2019"): the text is a candidate too, the local day readers see
    /// (<see cref="DateResolver"/> takes it over the UTC stamp's day).
    /// </summary>
    private static void AddZonedText(List<DateCandidate> list, HtmlElement time, string? value, DateRole role, double confidence)
    {
        if (time.LocalName != "time" || !time.HasAttribute("datetime") || DateTextParser.ParseValue(value) is not { HasTime: true } stamp) return;
        var text = time.TextContent.Trim();
        if (text.Length > MaxDateElementChars || DateTextParser.FindDates(text) is not [var printed, ..] || printed.Time is null || printed.Offset is null) return;
        var v = DateTextParser.FromMention(printed);
        if (Math.Abs((v.Value - stamp.Value).TotalMinutes) >= 1 || DateOnly.FromDateTime(v.Value.DateTime) == DateOnly.FromDateTime(stamp.Value.DateTime)) return;
        list.Add(new DateCandidate(v.Value, true, role, DateSources.TimeElement, confidence, text));
    }

    private static void CollectDateElements(List<HtmlElement> candidates, List<DateCandidate> list)
    {
        // Elements whose class or id says "date"/"byline"/"posted": the date printed next to the byline.
        var seen = 0;
        var found = 0;
        foreach (var e in candidates)
        {
            if (found >= 6) break;
            var marker = ((e.ClassName ?? "") + " " + (e.Id ?? "")).ToLowerInvariant();
            if (!HasToken(marker, MetadataRules.DateElementTokens)) continue;
            // Big containers ("content", "main-data") are not date stamps; skip them before paying for their text.
            if (e.ChildElementCount > 8 || ++seen > MaxDateElements) continue;
            // Bounded: a wrapper with one child can still hold the whole page.
            var text = VisibleText.Of(e, MaxDateElementChars + 1, skipNonStory: false);
            if (text.Length > MaxDateElementChars || text.Length < 6) continue;
            var dates = DateTextParser.FindDates(text);
            if (dates.Count == 0) continue;
            // A block that shows one date and hides another for search engines ("<span class=updated hidden>2019-…</span>
            // Juni 19th, 2018"): the shown one is the block's. A block that only hides its date still gives that.
            var shown = VisibleText.Of(e, MaxDateElementChars + 1, skipNonStory: false, skipHidden: true);
            if (shown.Length < text.Length && DateTextParser.FindDates(shown) is { Count: > 0 } shownDates && shownDates[0].Date != dates[0].Date)
                (text, dates) = (shown, shownDates);
            // A weather box ("Berlin 4°C, Tuesday 8 Dec") shows today's date, the reader's, not the story's.
            if (text.Contains('°')) continue;
            if (InNonStory(e)) continue;
            var d = dates[0];
            var before = text[..d.Start].ToLowerInvariant();
            var role = HasToken(marker, MetadataRules.ModifiedElementTokens) || HasToken(before, MetadataRules.ModifiedTextTokens) ? DateRole.Modified : DateRole.Published;
            var strong = HasToken(marker, MetadataRules.StrongDateTokens);
            var header = InPageHeader(e);
            var v = DateTextParser.FromMention(d);
            list.Add(new DateCandidate(v.Value, v.HasTime, role, header ? DateSources.Header : DateSources.BylineText,
                header ? 0.25 : strong ? 0.7 - found * 0.03 : 0.6 - found * 0.03, text.Trim()));
            found++;
        }
    }

    /// <summary>The last resort: dates written in the main content area, the first ones likeliest the story's.</summary>
    internal static void CollectText(HtmlDocument document, List<DateCandidate> list) => CollectText(document, PageElements.Collect(document), list);

    private static void CollectText(HtmlDocument document, PageElements elements, List<DateCandidate> list)
    {
        var root = elements.MainContent ?? document.Body;
        if (root is null) return;
        var text = VisibleText.Of(root, MaxBodyChars, skipNonStory: true);
        text = MetadataRules.Copyright().Replace(text, " ");
        var dates = DateTextParser.FindDates(text);
        var i = 0;
        var previousEnd = 0;
        foreach (var d in dates)
        {
            if (i >= MaxBodyDates) break;
            var v = DateTextParser.FromMention(d);
            var (role, bonus) = Label(text, previousEnd, d);
            previousEnd = d.Start + d.Length;
            // Earlier in the text is likelier the story's own date; repeated days add up in the resolver.
            list.Add(new DateCandidate(v.Value, v.HasTime, role, DateSources.BodyText, 0.45 - i * 0.02 + bonus,
                text.Substring(d.Start, d.Length)));
            i++;
        }
    }

    // A date the text itself labels as the publication ("Erschienen am", "Published:") is the story's, wherever it stands.
    private const double PublishedLabelBonus = 0.1;
    private const int MaxLabelChars = 30;

    /// <summary>What the words just before a date in running text call it: an update stamp, the publication, or nothing.</summary>
    internal static (DateRole Role, double Bonus) Label(string text, int previousEnd, DateMention d)
    {
        var start = Math.Max(previousEnd, d.Start - MaxLabelChars);
        if (start >= d.Start) return (DateRole.Published, 0);
        var before = text[start..d.Start].ToLowerInvariant();
        if (HasToken(before, MetadataRules.ModifiedTextTokens)) return (DateRole.Modified, 0);
        return HasToken(before, MetadataRules.PublishedTextTokens) ? (DateRole.Published, PublishedLabelBonus) : (DateRole.Published, 0);
    }

    // Last-resort dates are barely more than noise: any real source outranks them.
    private const double WholePageConfidence = 0.2;
    private const int MaxWholePageChars = 20_000;
    private const int MaxWholePageDates = 6;

    private static void CollectWholePage(HtmlDocument document, List<DateCandidate> list)
    {
        if (document.Body is null) return;
        var text = MetadataRules.Copyright().Replace(VisibleText.Of(document.Body, MaxWholePageChars, skipNonStory: false), " ");
        var i = 0;
        var previousEnd = 0;
        foreach (var d in DateTextParser.FindDates(text))
        {
            if (i >= MaxWholePageDates) break;
            var v = DateTextParser.FromMention(d);
            var (role, bonus) = Label(text, previousEnd, d);
            previousEnd = d.Start + d.Length;
            list.Add(new DateCandidate(v.Value, v.HasTime, role, DateSources.BodyText, WholePageConfidence - i * 0.01 + bonus,
                text.Substring(d.Start, d.Length)));
            i++;
        }
    }

    private static string ClassContext(HtmlElement e)
    {
        var own = ((e.ClassName ?? "") + " " + (e.Id ?? "")).ToLowerInvariant();
        var parent = e.ParentElement;
        return parent is null ? own : own + " " + ((parent.ClassName ?? "") + " " + (parent.Id ?? "")).ToLowerInvariant();
    }

    internal static bool HasToken(string text, string[] tokens)
    {
        foreach (var t in tokens)
            if (text.Contains(t, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when a whole class word is one of <paramref name="words"/> ("node--promoted" is not "promo").</summary>
    internal static bool HasWord(string marker, string[] words)
    {
        // Walks the pieces in place: this runs for every element of every walk, so it must not allocate.
        var span = marker.AsSpan();
        while (span.Length > 0)
        {
            // "category-popular", "tag-comments": CMS taxonomy classes name the story's topics, not a page part.
            if (span.StartsWith("tag-", StringComparison.OrdinalIgnoreCase) || span.StartsWith("category-", StringComparison.OrdinalIgnoreCase))
            {
                var space = span.IndexOf(' ');
                span = space < 0 ? default : span[(space + 1)..];
                continue;
            }
            var cut = span.IndexOfAny(WordSeparators);
            var piece = cut < 0 ? span : span[..cut];
            span = cut < 0 ? default : span[(cut + 1)..];
            if (piece.Length == 0) continue;
            foreach (var w in words)
                if (piece.Length >= w.Length && piece.Length <= w.Length + 1 && piece.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                    && (piece.Length == w.Length || char.ToLowerInvariant(piece[^1]) == 's'))
                    return true;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> WordSeparators = System.Buffers.SearchValues.Create(" -_");

    /// <summary>The element's class or id has a whole word from <paramref name="words"/>.</summary>
    internal static bool MarkedWith(HtmlElement e, string[] words) =>
        (e.GetAttribute("class") is { Length: > 0 } cls && HasWord(cls, words)) || (e.GetAttribute("id") is { Length: > 0 } id && HasWord(id, words));

    /// <summary>Inside comments, sidebars, teasers or footers: dates there belong to other stories or to readers.</summary>
    internal static bool InNonStory(HtmlElement e)
    {
        var depth = 0;
        // <body> classes describe the layout ("right-sidebar"), not the element: stop below it.
        for (var p = e; p is not null && p.LocalName is not ("body" or "html") && depth < 40; p = p.ParentElement, depth++)
        {
            if (p.LocalName is "aside" or "nav") return true;
            // An article's own footer ("entry-footer") carries its date and author; the page footer does not.
            if (p.LocalName == "footer" && p.Closest("article") is null) return true;
            // The post's own container ends the walk: what encloses it is layout ("widget Blog", "content-sidebar-wrap");
            // an article that holds the page's headline is the story whatever its layout classes say ("sticky-sidebar-parent").
            if (p.LocalName == "article" && p != e && HoldsHeadline(p)) return false;
            if (MarkedWith(p, MetadataRules.NonStoryTokens)) return true;
            if (p.LocalName == "article" || p.GetAttribute("itemprop") is "blogPost" or "articleBody" || MarkedWith(p, MetadataRules.StoryContainerWords)) return false;
        }
        return false;
    }

    private const int MaxHeadlineSearch = 400;

    /// <summary>An &lt;h1&gt; among the first elements of <paramref name="article"/>: the headline opens the story it belongs to.</summary>
    private static bool HoldsHeadline(HtmlElement article)
    {
        var seen = 0;
        for (var d = article.FirstElementChild is null ? null : MetadataReader.NextElement(article, article); d is not null && seen < MaxHeadlineSearch; d = MetadataReader.NextElement(d, article), seen++)
            if (d.LocalName == "h1") return true;
        return false;
    }

    /// <summary>Inside the site's own header (banner, top navigation), not the article's header.</summary>
    internal static bool InPageHeader(HtmlElement e)
    {
        var depth = 0;
        for (var p = e.ParentElement; p is not null && depth < 40; p = p.ParentElement, depth++)
        {
            if (p.LocalName is "article" or "main") return false;
            if (p.GetAttribute("role") == "banner") return true;
            if (p.LocalName == "header" && p.ParentElement?.LocalName == "body") return true;
        }
        return false;
    }
}
