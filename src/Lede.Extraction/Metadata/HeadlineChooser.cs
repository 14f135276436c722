using Lede.Extraction.Html.Dom;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata;

/// <summary>
/// Picks the headline: the page's own &lt;h1&gt; when it matches what the metadata calls the title (it is the
/// editor's exact wording, without the site suffix); else the metadata title with the site name cut off.
/// </summary>
internal static class HeadlineChooser
{
    private const int MaxHeadings = 12;
    private const int MaxHeadlineChars = 400;
    private const int MinKickedHeadlineChars = 12;
    // "Heizöl bestellen: wann, wo und zu welchem Preis": a marked kicker may be a short SEO line of six to eight words.
    private const int MaxKickerWords = 8;
    // A label without a kicker class counts only where a title is the rest word for word: it may name an office in full.
    private const int MaxPlainKickerWords = 12;

    /// <param name="titles">What the metadata calls the title, most trusted first (JSON-LD headline, og:title, &lt;title&gt;).</param>
    public static string? Choose(HtmlDocument document, IReadOnlyList<string> titles, string? siteName, string? hostLabel = null) =>
        Choose(document.ElementsNamed("h1"), document.ElementsNamed("h2"), titles, siteName, hostLabel);

    /// <summary>As <see cref="Choose(HtmlDocument, IReadOnlyList{string}, string?, string?)"/>, with the headings the page walk gathered.</summary>
    public static string? Choose(PageElements elements, IReadOnlyList<string> titles, string? siteName, string? hostLabel = null) =>
        Choose(elements.H1s, elements.H2s, titles, siteName, hostLabel);

    private static string? Choose(IEnumerable<HtmlElement> h1s, IEnumerable<HtmlElement> h2s, IReadOnlyList<string> titles, string? siteName, string? hostLabel)
    {
        titles = titles.Select(Clean).Where(t => t.Length > 0).ToList();
        return WithoutStrayClosingQuote(WithoutDate(ChooseDated(h1s, h2s, titles, siteName, hostLabel), titles));
    }

    /// <summary>
    /// The headline without a closing quotation mark at its end that closes nothing ("Minister resigns”"): a slip of the
    /// page's markup, not part of the headline.
    /// </summary>
    internal static string? WithoutStrayClosingQuote(string? headline)
    {
        if (headline is not { Length: > 1 }) return headline;
        var stray = headline[^1] switch
        {
            '”' => headline.AsSpan(0, headline.Length - 1).IndexOfAny('“', '„', '”') < 0,
            '"' => headline.AsSpan(0, headline.Length - 1).IndexOf('"') < 0,
            _ => false,
        };
        return stray ? headline[..^1].TrimEnd() : headline;
    }

    /// <summary>
    /// The headline without a date printed before it ("23.01.2022 - Headline") or a dated line run into its heading after it
    /// ("Headline 02.02.2022 • Section"), where a title names the headline alone.
    /// </summary>
    internal static string? WithoutDate(string? headline, IReadOnlyList<string> titles)
    {
        if (headline is null) return null;
        if (MetadataRules.HeadlineDatePrefix().Match(headline) is { Success: true } prefix) headline = headline[prefix.Length..];
        foreach (var title in titles)
        {
            if (title.Length < 10 || headline.Length <= title.Length || !headline.StartsWith(title, StringComparison.Ordinal)) continue;
            if (MetadataRules.HeadlineDateTail().IsMatch(headline.AsSpan(title.Length))) return title;
        }
        return headline;
    }

    private static string? ChooseDated(IEnumerable<HtmlElement> h1s, IEnumerable<HtmlElement> h2s, IReadOnlyList<string> titles, string? siteName, string? hostLabel)
    {
        var site = siteName is null ? null : Normalize(siteName);
        // A site that spends its <h1> on the breadcrumb trail's last item may print there the <title>'s wording while the
        // story's own heading (an <h2>) prints the JSON-LD headline: the heading outside the trail leads where it repeats a
        // more trusted title than the trail's heading does.
        var inTrail = h1s.Concat(h2s).Take(MaxHeadings * 2).Where(InBreadcrumbTrail).ToList();
        if (inTrail.Count > 0
            && MostTrustedMatch(Headings(h1s.Except(inTrail)).Concat(Headings(h2s.Except(inTrail))).ToList(), titles, siteName, site) is ({ } outside, var outsideRank)
            && outsideRank < MostTrustedMatch(Headings(inTrail), titles, siteName, site).Rank)
            return outside;
        var headings = Headings(h1s).Concat(Headings(h2s)).ToList();

        // A heading that opens with a kicker element ("Climate | The drill goes deep") whose title repeats kicker and
        // headline: the headline is the heading without its kicker.
        if (WithoutKicker(h1s, titles, siteName) is { } kicked) return kicked;

        if (ChooseMatching(headings, titles, siteName, site) is { } matching) return matching;

        // No heading repeats a title: the page's own main heading is the headline as readers see it
        // (titles are often written for search engines), unless it is the site's name or page chrome.
        if (LeadHeading(h1s, titles, site, hostLabel) is { } lead) return lead;

        var best = titles.Count > 0 ? StripSiteName(titles[0], siteName, hostLabel) : null;
        if (best is not null && best.Length > 0) return best;
        return headings.FirstOrDefault();
    }

    /// <summary>
    /// A heading that equals a title, or one part of it: the headline in the editor's wording. A heading that is only the
    /// site's name (blog themes put it in &lt;h1&gt;) never is.
    /// </summary>
    private static string? ChooseMatching(List<string> headings, IReadOnlyList<string> titles, string? siteName, string? site)
    {
        foreach (var h in headings)
        {
            if (!MayRepeatTitle(h, site)) continue;
            foreach (var t in titles)
                if (Matches(h, t, siteName)) return SpacedAsTitle(h, t, siteName);
        }
        return null;
    }

    /// <summary>Of <paramref name="headings"/>, the one repeating the most trusted title, and that title's rank; (null, titles' count) for none.</summary>
    private static (string? Heading, int Rank) MostTrustedMatch(List<string> headings, IReadOnlyList<string> titles, string? siteName, string? site)
    {
        var candidates = headings.Where(h => MayRepeatTitle(h, site)).ToList();
        for (var rank = 0; rank < titles.Count; rank++)
            foreach (var h in candidates)
                if (Matches(h, titles[rank], siteName)) return (SpacedAsTitle(h, titles[rank], siteName), rank);
        return (null, titles.Count);
    }

    /// <summary>A heading long enough to be a headline and more than the site's name.</summary>
    private static bool MayRepeatTitle(string heading, string? site)
    {
        var normalized = Normalize(heading);
        return normalized.Length >= 4 && !(site is not null && IsSiteName(normalized, site));
    }

    private const int MaxTrailDepth = 8;

    /// <summary>Inside a breadcrumb trail: an ancestor classed "breadcrumb(s)" or typed schema.org BreadcrumbList.</summary>
    internal static bool InBreadcrumbTrail(HtmlElement e)
    {
        var depth = 0;
        for (var p = e.ParentElement; p is not null && p.LocalName is not ("body" or "html") && depth < MaxTrailDepth; p = p.ParentElement, depth++)
        {
            if (Dates.DateCandidateCollector.MarkedWith(p, MetadataRules.BreadcrumbWords)) return true;
            foreach (var typed in (ReadOnlySpan<string>)["typeof", "itemtype"])
                if (p.GetAttribute(typed) is { } type && type.Contains("BreadcrumbList", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Frauen im THW : Vergangenheit" read from "Frauen im &lt;abbr&gt;THW&lt;/abbr&gt;: Vergangenheit": the heading's text is
    /// joined from its pieces, the title is written in one; where the two differ only in spacing, the title's spacing is the editor's.
    /// </summary>
    private static string SpacedAsTitle(string heading, string title, string? siteName)
    {
        foreach (var t in (ReadOnlySpan<string>)[title, StripSiteName(title, siteName)])
            if (t != heading && WithoutSpaces(t) == WithoutSpaces(heading)) return t;
        return heading;

        static string WithoutSpaces(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>
    /// The headline of an &lt;h1&gt; that opens with a kicker element (class "kicker", "dachzeile", "overline"…, or a
    /// &lt;small&gt; label), when a title is kicker and headline together or the headline alone; else null.
    /// Separators between the two (": " for screen readers, or printed) are left out.
    /// </summary>
    private static string? WithoutKicker(IEnumerable<HtmlElement> h1s, IReadOnlyList<string> titles, string? siteName)
    {
        var seen = 0;
        foreach (var h1 in h1s)
        {
            if (++seen > MaxHeadings) break;
            if (Dates.DateCandidateCollector.InNonStory(h1)) continue;
            // The kicker may sit one or two wrappers down (<h1><span itemprop="headline"><small>Kicker</small><br>Headline</span></h1>).
            var holder = h1;
            for (var depth = 0; depth < 2 && OnlyChild(holder) is { } only; depth++) holder = only;
            if (FirstChildElement(holder) is not { } kicker) continue;
            // An inline element with no kicker class ("<span class="css-x1">Press release of the Harbour Office</span>Headline")
            // is a kicker only where a title names the headline after it alone, word for word.
            var marked = kicker.LocalName == "small" || Dates.DateCandidateCollector.MarkedWith(kicker, MetadataRules.KickerWords);
            if (!marked && kicker.LocalName is not ("span" or "strong" or "b" or "em" or "i")) continue;
            var kickerText = Clean(kicker.TextContent);
            if (kickerText.Length == 0 || WordCount(kickerText) > (marked ? MaxKickerWords : MaxPlainKickerWords)) continue;
            var rest = new System.Text.StringBuilder();
            for (var node = kicker.NextSibling; node is not null && rest.Length <= MaxHeadlineChars; node = node.NextSibling)
            {
                if (node is HtmlText text) rest.Append(text.Data).Append(' ');
                else if (node is HtmlElement e && e.LocalName != "br" && !VisibleText.IsHidden(e)) rest.Append(VisibleText.Of(e, MaxHeadlineChars, skipNonStory: false, skipHidden: true).Replace('\n', ' ')).Append(' ');
            }
            // A visible separator after the kicker (": ", " – ") belongs to neither.
            var headline = Clean(rest.ToString()).TrimStart(':', '|', '-', '–', '—', '·', '•', '/', ' ');
            if (headline.Length < MinKickedHeadlineChars || headline.Length > MaxHeadlineChars) continue;
            var (nk, nh) = (Normalize(kickerText), Normalize(headline));
            foreach (var t in titles)
                foreach (var full in (ReadOnlySpan<string>)[Normalize(t), Normalize(StripSiteName(t, siteName))])
                    if (full == nh || marked && (full == nk + " " + nh || Matches(headline, t, siteName))) return headline;
        }
        return null;

        static HtmlElement? OnlyChild(HtmlElement e)
        {
            HtmlElement? only = null;
            for (var n = e.FirstChild; n is not null; n = n.NextSibling)
            {
                if (n is HtmlText t && t.DataSpan.IsWhiteSpace()) continue;
                if (n is not HtmlElement child || only is not null) return null;
                only = child;
            }
            return only;
        }

        static HtmlElement? FirstChildElement(HtmlElement e)
        {
            for (var n = e.FirstChild; n is not null; n = n.NextSibling)
            {
                if (n is HtmlText t && t.DataSpan.IsWhiteSpace()) continue;
                // CSS-in-JS libraries write a <style> element before each styled element.
                if (n is HtmlElement { LocalName: "style" or "script" }) continue;
                return n as HtmlElement;
            }
            return null;
        }
    }

    /// <summary>
    /// The first &lt;h1&gt; in the story area that is not the site's name, nor a part of the title that names the site,
    /// nor page chrome ("Navigation"); among several, the one whose words the title shares most, when it shares most of them.
    /// </summary>
    private static string? LeadHeading(IEnumerable<HtmlElement> h1s, IReadOnlyList<string> titles, string? site, string? hostLabel)
    {
        var host = hostLabel?.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        // A heading that is the short end of a title ("Headline – Site") and was not matched as its headline is the site's name.
        var titleSites = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in titles)
        {
            var parts = MetadataRules.TitleSeparator().Split(t).Where(p => p.Length > 0).ToList();
            if (parts.Count < 2) continue;
            // The site's part is the shorter end; the longer one is the headline.
            if (parts[0].Length < t.Length - parts[0].Length) titleSites.Add(Normalize(parts[0]));
            if (parts[^1].Length < t.Length - parts[^1].Length) titleSites.Add(Normalize(parts[^1]));
        }
        var titleWords = titles.SelectMany(t => Normalize(t).Split(' ')).ToHashSet(StringComparer.Ordinal);
        string? first = null, shared = null;
        var bestShare = 0.0;
        var seen = 0;
        foreach (var element in h1s)
        {
            if (++seen > MaxHeadings) break;
            if (Dates.DateCandidateCollector.InNonStory(element) || Dates.DateCandidateCollector.InPageHeader(element)) continue;
            var text = Clean(VisibleText.Of(element, MaxHeadlineChars * 2, skipNonStory: false, skipHidden: true).Replace('\n', ' '));
            if (text.Length is < MinLeadHeadingChars or > MaxHeadlineChars) continue;
            var norm = Normalize(text);
            if (norm.Length < MinLeadHeadingChars || MetadataRules.ChromeHeadings.Contains(norm)) continue;
            if (site is not null && IsSiteName(norm, site)) continue;
            if (host is { Length: >= 4 } && norm.Replace(" ", "", StringComparison.Ordinal) == host) continue;
            if (titleSites.Contains(norm)) continue;
            first ??= text;
            // The heading's own parts too: a kicker or label span beside the headline ("Politics | Headline").
            foreach (var part in HeadingParts(element, text))
            {
                var words = Normalize(part).Split(' ');
                var share = (double)words.Count(titleWords.Contains) / words.Length;
                if (share > bestShare) (bestShare, shared) = (share, part);
            }
        }
        return bestShare >= MinSharedTitleWords ? shared : first;
    }

    /// <summary>The heading's text, then its child elements' texts, then its text without a leading kicker element.</summary>
    private static IEnumerable<string> HeadingParts(HtmlElement heading, string text)
    {
        yield return text;
        foreach (var child in heading.Children.Take(4))
        {
            var part = Clean(child.TextContent);
            if (part.Length >= MinKickedHeadlineChars && part.Length < text.Length) yield return part;
        }
        if (heading.FirstElementChild is { } kicker && Clean(kicker.TextContent) is { Length: > 0 } k && WordCount(k) <= MaxKickerWords
            && text.StartsWith(k, StringComparison.Ordinal) && Clean(text[k.Length..]) is { Length: >= MinKickedHeadlineChars } rest)
            yield return rest;
    }

    private const int MinLeadHeadingChars = 3;
    private const double MinSharedTitleWords = 0.6;

    /// <summary>The part of the title that names the site, when the title carries one ("Headline | Site" → "Site").</summary>
    internal static string? SiteNameFromTitle(string title, string? hostLabel = null)
    {
        var parts = MetadataRules.TitleSeparator().Split(Clean(title)).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return null;
        var stripped = StripSiteName(title, null, hostLabel);
        if (stripped == title) return null;
        var first = parts[0];
        var last = parts[^1];
        return stripped.StartsWith(first, StringComparison.Ordinal) ? last : first;
    }

    /// <summary>Cuts the site's name off a title: "Headline | Site", "Site - Headline", "Headline – Site".</summary>
    internal static string StripSiteName(string title, string? siteName, string? hostLabel = null)
    {
        var parts = MetadataRules.TitleSeparator().Split(title).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return title;
        if (!string.IsNullOrEmpty(siteName))
        {
            var site = Normalize(siteName);
            var kept = parts.Where(p => !IsSiteName(Normalize(p), site)).ToList();
            if (kept.Count > 0 && kept.Count < parts.Count) return Rejoin(title, kept);
        }
        // The domain names the site too: "Headline – Harbour Times" on harbour-times.example.
        if (hostLabel is { Length: >= 4 })
        {
            var host = hostLabel.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
            var kept = parts.Where(p => Normalize(p).Replace(" ", "", StringComparison.Ordinal) != host).ToList();
            if (kept.Count > 0 && kept.Count < parts.Count) return Rejoin(title, kept);
            // "Headline - European Championships Harbourton 2030" on harbourton2030.example: the last part ends with the domain's
            // name and is no longer than the headline, so it is the site's full name.
            var lastPart = Normalize(parts[^1]).Replace(" ", "", StringComparison.Ordinal);
            if (host.Length >= MinHostInSiteNameChars && lastPart.Length > host.Length && lastPart.EndsWith(host, StringComparison.Ordinal)
                && parts[^1].Length <= parts[0].Length)
                return Rejoin(title, parts[..^1]);
        }
        // Without a known site name: after a pipe-like separator the last part is the site's when it is not the longer one.
        var pipeParts = MetadataRules.SiteSeparator().Split(title).Where(p => p.Length > 0).ToList();
        if (pipeParts.Count >= 2 && pipeParts[^1].Length <= pipeParts[0].Length && WordCount(pipeParts[^1]) <= 6)
            return Rejoin(title, pipeParts[..^1]);
        // Otherwise the site's part is the short one at either end; the headline is long.
        var first = parts[0];
        var last = parts[^1];
        if (last.Length * 2 < first.Length && WordCount(last) <= 4) return Rejoin(title, parts[..^1]);
        // A short first part is the site's only after a pipe-like separator: "Storm - a night on the pier" is one headline.
        if (pipeParts.Count == 2 && pipeParts[0].Length * 2 < pipeParts[1].Length && WordCount(pipeParts[0]) <= 3) return pipeParts[1];
        return title;
    }

    private const int MinHostInSiteNameChars = 6;

    private static bool IsSiteName(string part, string site) =>
        part == site || (site.Length >= 4 && (part.Contains(site, StringComparison.Ordinal) || site.Contains(part, StringComparison.Ordinal)) && part.Length <= site.Length + 12);

    private static string Rejoin(string original, IReadOnlyList<string> parts)
    {
        // Keep the original separators between kept parts: take the span from the first kept part to the end of the last.
        var start = original.IndexOf(parts[0], StringComparison.Ordinal);
        var lastIndex = original.LastIndexOf(parts[^1], StringComparison.Ordinal);
        if (start >= 0 && lastIndex >= start) return original[start..(lastIndex + parts[^1].Length)].Trim();
        return string.Join(" - ", parts);
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// The heading matches the title when it equals it, or equals the part of it left after cutting the site name,
    /// or is the title's first part (the usual "Headline | Site" order).
    /// </summary>
    internal static bool Matches(string heading, string title, string? siteName = null)
    {
        var h = Normalize(heading);
        var t = Normalize(title);
        if (h.Length < 4) return false;
        if (h == t) return true;
        var stripped = Normalize(StripSiteName(title, siteName));
        if (stripped == h) return true;
        // "Kicker: Headline" in the title, the headline alone in the heading: the kicker is a label, not the headline.
        if (h.Length >= MinKickedHeadlineChars)
            foreach (var full in (ReadOnlySpan<string>)[t, stripped])
                if (full.Length > h.Length && full.EndsWith(" " + h, StringComparison.Ordinal) && WordCount(full[..^h.Length]) <= MaxKickerWords
                    && (full.Length - h.Length) * 2 <= h.Length) return true;
        var parts = MetadataRules.TitleSeparator().Split(title).Where(p => p.Length > 0).Select(Normalize).ToList();
        if (parts.Count >= 2 && parts[0] == h && h.Length >= 8) return true;
        // Middle part of "Site - Headline - Section" titles.
        if (parts.Count >= 3 && parts.Skip(1).Take(parts.Count - 2).Contains(h) && h.Length >= 12) return true;
        return false;
    }

    private static List<string> Headings(IEnumerable<HtmlElement> elements)
    {
        var list = new List<string>();
        foreach (var h in elements)
        {
            if (list.Count >= MaxHeadings) break;
            var text = Clean(VisibleText.Of(h, MaxHeadlineChars * 2, skipNonStory: false, skipHidden: true).Replace('\n', ' '));
            if (text.Length is > 0 and <= MaxHeadlineChars && !list.Contains(text)) list.Add(text);
            // Headings often hold a kicker and the headline in separate spans ("Covid-19: | Headline").
            foreach (var child in h.Children.Take(4))
            {
                var part = Clean(child.TextContent);
                if (part.Length >= 12 && part.Length < text.Length && !list.Contains(part)) list.Add(part);
            }
        }
        return list;
    }

    // Soft hyphens and zero-width characters are line-breaking hints, not text.
    internal static string Clean(string s) => MetadataRules.Whitespace().Replace(MetadataRules.InvisibleCharacters().Replace(s, ""), " ").Trim();

    internal static string Normalize(string s) => Normalize(s, padded: false);

    /// <summary>
    /// Letters and digits lower-cased, every other run as one space, trimmed; with <paramref name="padded"/>, one space
    /// added at each end (so whole words can be looked up). Built in a pooled buffer: pages' texts run to 200,000 characters.
    /// </summary>
    internal static string Normalize(string s, bool padded) => Normalize(s, padded, s);

    /// <inheritdoc cref="Normalize(string, bool)"/>
    internal static string Normalize(ReadOnlySpan<char> s, bool padded) => Normalize(s, padded, null);

    // original: the string s came from, returned as it is when normalising changes nothing.
    private static string Normalize(ReadOnlySpan<char> s, bool padded, string? original)
    {
        var size = s.Length + 2;
        char[]? rented = null;
        Span<char> buffer = size <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(size));
        var n = NormalizeInto(s, padded, buffer);
        var result = n == 0 ? "" : !padded && original is not null && buffer[..n].SequenceEqual(original) ? original : new string(buffer[..n]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// Writes <see cref="Normalize(string, bool)"/>'s text into <paramref name="buffer"/> (at least two characters longer
    /// than <paramref name="s"/>) and returns its length.
    /// </summary>
    internal static int NormalizeInto(ReadOnlySpan<char> s, bool padded, Span<char> buffer)
    {
        var n = 0;
        if (padded) buffer[n++] = ' ';
        var start = n;
        foreach (var c in s)
        {
            // ASCII answered inline: whole pages' texts pass through here.
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) buffer[n++] = c;
            else if (char.IsAsciiLetterUpper(c)) buffer[n++] = (char)(c | 0x20);
            else if (!char.IsAscii(c) && char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
            else if (n > start && buffer[n - 1] != ' ') buffer[n++] = ' ';
        }
        if (n > start && buffer[n - 1] == ' ') n--;
        if (padded) buffer[n++] = ' ';
        return n;
    }
}
