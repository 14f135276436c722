using Lede.Extraction.Html;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Model;
using Lede.Extraction.Rules;
using Lede.Extraction.Text;

namespace Lede.Extraction.Metadata;

/// <summary>
/// Reads page-level metadata: meta tags, then JSON-LD over them, then DOM fallbacks for what is still missing;
/// and joins it with the extracted content into the article record.
/// </summary>
internal static class MetadataReader
{
    private const int MaxBylineChars = 120;
    private const int MaxBylineElements = 4;
    private const int MaxKeywords = 40;
    private const int MaxBylineScanElements = 5000;
    private const int MaxBylineLeadingNodes = 8;
    // Below the first date in the story text: captions often date a file photo taken days before the story.
    private const double CaptionDateConfidence = 0.44;
    private const double LeadDateConfidence = 0.55;
    // Parsed once, when the rules are first read.
    private static readonly ElementSelector[] AuthorSelectors = MetadataRules.AuthorElementSelectors.Select(ElementSelector.Parse).ToArray();
    private static readonly char[] NotNameEnd = ['→', '»', '›', '>', '|', '·', '•', '-', '–', '—', ',', ';', ':', ' '];

    public static PageMetadata Read(HtmlDocument document, string? url)
    {
        var elements = PageElements.Collect(document);
        var meta = new MetaTags(elements.Metas);
        var ld = JsonLdReader.Read(elements.TypedScripts);

        var canonical = MetadataReader.Resolve(elements.Canonical?.GetAttribute("href"), url)
            ?? Resolve(meta.First(MetadataRules.UrlMeta), url)
            ?? Resolve(ld?.Url, url)
            ?? url;

        // Relative addresses are written against the page's <base href> (itself read against the page's own address), as a
        // browser reads them; without one, against the canonical address.
        var baseUrl = Resolve(elements.Base?.GetAttribute("href"), url ?? canonical) ?? canonical ?? url;

        var titles = new[] { ld?.IsArticle == true ? ld.Headline : null, meta.First(MetadataRules.TitleMeta), ld?.Headline, document.Title }
            .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).Distinct().ToList();
        var siteName = SiteNameFromTags(meta, titles) ?? Clean(ld?.SiteName) ?? Clean(ld?.Publisher);
        var publisher = Clean(ld?.Publisher) ?? OrganizationName(siteName);
        var headline = HeadlineChooser.Choose(elements, titles, siteName, HostLabel(canonical ?? url));
        // No declared site name: the title's suffix ("Headline | Site") names it.
        if (siteName is null && document.Title is { } docTitle && HeadlineChooser.SiteNameFromTitle(docTitle, HostLabel(canonical ?? url)) is { } fromTitle)
            siteName = fromTitle;
        siteName ??= SiteLogoReader.Read(document);
        publisher ??= siteName;

        var declaredLanguage = LanguageIdentifier.Normalize(document.DocumentElement?.GetAttribute("lang"))
            ?? LanguageIdentifier.Normalize(document.DocumentElement?.GetAttribute("xml:lang"))
            ?? LanguageIdentifier.Normalize(meta.First(MetadataRules.LanguageMeta))
            ?? LanguageIdentifier.Normalize(ld?.InLanguage);

        // A byline that only repeats the site's own name (or its domain) names no author.
        // A publisher typed Person is the blog's owner, who writes it: a name to keep, not the site's.
        var personPublisher = ld?.PublisherIsPerson == true ? Clean(ld.Publisher) : null;
        var siteKeys = new[] { siteName, publisher, HostLabel(canonical ?? url) }.Where(k => k != personPublisher).Where(k => k is not null).Select(k => HeadlineChooser.Normalize(k!)).ToHashSet();
        var (bylines, bylineSource, orgs) = Bylines(document, elements, meta, ld, url, canonical, siteKeys);
        bylines = WithFullNames(bylines, document);
        var dates = DateCandidateCollector.Collect(document, elements, meta, ld, [url, canonical]);

        var description = Clean(StripTags(DescriptionChooser.FromTags(meta, ld?.Description))) ?? Clean(StripTags(ld?.Description));
        var printedStandfirst = StandfirstFinder.Find(elements.H1s, elements.H2s, headline, description);
        return new PageMetadata
        {
            Url = canonical,
            Headline = headline,
            Name = Clean(meta.Get("og:title")) ?? Clean(meta.Get("twitter:title")) ?? Clean(document.Title) ?? Clean(ld?.Headline)
                ?? Clean(elements.H1s.FirstOrDefault()?.TextContent),
            AlternativeHeadline = Clean(ld?.AlternativeHeadline) ?? printedStandfirst,
            PrintedStandfirst = printedStandfirst,
            Description = description,
            SiteName = siteName,
            Publisher = publisher,
            InLanguage = declaredLanguage,
            ArticleSection = Clean(meta.First(MetadataRules.SectionMeta)) ?? Clean(ld?.Section),
            Keywords = Keywords(meta, ld),
            BaseUrl = baseUrl,
            Images = LeadImageChooser.Declared(meta, ld, baseUrl),
            JsonLdArticleBody = ld?.ArticleBody,
            Bylines = bylines,
            BylineSource = bylineSource,
            AuthorOrganizations = orgs,
            DateCandidates = dates,
        };
    }

    /// <summary>Joins page metadata with the extracted content into the article record.</summary>
    public static NewsArticle Complete(PageMetadata metadata, ContentResult content, HtmlDocument document)
    {
        var warnings = new List<string>(content.Warnings);

        // Authors: each byline string through the byline parser, which also spots wire agencies.
        var authors = new List<Person>();
        string? agency = null;
        foreach (var raw in metadata.Bylines)
        {
            var parsed = BylineParser.Parse(raw.Name);
            // A byline the page marks as such (JSON-LD, meta, byline markup) but in which the parser sees no person
            // is still the author's name as the site prints it: a user name ("jdoe42"), a team ("Support Team").
            if (parsed.Authors.Count == 0 && parsed.Agency is null && VerbatimAuthor(raw.Name, allowNewsroom: metadata.Bylines.Count == 1) is { } verbatim)
                parsed = new Byline([new Person(DottedHandleName(verbatim) is { } fromHandle ? WithPrintedInitials(fromHandle, content.Text) : verbatim)], null);
            agency ??= parsed.Agency;
            foreach (var person in parsed.Authors)
            {
                if (authors.Any(a => string.Equals(a.Name, person.Name, StringComparison.OrdinalIgnoreCase))) continue;
                authors.Add(parsed.Authors.Count == 1 && raw.Url is not null ? person with { Url = raw.Url } : person);
            }
        }
        foreach (var org in metadata.AuthorOrganizations)
            agency ??= BylineParser.Parse(org).Agency;
        // No byline anywhere else: a story signed at its foot ("… the end of it.\n\nJane Roe") names its author there, and
        // before the name on a reply the post's author left under it (the story's own text is the surer witness).
        if (agency is null && (authors.Count == 0 && metadata.BylineSource is null || metadata.BylineSource == PostAuthorCommentSource)
            && Signature(content.Text) is { } signed)
            authors = [signed];
        // "… the end of it.\n\nDPA", "(dpa/AFP)": wire copy credited under the story.
        agency ??= ClosingAgencyCredit(content.Text);

        var firstParagraph = FirstParagraph(content.Text);
        var dateline = firstParagraph is null ? null : DatelineParser.Parse(firstParagraph)?.Dateline;
        agency ??= dateline?.Agency;

        // Dates: the page's own candidates, plus what captions and the opening paragraph say.
        var candidates = new List<DateCandidate>(metadata.DateCandidates);
        foreach (var image in content.Images)
            if (image.Caption is { } caption)
                foreach (var d in DateTextParser.FindDates(caption).Take(1))
                    candidates.Add(Candidate(d, DateSources.Caption, CaptionDateConfidence, caption));
        if (firstParagraph is not null && dateline is not null)
            foreach (var d in DateTextParser.FindDates(firstParagraph[..Math.Min(firstParagraph.Length, 200)]).Take(1))
                candidates.Add(Candidate(d, DateSources.BodyText, LeadDateConfidence, firstParagraph));
        var dates = DateResolver.Resolve(candidates, DateOnly.FromDateTime(DateTime.UtcNow), NewsroomTimeZone.Of(metadata.Url));
        warnings.AddRange(dates.Warnings);

        // A short body is judged with the headline and description before it; a long one alone (not copied into a joined string).
        var languageText = content.Text.Length >= 200 ? content.Text : string.Join('\n', metadata.Headline, metadata.Description, content.Text);
        var language = LanguageIdentifier.Identify(languageText, metadata.InLanguage);

        return new NewsArticle
        {
            Url = metadata.Url,
            // Text fields in Unicode's composed form (NFC): "য়" written precomposed and as "য" plus nukta is one text.
            Headline = Composed(metadata.Headline),
            Name = Composed(metadata.Name),
            AlternativeHeadline = Composed(metadata.AlternativeHeadline),
            Description = Composed(DescriptionChooser.Choose(metadata.Description, content.Text, metadata.Headline, metadata.PrintedStandfirst, metadata.SiteName)),
            Authors = authors,
            SourceOrganization = agency,
            Dateline = dateline,
            DatePublished = dates.Published?.ToIso(),
            DatePublishedSource = dates.Published?.Source,
            DatePublishedConfidence = dates.Published is { } p ? Math.Round(p.Confidence, 2) : null,
            DateModified = dates.Modified?.ToIso(),
            DateModifiedSource = dates.Modified?.Source,
            DateModifiedConfidence = dates.Modified is { } m ? Math.Round(m.Confidence, 2) : null,
            InLanguage = language,
            ArticleSection = metadata.ArticleSection,
            Keywords = metadata.Keywords,
            SiteName = metadata.SiteName,
            Publisher = metadata.Publisher,
            Images = LeadImageChooser.Order(metadata.Images, content.Images, document, metadata.BaseUrl ?? metadata.Url, authors).Select(i => i.Credit is { } c ? i with { Credit = NormalizeCredit(c) } : i).ToList(),
            ArticleBody = content.Text,
            ArticleHtml = content.Html,
            Warnings = warnings,
        };
    }

    /// <summary>"jane.roe", "edilson.la.rosa" → "Jane Roe", "Edilson la Rosa": a login written first.last is the person's name.</summary>
    internal static string? DottedHandleName(string handle)
    {
        if (!MetadataRules.DottedHandle().IsMatch(handle)) return null;
        var parts = handle.Split('.');
        for (var i = 0; i < parts.Length; i++)
            if (i == 0 || !TextRules.NameParticles.Contains(parts[i])) parts[i] = char.ToUpperInvariant(parts[i][0]) + parts[i][1..];
        return string.Join(' ', parts);
    }

    /// <summary>
    /// "Christian Roe" read from the login "christian.roe" → "Christian P. Roe" where the story prints the writer's name with
    /// the middle initials the login leaves out ("(Christian P. Roe)" under the text), and prints no other such form.
    /// </summary>
    internal static string WithPrintedInitials(string name, string articleText)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0 || name.IndexOf(' ') != space || articleText.Length == 0) return name;
        string? found = null;
        var first = name[..space];
        var last = name[(space + 1)..];
        foreach (System.Text.RegularExpressions.Match m in MetadataRules.NameWithInitials().Matches(articleText))
        {
            if (!m.Groups["first"].Value.Equals(first, StringComparison.Ordinal) || !m.Groups["last"].Value.Equals(last, StringComparison.Ordinal)) continue;
            if (found is not null && found != m.Value) return name;
            found = m.Value;
        }
        return found ?? name;
    }

    /// <summary>The wire agency a short last paragraph credits and nothing else ("DPA", "(dpa/AFP)", "aja/PAP"), else null.</summary>
    internal static string? ClosingAgencyCredit(string articleText)
    {
        var trimmed = articleText.TrimEnd();
        var start = trimmed.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (start < 0) return null;
        var last = trimmed[(start + 2)..].Trim().Trim('(', ')', '[', ']').Trim();
        if (last.Length is < 2 or > MetadataRules.MaxAgencyCreditChars || last.Contains('\n')) return null;
        // Every part an agency or an editor's initials ("aja", "fh"), and at least one agency.
        string? agency = null;
        foreach (var part in last.Split(['/', ',', '&', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (WireAgencies.Find(part) is { } found) agency ??= found.Name;
            else if (!MetadataRules.EditorInitials().IsMatch(part)) return null;
        }
        return agency;
    }

    /// <summary>
    /// The story's last paragraph when it is nothing but one person's full name: the signature under a column or a post.
    /// </summary>
    internal static Person? Signature(string articleText)
    {
        var trimmed = articleText.TrimEnd();
        var start = trimmed.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (start < 0) return null;
        var last = trimmed[(start + 2)..].Trim();
        // "Jane Roe\n10. September 2017": the signature with its date on the line below.
        var lineBreak = last.IndexOf('\n');
        if (lineBreak > 0 && last.IndexOf('\n', lineBreak + 1) < 0 && IsDateLine(last[(lineBreak + 1)..].Trim()))
        {
            var signed = last[..lineBreak].Trim();
            if (BylineParser.FullName(signed) is { } dated && dated.Name == signed) return dated;
            // "Jonte\n10. März 2021": a first name alone signs a post its writer tells in the first person; above the
            // date of a report in the third person a single word is more likely the place it was filed from.
            return IsSignedFirstName(signed) && InFirstPerson(trimmed.AsSpan(Math.Max(0, start - FirstPersonTailChars), Math.Min(start, FirstPersonTailChars))) ? new Person(signed) : null;
        }
        if (last.Length is < 3 or > MaxSignatureChars || last.Contains('\n')) return null;
        // "© 2019 Jane Roe": a post closed by its writer's copyright line.
        if (MetadataRules.CopyrightSignature().Match(last) is { Success: true } copyright)
        {
            var owner = copyright.Groups["name"].Value.Trim();
            return BylineParser.FullName(owner) is { } holder && holder.Name == owner ? holder : null;
        }
        // "Euer HansEhrlich", "Yours, Jane": a sign-off marks even a single name or a user name as the writer's.
        var signOff = MetadataRules.SignOff().Match(last);
        if (signOff.Success)
        {
            var name = last[signOff.Length..].Trim().TrimEnd('.', '!');
            return name.Length >= 2 && !name.Contains(' ') && char.IsUpper(name[0]) && name.All(char.IsLetterOrDigit) ? new Person(name) : null;
        }
        return BylineParser.FullName(last) is { } person && person.Name == last ? person : null;
    }

    private const int MaxSignatureChars = 40;

    /// <summary>
    /// One capitalised word of letters ("Jonte"), not a label a date is printed under ("Update", "Stand") nor a day or
    /// month name: above a lone date at the foot of a post, the writer's first name.
    /// </summary>
    private static bool IsSignedFirstName(string word)
    {
        if (word.Length is < 3 or > MaxFirstNameChars || !char.IsUpper(word[0])) return false;
        for (var i = 1; i < word.Length; i++)
            if (!char.IsLower(word[i])) return false;
        if (MetadataRules.PlaceholderAuthors.Contains(word, StringComparer.OrdinalIgnoreCase) || MetadataRules.DateLineLabels.Contains(word)) return false;
        return !DateWords.Months.Any(m => m.Word.Equals(word, StringComparison.OrdinalIgnoreCase))
            && !DateWords.Weekdays.Any(d => d.Word.Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    private const int MaxFirstNameChars = 20;
    private const int FirstPersonTailChars = 1500;

    /// <summary>The text speaks in the first person singular ("ich", "meine", "I", "my").</summary>
    private static bool InFirstPerson(ReadOnlySpan<char> text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                if (word is "I" || word.Length <= MaxPronounChars && MetadataRules.FirstPersonWords.Contains(word.ToString())) return true;
                start = -1;
            }
        }
        return false;
    }

    private const int MaxPronounChars = 6;

    /// <summary>The line is a date and nothing more ("10. September 2017", "12.03.2021").</summary>
    private static bool IsDateLine(string line)
    {
        if (line.Length is < 6 or > MaxSignatureChars) return false;
        var dates = DateTextParser.FindDates(line);
        return dates.Count == 1 && dates[0].Start == 0 && line[(dates[0].Start + dates[0].Length)..].Trim(' ', '.', ',').Length == 0;
    }

    /// <summary>
    /// A short byline kept as written: one to a few words, no sentence, not a bare job title ("Staff Writer") or
    /// stand-in account name ("admin"). Null when it does not look like a name a site would print.
    /// </summary>
    /// <param name="allowNewsroom">The byline is the page's only one: a newsroom ("Redaktion") credited alone is its author.</param>
    internal static string? VerbatimAuthor(string raw, bool allowNewsroom = false)
    {
        var text = Clean(raw);
        for (var i = 0; i < 3 && text is not null; i++)
        {
            var stripped = Clean(MetadataRules.AuthorLabel().Replace(text, ""));
            if (stripped == text) break;
            text = stripped;
        }
        text = text?.Trim(',', ';', ':', '|', '-', '–', '·', ' ');
        if (text is null || text.Length is < 2 or > 50 || !text.Any(char.IsLetter)) return null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MetadataRules.MaxVerbatimAuthorWords) return null;
        // Sentences, addresses and asides ("Daily Courier (www.courier.example)") are not names.
        if (text.Any(c => c is '!' or '?' or '"' or '“' or '„' or '/' or '(' or '@')) return null;
        if (MetadataRules.NoWriterText().IsMatch(text)) return null;
        if (MetadataRules.PlaceholderAuthors.Contains(HeadlineChooser.Normalize(text))) return null;
        // "Publish a post", "Hundreds of paid subscribers": a capital and then two or more words in lower case (not a name's
        // particles) is a phrase in sentence case; a name set all in lower case ("jane roe") stays one.
        if (char.IsUpper(words[0][0]) && words.Skip(1).Count(w => char.IsLower(w[0]) && !TextRules.NameParticles.Contains(w) && !TextRules.NameConnectors.Contains(w)) >= MinPhraseWords) return null;
        // "Agencies", "Agenturen": wire copy credited to no agency by name is no person's writing (the rule for agencies).
        if (words.Length == 1 && TextRules.UnnamedAgencies.Contains(words[0].Trim('.', ','))) return null;
        // "Die Zeitung", "The Courier": a publication's name opens with an article.
        if (words.Length > 1 && TextRules.OrganisationArticles.Contains(words[0])) return null;
        foreach (var word in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.Trim('.', ',', ':');
            if (allowNewsroom && MetadataRules.NewsroomWords.Contains(w)) continue;
            if (TextRules.JobTitleWords.Contains(w) || TextRules.CompanyRoleWords.Contains(w) || MetadataRules.LegalFormWords.Contains(w)) return null;
            // "European Space Agency", "Harbour University": a body credited for a release is an organisation, no writer.
            if (words.Length > 1 && MetadataRules.InstitutionWords.Contains(w)) return null;
        }
        return text;
    }

    private const int MinPhraseWords = 2;
    private const int MaxShownAuthorChars = 200_000;
    private const int MinCheckedPageChars = 500;
    private const int MaxBylineBlockDepth = 4;

    /// <summary>
    /// The element sits in a block marked as a teaser or the like that follows the headline directly ("&lt;h1&gt;…&lt;/h1&gt;&lt;div
    /// class="teaser__meta"&gt;By …"): the layout names its story blocks so, and this one is the story's own header.
    /// </summary>
    private static bool BesideHeading(HtmlElement e, HtmlElement? heading)
    {
        if (heading is null) return false;
        var depth = 0;
        for (var p = e; p is not null && p.LocalName is not ("body" or "html") && depth < MaxBylineBlockDepth; p = p.ParentElement, depth++)
            if (heading.NextElementSibling == p) return true;
        return false;
    }

    /// <summary>
    /// The author element names someone other than the story's writer: the speaker of a quotation (inside a
    /// &lt;blockquote&gt;, "zitat-author"), or the writer of another story in a card that links to it, its title with it
    /// ("&lt;a href=…&gt;&lt;h4&gt;Title&lt;/h4&gt;&lt;span class="item__author"&gt;…").
    /// </summary>
    private static bool QuotedOrListed(HtmlElement e)
    {
        var depth = 0;
        for (var p = e.ParentElement; p is not null && p.LocalName is not ("body" or "html") && depth < MaxQuoteDepth; p = p.ParentElement, depth++)
        {
            if (p.LocalName is "blockquote" or "q") return true;
            if (p.LocalName == "a" && HasHeading(p)) return true;
        }
        return false;

        static bool HasHeading(HtmlElement link)
        {
            var seen = 0;
            for (var d = NextElement(link, link); d is not null && seen < MaxCardElements; d = NextElement(d, link), seen++)
                if (d.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") return true;
            return false;
        }
    }

    private const int MaxQuoteDepth = 8;
    private const int MaxCardElements = 40;

    /// <summary>The text in Unicode normalisation form C; most text already is, and is returned as it is.</summary>
    private static string? Composed(string? text) => text is null || text.IsNormalized() ? text : text.Normalize();

    /// <summary>The two elements share an ancestor a few levels above each: parts of one byline block.</summary>
    private static bool Near(HtmlElement a, HtmlElement b)
    {
        var p = a.ParentElement;
        for (var i = 0; i < MaxBylineBlockDepth && p is not null; i++, p = p.ParentElement)
        {
            if (!p.Contains(b)) continue;
            var q = b.ParentElement;
            for (var j = 0; j < MaxBylineBlockDepth && q is not null; j++, q = q.ParentElement)
                if (q == p) return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// The page's visible words, normalised and padded with spaces so whole words can be looked up; in a buffer of the
    /// thread's that the next call reuses (<see cref="VisibleText.NormalizedOf"/>).
    /// </summary>
    private static ReadOnlyMemory<char> PageWords(HtmlDocument document) =>
        document.Body is { } body ? VisibleText.NormalizedOf(body, MaxShownAuthorChars, skipNonStory: false, skipHidden: true, padded: true, withoutCopyright: true) : " ".AsMemory();

    /// <summary>
    /// Every word of the name is printed on the page (in any order: "Roe, Jane" is "Jane Roe"), or the byline prints it
    /// with the first names cut to initials ("M. Roe" for "Mara Roe").
    /// </summary>
    private static bool IsShown(string name, ReadOnlySpan<char> normalizedPageText)
    {
        var normalized = HeadlineChooser.Normalize(name);
        if (normalized.Length == 0) return false;
        return EveryWordShown(normalized, normalizedPageText) || ShownWithInitials(normalized, normalizedPageText);
    }

    /// <summary>
    /// The page's address files the story under the writer's name ("/jane-roe/2016-harbour-report.html"): the site names the
    /// author even where a script prints the byline. Two words at least, so that an account name ("/admin/") proves nothing.
    /// </summary>
    private static bool InUrlPath(string name, string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u)) return false;
        var words = HeadlineChooser.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        var slug = "/" + string.Join('-', words) + "/";
        return (u.AbsolutePath.ToLowerInvariant() + "/").Contains(slug, StringComparison.Ordinal);
    }

    /// <summary>" m roe " for "mara roe": the first names as initials before the surname, printed together.</summary>
    private static bool ShownWithInitials(string normalized, ReadOnlySpan<char> normalizedPageText)
    {
        var words = normalized.Split(' ');
        if (words.Length < 2 || words[^1].Length < MinInitialledSurnameChars) return false;
        var initialled = " " + string.Join(' ', words[..^1].Select(w => w[0])) + " " + words[^1] + " ";
        return normalizedPageText.Contains(initialled, StringComparison.Ordinal);
    }

    private const int MinInitialledSurnameChars = 3;

    private static bool EveryWordShown(string normalized, ReadOnlySpan<char> normalizedPageText)
    {
        // Each word looked up with the spaces around it, in place: " word ".
        Span<char> padded = normalized.Length + 2 <= 256 ? stackalloc char[normalized.Length + 2] : new char[normalized.Length + 2];
        padded[0] = ' ';
        normalized.CopyTo(padded[1..]);
        padded[^1] = ' ';
        var start = 0;
        for (var i = 1; i < padded.Length; i++)
        {
            if (padded[i] != ' ') continue;
            if (i > start + 1 && !normalizedPageText.Contains(padded[start..(i + 1)], StringComparison.Ordinal)) return false;
            start = i;
        }
        return true;
    }

    /// <summary>"Jane Roe Jane Roe" → "Jane Roe": the same name printed twice (picture credit and link) is one name.</summary>
    internal static string CollapseRepeat(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length % 2 != 0) return text;
        var half = words.Length / 2;
        for (var i = 0; i < half; i++)
            if (!words[i].Equals(words[half + i], StringComparison.OrdinalIgnoreCase)) return text;
        return string.Join(' ', words[..half]);
    }

    /// <summary>"Photo: Name" → "Name": a bare label names nobody; "AP Photo/Name" is the agency's own form and stays.</summary>
    internal static string NormalizeCredit(string credit) =>
        MetadataRules.CreditLabel().Match(credit) is { Success: true } m ? m.Groups["name"].Value.Trim() : credit;

    private static DateCandidate Candidate(DateMention d, string source, double confidence, string evidence)
    {
        var v = DateTextParser.FromMention(d);
        return new DateCandidate(v.Value, v.HasTime, DateRole.Published, source, confidence, evidence);
    }

    /// <summary>The body's first paragraph (up to the first blank line), trimmed; null for an empty body.</summary>
    internal static string? FirstParagraph(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim();
    }

    /// <summary>The lead image first; content images after it, each URL once, captions and credits merged in.</summary>
    internal static IReadOnlyList<ArticleImage> MergeImages(IReadOnlyList<ArticleImage> lead, IReadOnlyList<ArticleImage> content)
    {
        var list = new List<ArticleImage>();
        // The first kept image under each key, where a search of the list per image made a page of 16,000 images take 4 s.
        var bySameImage = new Dictionary<string, int>(StringComparer.Ordinal);
        var byUnescaped = new Dictionary<string, int>(StringComparer.Ordinal);
        var byRendition = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var image in lead.Concat(content))
        {
            if (image.Url is null) continue;
            var same = SameImageKey(image.Url);
            var i = bySameImage.GetValueOrDefault(same, -1);
            var key = i < 0 ? UnescapedKey(image.Url) : null;
            if (key is not null) i = byUnescaped.GetValueOrDefault(key, -1);
            // The share image at 1200 pixels, the original and the body's 320-pixel copy are one picture: the first kept.
            var rendition = RenditionKey(image.Url);
            if (i < 0) i = byRendition.GetValueOrDefault(rendition, -1);
            if (i < 0)
            {
                bySameImage.TryAdd(same, list.Count);
                if (key is not null) byUnescaped.TryAdd(key, list.Count);
                byRendition.TryAdd(rendition, list.Count);
                list.Add(image);
            }
            else list[i] = list[i] with { Caption = list[i].Caption ?? image.Caption, Credit = list[i].Credit ?? image.Credit };
        }
        return list;
    }

    /// <summary>
    /// One file under two addresses: the same address without its query (the same file is often linked with and without a
    /// resize query), "https://" read as "http://" (over http or https). A scheme-less address keeps its own spelling.
    /// </summary>
    internal static string SameImageKey(string url) => WithoutQuery(url).ToString().Replace("https://", "http://", StringComparison.Ordinal);

    /// <summary>The address without its query, scheme, rendition suffix or image style folder (<see cref="MetadataRules.ImageRenditionSuffix"/>, <see cref="MetadataRules.ImageStyleFolder"/>).</summary>
    private static string RenditionKey(string url)
    {
        var bare = WithoutHttpScheme(WithoutQuery(url), out _);
        return MetadataRules.ImageStyleFolder().Replace(MetadataRules.ImageRenditionSuffix().Replace(bare.ToString(), "", 1), "/", 1);
    }

    /// <summary>
    /// The share image as the page writes it ("Brücke.jpg") and the body's copy as a resolved link ("Br%C3%BCcke.jpg") are one
    /// file: such addresses (with an escape or a letter beyond ASCII) are also compared with their escapes decoded.
    /// </summary>
    private static string? UnescapedKey(string url) =>
        url.Contains('%') || !System.Text.Ascii.IsValid(url) ? Uri.UnescapeDataString(WithoutQuery(url).ToString()).Replace("https://", "http://", StringComparison.Ordinal) : null;

    private static ReadOnlySpan<char> WithoutQuery(string url) => url.IndexOf('?') is var q and >= 0 ? url.AsSpan(0, q) : url;

    private static ReadOnlySpan<char> WithoutHttpScheme(ReadOnlySpan<char> url, out bool http) =>
        (http = url.StartsWith("https://") || url.StartsWith("http://")) ? url[(url.IndexOf(':') + 3)..] : url;

    private static (List<Person> Bylines, string? Source, List<string> Orgs) Bylines(HtmlDocument document, PageElements elements, MetaTags meta, JsonLdFacts? ld, string? pageUrl, string? canonicalUrl, HashSet<string> siteKeys)
    {
        var orgs = ld?.Authors.Where(a => a.IsOrganization).Select(a => a.Name).ToList() ?? [];
        // Names that only repeat the site's own name are set aside as organisations; when a source names nobody else,
        // the next source is asked (a CMS fills its author field with the site's name while the page prints a byline).
        List<Person> People(IEnumerable<Person> found)
        {
            var people = new List<Person>();
            foreach (var p in found.Select(b => b with { Name = WithoutSitePart(b.Name, siteKeys) }))
            {
                // Buttons and counters in an author box ("Connect Directly") name nobody, not even an organisation.
                if (IsInterfaceLabel(p.Name)) continue;
                if (IsSiteOrPlaceholder(p.Name, siteKeys) || !NamesSomeone(p.Name) || IsPhraseSplitAsNames(p.Name)) orgs.Add(p.Name);
                else people.Add(p);
            }
            return people;
        }
        // An author field the page never shows is usually the CMS account that uploaded it, not the byline:
        // metadata authors count only when their name is printed somewhere on the page; else the page's own byline is sought.
        // A page whose text is drawn by script shows too little to check against: there the metadata stands.
        ReadOnlyMemory<char>? pageText = null;
        bool Shown(Person p) => (pageText ??= PageWords(document)).Length < MinCheckedPageChars || IsShown(p.Name, pageText.Value.Span)
            || InUrlPath(p.Name, pageUrl) || InUrlPath(p.Name, canonicalUrl);
        // A Person the JSON-LD names after the site itself ("Example News", "von EXAMPLE ZEITUNG") is the site: set aside like any other source's.
        var people = People(ld?.Authors.Where(a => !a.IsOrganization && IsPlausibleByline(a.Name)).Select(a => new Person(Clean(a.Name)!, a.Url)).Where(Shown) ?? []);
        if (people.Count > 0)
        {
            // JSON-LD often carries only the first of several authors; a meta or printed byline naming them all and more is fuller.
            var others = MetadataRules.AuthorMeta.SelectMany(meta.GetAll).Concat((MarkupBylines() ?? []).Select(p => p.Name));
            return (FullerByline(people, others, name => !IsSiteOrPlaceholder(name, siteKeys)) ?? people, DateSources.JsonLd, orgs);
        }

        // The page's own author tags first: an itemprop "author" inside the body may describe a cited work or a related story
        // ("citation_author" names the paper's writer where the reference list carries itemprop authors).
        foreach (var declaredOnly in new[] { true, false })
            foreach (var key in MetadataRules.AuthorMeta)
            {
                var values = People((declaredOnly ? meta.GetDeclared(key) : meta.GetAll(key)).Where(IsPlausibleByline).Select(v => new Person(Clean(v)!)).Distinct().Where(Shown));
                if (values.Count > 0) return (values, DateSources.Meta, orgs);
            }
        // SEO plugins label their meta pairs: twitter:label1 "Written by", twitter:data1 "Name".
        for (var i = 1; i <= 4; i++)
        {
            var label = meta.Get($"twitter:label{i}")?.Trim().TrimEnd(':').ToLowerInvariant();
            if (label is null || !MetadataRules.AuthorPairLabels.Contains(label)) continue;
            if (meta.Get($"twitter:data{i}") is { } data && IsPlausibleByline(data) && Shown(new Person(Clean(data)!)) && People([new Person(Clean(data)!)]) is { Count: > 0 } labelled) return (labelled, DateSources.Meta, orgs);
        }

        if (MarkupBylines() is { } marked) return (marked, "markup", orgs);
        if (BylineLine(document, line => People([new Person(line)]).Count > 0) is { } line) return (People([new Person(line)]), "byline-text", orgs);
        if (DatedNameLine(elements.H1s) is { } dated && People([new Person(dated)]) is { Count: > 0 } datedPeople) return (datedPeople, "byline-text", orgs);
        if (PostAuthorCommenter(elements.AuthorCandidates) is { } commenter && People([new Person(commenter)]) is { Count: > 0 } commented) return (commented, PostAuthorCommentSource, orgs);
        return ([], null, orgs);

        // Byline markup: the first selector whose elements name someone.
        List<Person>? MarkupBylines()
        {
        // The page walk picked the few elements that could match any selector; each selector then tests only those,
        // in document order, instead of scanning the whole page once per selector.
        var candidates = elements.AuthorCandidates;
        var heading = elements.H1s.Count > 0 ? elements.H1s[0] : null;
        foreach (var selector in AuthorSelectors)
        {
            var found = new List<Person>();
            HtmlElement? first = null;
            foreach (var e in candidates)
            {
                if (!selector.Matches(e)) continue;
                if (found.Count >= MaxBylineElements) break;
                // Layouts that call every story block a "teaser" still print the story's own byline right by its headline.
                if (DateCandidateCollector.InNonStory(e) && !BesideHeading(e, heading) || DateCandidateCollector.InPageHeader(e) || VisibleText.InHidden(e)) continue;
                if (e.AttributeSpan("class").ContainsAny(NotAuthorClasses)) continue;
                if (QuotedOrListed(e)) continue;
                var text = Clean(VisibleText.Of(e, MaxBylineElementChars, skipNonStory: false));
                // An author box that links one author page: the link holds the name, the box around it adds labels ("… News");
                // a further writer named after the link ("… and John Doe", who has no page) keeps the box's text whole.
                if (text is not null && e.LocalName != "a" && OnlyAuthorLink(e) is { } link && Clean(VisibleText.Of(link, MaxBylineElementChars, skipNonStory: false)) is { } linked
                    && linked.Contains(' ') && linked.Length < text.Length && text.StartsWith(linked, StringComparison.Ordinal)
                    && BylineParser.Parse(text[linked.Length..]).Authors.Count == 0)
                    text = linked;
                // A link marked rel="author" names the author however short the name: a handle ("kj") is a byline there.
                var minChars = e.AttributeSpan("rel").SequenceEqual("author") ? MinMarkedHandleChars : MinBylineChars;
                if (text is null || !IsPlausibleByline(text, minChars)) continue;
                // Labels may repeat ("Post author By Name"): strip until none is left.
                for (var i = 0; i < 3 && text is not null; i++)
                {
                    var stripped = MetadataRules.AuthorLabel().Replace(text, "");
                    if (stripped == text) break;
                    text = Clean(stripped);
                }
                if (text is null) continue;
                // Byline blocks often carry the date too: keep only what precedes it.
                var dates = DateTextParser.FindDates(text);
                if (dates.Count > 0) text = Clean(MetadataRules.BylineDateTail().Replace(text[..dates[0].Start], ""));
                if (text is null || text.Length < minChars) continue;
                // Decorations after a linked name ("Jane Roe →") are not part of it.
                text = CollapseRepeat(text.TrimEnd(NotNameEnd));
                var href = e.LocalName == "a" ? e.GetAttribute("href") : null;
                // Further matches count only near the first: bylines of related stories further down name other people.
                if (first is null) first = e;
                else if (!Near(first, e)) continue;
                if (!HasName(found, text)) found.Add(new Person(text, Resolve(href, pageUrl)));
            }
            if (found.Count > 0 && People(found) is { Count: > 0 } marked) return marked;
        }
        return null;
        }
    }

    /// <summary>The byline source of a name read from the post author's own comment (<see cref="PostAuthorCommenter"/>).</summary>
    internal const string PostAuthorCommentSource = "post-author-comment";

    /// <summary>
    /// The name on the first comment the page marks as the post author's own (<see cref="MetadataRules.PostAuthorCommentClass"/>):
    /// the name in the comment's first element of a <see cref="MetadataRules.CommenterNameClasses"/> class; null for none.
    /// </summary>
    private static string? PostAuthorCommenter(List<HtmlElement> candidates)
    {
        foreach (var comment in candidates)
        {
            if (!PageElements.HasClass(comment.AttributeSpan("class"), MetadataRules.PostAuthorCommentClass)) continue;
            foreach (var nameClass in MetadataRules.CommenterNameClasses)
            {
                var seen = 0;
                for (var d = NextElement(comment, comment); d is not null && seen < MaxAuthorBoxElements; d = NextElement(d, comment), seen++)
                {
                    if (!PageElements.HasClass(d.AttributeSpan("class"), nameClass)) continue;
                    var name = Clean(VisibleText.Of(d, MaxBylineElementChars, skipNonStory: false));
                    // Themes print the comment's date and its reply link in the same box ("Jane 19. Juni 2018 um 20:41 Uhr - Antworten"):
                    // the name is what precedes the date.
                    if (name is not null && DateTextParser.FindDates(name) is { Count: > 0 } dates) name = Clean(name[..dates[0].Start]);
                    return name is not null && IsPlausibleByline(name, MinMarkedHandleChars) ? name : null;
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>The one link under <paramref name="box"/> to an author page; null for none or several.</summary>
    private static HtmlElement? OnlyAuthorLink(HtmlElement box)
    {
        HtmlElement? only = null;
        var seen = 0;
        for (var d = NextElement(box, box); d is not null && seen < MaxAuthorBoxElements; d = NextElement(d, box), seen++)
        {
            if (d.LocalName != "a" || !d.AttributeSpan("href").ContainsAny(AuthorLinks)) continue;
            if (only is not null) return null;
            only = d;
        }
        return only;
    }

    private const int MaxAuthorBoxElements = 60;
    // How much of a byline element's text is read: enough for several names and their labels, not a whole author bio.
    private const int MaxBylineElementChars = 400;

    // A loop, not found.Any(f => f.Name == text): the lambda's closure was allocated for every candidate element, matched or not.
    private static bool HasName(List<Person> found, string name)
    {
        foreach (var person in found)
            if (person.Name == name) return true;
        return false;
    }

    /// <summary>
    /// The first of <paramref name="bylines"/> that, read by the byline parser, names every one of <paramref name="people"/>
    /// and someone more; null when none does.
    /// </summary>
    /// <param name="isPerson">False for names that are the site's own, which never count as more people.</param>
    private static List<Person>? FullerByline(List<Person> people, IEnumerable<string> bylines, Func<string, bool> isPerson)
    {
        foreach (var raw in bylines)
        {
            var named = BylineParser.Parse(raw).Authors.Where(n => isPerson(n.Name)).ToList();
            if (named.Count <= people.Count) continue;
            if (people.All(p => named.Any(n => string.Equals(n.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
                return named.Select(n => people.FirstOrDefault(p => string.Equals(p.Name, n.Name, StringComparison.OrdinalIgnoreCase)) ?? n).ToList();
        }
        return null;
    }

    /// <summary>
    /// A line of the page that opens with a byline word and names people ("By Jane Roe", "von Jane Roe und John Doe",
    /// "Ein Artikel von Jane Roe | 27.01.2022") though no markup calls it a byline. The first one in the story area wins.
    /// </summary>
    /// <param name="accept">Whether a found line names someone other than the site itself; if not, the search goes on.</param>
    private static string? BylineLine(HtmlDocument document, Func<string, bool> accept)
    {
        HtmlElement? root = document.Body;
        var visited = 0;
        for (var e = root; e is not null && visited < MaxBylineScanElements; e = NextElement(e, root), visited++)
        {
            if (e.LocalName is "script" or "style" or "noscript" or "template" or "a") continue;
            var textBefore = false;
            var children = 0;
            // A byline opens its element: only the first few child nodes are looked at (a container may hold thousands).
            for (var n = e.FirstChild; n is not null && children < MaxBylineLeadingNodes; n = n.NextSibling, children++)
            {
                if (n is not HtmlText textNode) continue;
                // Read in place: most elements' first text opens no byline and never needs to become a string.
                var span = textNode.DataSpan;
                if (span.IsWhiteSpace()) continue;
                if (textBefore) break;
                textBefore = true;
                if (!MetadataRules.BylineLineInitials.Contains(span.TrimStart()[0]) || !MetadataRules.BylineLinePrefix().IsMatch(span)) break;
                var t = textNode.Data;
                var prefix = MetadataRules.BylineLinePrefix().Match(t);
                // The line: this text and what follows it inside the same element, bounded.
                var line = new System.Text.StringBuilder(t[prefix.Length..]);
                // "<span>By</span><span><a>Jane Roe</a></span>": a bare label is followed by its element's siblings.
                var next = string.IsNullOrWhiteSpace(line.ToString()) && n.NextSibling is null ? e.NextSibling : n.NextSibling;
                for (var s = next; s is not null && line.Length <= MaxBylineChars; s = s.NextSibling)
                    line.Append(s is HtmlElement se && se.LocalName is "br" or "p" or "div" ? "\n" : s.TextContent);
                var text = line.ToString();
                var cut = text.IndexOf('\n');
                if (InWorkFactSheet(e, cut >= 0 ? text[(cut + 1)..] : "")) break;
                if (cut >= 0) text = text[..cut];
                var dates = DateTextParser.FindDates(text);
                if (dates.Count > 0) text = MetadataRules.BylineDateTail().Replace(text[..dates[0].Start], "");
                if (prefix.Value.Contains("interview", StringComparison.OrdinalIgnoreCase)) text = MetadataRules.InterviewPartner().Replace(text, "");
                text = Clean(text)?.TrimEnd(NotNameEnd);
                if (text is null || text.Length is < 3 or > MaxBylineChars) break;
                if (DateCandidateCollector.InNonStory(e) || DateCandidateCollector.InPageHeader(e) || VisibleText.InHidden(e)) break;
                // "Posted by …" under an embedded post (a blockquote) credits the quoted post, as byline markup there would.
                if (QuotedOrListed(e)) break;
                // Strict: every part must read as a name (or agency, role); "von der Stadt verwaltet" is prose.
                // A label that can only open a byline ("Verfasst von:", "Posted by") may carry a user name the parser does not read as one.
                // A user name is one word: "6 years ago" after "Posted by" is not one.
                var strongLabel = prefix.Value.Contains(':') || prefix.Value.Trim().Contains(' ');
                if ((BylineParser.ParseLine("By " + text) is { Authors.Count: > 0 } || strongLabel && !text.Contains(' ') && VerbatimAuthor(text) is not null) && accept(text)) return text;
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// The byline line sits in a book's or a record's fact sheet: a line it is printed with (<paramref name="followingLines"/>,
    /// after its own) or a block beside its own opens with a <see cref="MetadataRules.WorkFactLabel"/> ("Verlag:", "Seiten:").
    /// </summary>
    private static bool InWorkFactSheet(HtmlElement e, string followingLines)
    {
        foreach (var following in followingLines.Split('\n', MaxFactSheetNeighbours + 1))
            if (MetadataRules.WorkFactLabel().IsMatch(following)) return true;
        // The line's block: inline wrappers ("<div><u>Autorin:</u> Jane Roe</div>") are climbed out of.
        var block = e;
        for (var i = 0; i < MaxBylineBlockDepth && MetadataRules.InlineWrapperElements.Contains(block.LocalName) && block.ParentElement is { } parent; i++)
            block = parent;
        var before = block.PreviousElementSibling;
        var after = block.NextElementSibling;
        for (var i = 0; i < MaxFactSheetNeighbours; i++, before = before?.PreviousElementSibling, after = after?.NextElementSibling)
            if (before is not null && MetadataRules.WorkFactLabel().IsMatch(VisibleText.Of(before, MaxFactLabelChars, skipNonStory: false))
                || after is not null && MetadataRules.WorkFactLabel().IsMatch(VisibleText.Of(after, MaxFactLabelChars, skipNonStory: false)))
                return true;
        return false;
    }

    private const int MaxFactSheetNeighbours = 3;
    private const int MaxFactLabelChars = 40;

    /// <summary>
    /// A line next to the headline that holds a date (and time) and one full name, and nothing else: "04.02.2022 | 13:10 Uhr | Jane Roe",
    /// "25.10.2022 - Jane Roe". Story headers print the byline so without any "By"; the date marks the line as the story's credit.
    /// </summary>
    internal static string? DatedNameLine(IReadOnlyList<HtmlElement> h1s)
    {
        var heading = h1s.FirstOrDefault(h => !DateCandidateCollector.InNonStory(h));
        if (heading?.ParentElement is not { } header) return null;
        // The headline's own block: its siblings and their descendants, a few levels up at most.
        var root = header.ParentElement ?? header;
        var visited = 0;
        for (var e = root.FirstElementChild; e is not null && visited < MaxDatedLineElements; e = NextElement(e, root), visited++)
        {
            if (e == heading || e.LocalName is "script" or "style" or "a" || e.FirstElementChild is not null && e.FirstElementChild.LocalName is not ("span" or "time" or "a" or "strong" or "b")) continue;
            if (!Near(heading, e) || VisibleText.InHidden(e)) continue;
            var text = Clean(VisibleText.Of(e, MaxDatedLineChars + 1, skipNonStory: false).Replace('\n', ' '));
            if (text is null || text.Length > MaxDatedLineChars || DateTextParser.FindDates(text).Count == 0) continue;
            string? name = null;
            var rest = 0;
            foreach (var part in MetadataRules.DatedLineSeparator().Split(text))
            {
                var piece = part.Trim();
                if (piece.Length == 0 || MetadataRules.DateOrTimePart().IsMatch(piece)) continue;
                if (BylineParser.FullName(piece) is { } person && name is null) name = person.Name;
                else rest++;
            }
            if (name is not null && rest == 0) return name;
        }
        return null;
    }

    private const int MaxDatedLineElements = 60;
    private const int MaxDatedLineChars = 90;

    /// <summary>
    /// "Henry" → "Henry Roe": a byline that gives only a first name stands for the one full name the page prints with it
    /// (in a credit, a signature, an author box). Kept as it is when the page prints none or several.
    /// </summary>
    private static List<Person> WithFullNames(List<Person> bylines, HtmlDocument document)
    {
        if (bylines.Count != 1 || bylines[0].Name.Contains(' ') || bylines[0].Name.Length < 2 || !char.IsUpper(bylines[0].Name[0]) || document.Body is null) return bylines;
        var first = bylines[0].Name;
        if (!first.All(char.IsLetter)) return bylines;
        var text = VisibleText.Of(document.Body, MaxShownAuthorChars, skipNonStory: false, skipHidden: true);
        string? full = null;
        var searched = 0;
        for (var i = text.IndexOf(first, StringComparison.Ordinal); i >= 0 && searched < MaxFirstNameMentions; i = text.IndexOf(first, i + first.Length, StringComparison.Ordinal), searched++)
        {
            if (i > 0 && char.IsLetter(text[i - 1])) continue;
            var m = MetadataRules.FollowingSurname().Match(text, i + first.Length);
            if (!m.Success || m.Index != i + first.Length) continue;
            // A capitalised word that runs on into a lower-case one ("Über Creeny Was ich liebe") opens a sentence, it is no
            // surname; the page's credit lines and author boxes print the full name on its own.
            var surname = m.Groups["surname"].Value;
            var after = m.Index + m.Length;
            while (after < text.Length && text[after] == ' ') after++;
            if (after < text.Length && char.IsLower(text[after])) continue;
            // A third capitalised word on the line makes a longer proper name, a product's or a company's ("Beachbody
            // Performance Energize" for the brand credited as "Beachbody"), not a person's.
            if (after < text.Length && char.IsUpper(text[after]) && m.Index + m.Length < after) continue;
            var candidate = first + " " + surname;
            if (BylineParser.FullName(candidate)?.Name != candidate) continue;
            if (full is null) full = candidate;
            else if (full != candidate) return bylines;
        }
        return full is null ? bylines : [bylines[0] with { Name = full }];
    }

    private const int MaxFirstNameMentions = 50;

    /// <summary>The element could match an author selector (<see cref="MetadataRules.AuthorElementSelectors"/>).</summary>
    internal static bool IsAuthorCandidate(HtmlElement e, string localName, ReadOnlySpan<char> itemprop, ReadOnlySpan<char> cls) =>
        itemprop.SequenceEqual("name")
        || cls.ContainsAny(AuthorMarkers)
        || e.AttributeSpan("rel").ContainsAny(AuthorMarkers)
        || itemprop.ContainsAny(AuthorMarkers)
        || e.AttributeSpan("id").ContainsAny(AuthorMarkers)
        || (localName == "a" && e.AttributeSpan("href").ContainsAny(AuthorLinks));

    // Every element of the page is tested: one search for all fragments instead of one per fragment.
    private static readonly System.Buffers.SearchValues<string> AuthorMarkers =
        System.Buffers.SearchValues.Create(MetadataRules.AuthorMarkerFragments, StringComparison.OrdinalIgnoreCase);
    private static readonly System.Buffers.SearchValues<string> NotAuthorClasses =
        System.Buffers.SearchValues.Create(MetadataRules.NotAuthorClassFragments, StringComparison.OrdinalIgnoreCase);
    private static readonly System.Buffers.SearchValues<string> AuthorLinks =
        System.Buffers.SearchValues.Create(MetadataRules.AuthorLinkFragments, StringComparison.OrdinalIgnoreCase);

    /// <summary>The next element in document order under <paramref name="root"/>, without recursion.</summary>
    internal static HtmlElement? NextElement(HtmlElement e, HtmlElement? root)
    {
        if (e.FirstElementChild is { } child) return child;
        for (var p = e; p is not null && p != root; p = p.ParentElement)
            if (p.NextElementSibling is { } sibling) return sibling;
        return null;
    }

    /// <summary>"Site - Jane Roe" → "Jane Roe": the site's name beside the author's in one byline field.</summary>
    private static string WithoutSitePart(string name, HashSet<string> siteKeys)
    {
        var parts = MetadataRules.TitleSeparator().Split(name);
        if (parts.Length != 2) return name;
        var site0 = IsSiteOrPlaceholder(parts[0], siteKeys);
        var site1 = IsSiteOrPlaceholder(parts[1], siteKeys);
        return site0 && !site1 ? parts[1].Trim() : site1 && !site0 ? parts[0].Trim() : name;
    }

    private static bool IsSiteOrPlaceholder(string name, HashSet<string> siteKeys)
    {
        // "von EXAMPLE ZEITUNG", "By Example News": the byline word is not part of the name.
        name = TextRules.BylinePrefix().Replace(name, "");
        var n = HeadlineChooser.Normalize(name);
        if (MetadataRules.PlaceholderAuthors.Contains(n)) return true;
        // A company or body ("Seaview Media GmbH", "Hanns-Example-Stiftung e.V.") is not a person.
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (MetadataRules.LegalFormWords.Contains(word.Trim('.', ',', ':'))) return true;
        if (IsSite(n, siteKeys)) return true;
        // "EXAMPLE.de": the site's own domain, however short its name.
        var dot = name.LastIndexOf('.');
        if (dot > 0 && name.Length - dot - 1 is >= 2 and <= MetadataRules.MaxDomainEndingChars && name[(dot + 1)..].All(char.IsLetter)
            && IsSite(HeadlineChooser.Normalize(name[..dot]), siteKeys)) return true;
        // "Die Hafenzeitung" is the site "hafenzeitung".
        var space = name.IndexOf(' ');
        return space > 0 && TextRules.OrganisationArticles.Contains(name[..space]) && IsSite(HeadlineChooser.Normalize(name[(space + 1)..]), siteKeys);
    }

    private static bool IsSite(string n, HashSet<string> siteKeys)
    {
        foreach (var key in siteKeys)
            if (key.Length > 0 && (n == key || n.Replace(" ", "") == key.Replace(" ", "") || (key.Length >= 5 && n.StartsWith(key, StringComparison.Ordinal) && IsSiteSuffix(n[key.Length..])))) return true;
        return false;
    }

    /// <summary>
    /// What may follow a site's name in a byline that is still the site: a domain ending ("Example.com"), a newsroom or
    /// publication word ("Example Redaktion", "Example Online"). "Helge Fahrnberger" on helge.example is a person.
    /// </summary>
    private static bool IsSiteSuffix(string rest)
    {
        // Run on into the site's name, only a publication word is a suffix ("ExampleOnline"); "Gartenblogger" on gartenblog.example
        // is the blog's writer, not the domain ending "ger".
        if (rest.Length > 0 && rest[0] != ' ') return MetadataRules.SiteSuffixWords.Contains(rest) || MetadataRules.NewsroomWords.Contains(rest);
        foreach (var word in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word.Length > MetadataRules.MaxDomainEndingChars && !MetadataRules.SiteSuffixWords.Contains(word) && !MetadataRules.NewsroomWords.Contains(word)) return false;
        return true;
    }

    /// <summary>
    /// "Weinhaus am Markt - Brot Y Tapas und Wein", "Landesamt für Forst und Jagd - LFJ": a
    /// name set off with a title separator that the parser splits into three or more "people", two or more of them single
    /// words, is an institution's or a site's name cut at its "und", "y" and dashes; a list of writers names them in full, and
    /// three first names alone ("Anna, Ben und Carl") carry no title separator.
    /// </summary>
    internal static bool IsPhraseSplitAsNames(string raw)
    {
        if (!MetadataRules.TitleSeparator().IsMatch(raw)) return false;
        var people = BylineParser.Parse(raw).Authors;
        if (people.Count < MinSplitPhraseParts) return false;
        var single = 0;
        foreach (var person in people)
            if (!person.Name.Contains(' ')) single++;
        return single >= MinSingleWordParts;
    }

    private const int MinSplitPhraseParts = 3;
    private const int MinSingleWordParts = 2;

    /// <summary>
    /// "Connect Directly", "0 comments Comment Now", "Login": the labels of an author box's buttons and counters, classed
    /// like the box, name nobody.
    /// </summary>
    internal static bool IsInterfaceLabel(string text)
    {
        foreach (var word in text.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
            if (MetadataRules.InterfaceWords.Contains(word.Trim('.', ',', ':', '!'))) return true;
        return false;
    }

    /// <summary>The byline parser finds a person or an agency in it, or it is a name kept as written (as <see cref="Complete"/> reads it).</summary>
    private static bool NamesSomeone(string raw) =>
        BylineParser.Parse(raw) is { } parsed && (parsed.Authors.Count > 0 || parsed.Agency is not null) || VerbatimAuthor(raw, allowNewsroom: true) is not null;

    /// <summary>"https://www.lakeside-courier.example/x" → "lakeside courier"-style key: the registrable label of the host.</summary>
    private static string? HostLabel(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u)) return null;
        var labels = u.Host.Split('.');
        return labels.Length >= 2 ? labels[^2] : null;
    }

    private const int MinBylineChars = 3;
    private const int MinMarkedHandleChars = 2;

    private static bool IsPlausibleByline(string? s, int minChars = MinBylineChars)
    {
        if (string.IsNullOrWhiteSpace(s)) return false;
        var t = s.Trim();
        if (t.Length < minChars || t.Length > MaxBylineChars) return false;
        if (t.StartsWith("http", StringComparison.OrdinalIgnoreCase) || t.StartsWith('@') || t.Contains("://", StringComparison.Ordinal)) return false;
        // Two sentences ("All about speakers, cinema and hi-fi. We also have tips.") are a blurb, not a byline;
        // the point after an initial or a title ("J. Roe", "Dr. Roe") ends no sentence.
        foreach (System.Text.RegularExpressions.Match m in TextRules.InnerSentenceBreak().Matches(t))
            if (m.Groups["word"].Length >= MinSentenceWordChars && !TextRules.Abbreviations.Contains(m.Groups["word"].Value)) return false;
        return t.Any(char.IsLetter);
    }

    private const int MinSentenceWordChars = 4;

    private static List<string> Keywords(MetaTags meta, JsonLdFacts? ld)
    {
        var list = new List<string>();
        void AddAll(IEnumerable<string> values)
        {
            foreach (var v in values)
                foreach (var part in v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (list.Count < MaxKeywords && part.Length <= 80 && !MetadataRules.InternalKeyword().IsMatch(part)
                        && !list.Contains(part, StringComparer.OrdinalIgnoreCase)) list.Add(part);
        }
        if (ld is not null) AddAll(ld.Keywords);
        foreach (var key in MetadataRules.KeywordsMeta) AddAll(meta.GetAll(key));
        return list;
    }

    private static string? StripTags(string? s) => s is null || !s.Contains('<') ? s : MetadataRules.MarkupTag().Replace(s, " ");

    // A site name this long that repeats a title is the article's title; a shorter one may be the site's own name.
    private const int MinTitleLikeSiteNameWords = 4;

    /// <summary>
    /// The first site-name tag that does not repeat one of the page's titles: some publishing systems fill
    /// "application-name" (or even og:site_name) with the article's own title, which names the page, not the site.
    /// </summary>
    private static string? SiteNameFromTags(MetaTags meta, IReadOnlyList<string> titles)
    {
        HashSet<string>? titleKeys = null;
        foreach (var key in MetadataRules.SiteNameMeta)
        {
            if (Clean(meta.Get(key)) is not { } value) continue;
            titleKeys ??= titles.Select(t => HeadlineChooser.Normalize(t)).ToHashSet(StringComparer.Ordinal);
            var normalized = HeadlineChooser.Normalize(value);
            // Short names are kept even when a title repeats them: a home page titled with its site's name.
            if (normalized.Split(' ').Length >= MinTitleLikeSiteNameWords && titleKeys.Contains(normalized)) continue;
            return value;
        }
        return null;
    }

    /// <summary>The organisation behind a site name: "Example (formerly Other)" is Example.</summary>
    private static string? OrganizationName(string? siteName) =>
        siteName is null ? null : MetadataRules.SiteNameNote().Replace(siteName, "") is { Length: > 0 } name ? name : siteName;

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var t = HeadlineChooser.Clean(s);
        return t.Length == 0 ? null : t;
    }

    internal static string? Resolve(string? href, string? baseUrl) => Resolve(href, baseUrl, null);

    /// <summary><see cref="Resolve(string?, string?)"/> against a base already parsed (the body's many links and images).</summary>
    internal static string? Resolve(string? href, Uri? baseUri) => Resolve(href, baseUri?.OriginalString, baseUri);

    private static string? Resolve(string? href, string? baseUrl, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        var h = href.Trim();
        if (h.StartsWith("//", StringComparison.Ordinal)) h = (baseUrl?.StartsWith("http:", StringComparison.OrdinalIgnoreCase) == true ? "http:" : "https:") + h;
        else h = WithAuthoritySlashes(h, baseUrl);
        // On Unix "/path" parses as an absolute file URI: a leading slash is always relative to the page here.
        // An absolute address is kept as the page writes it (its letters unescaped, its escapes' case, its port): Uri's
        // canonical form would differ from the page's own value for the same file. Only a space, which no address may
        // hold, is escaped.
        if (!h.StartsWith('/') && Uri.TryCreate(h, UriKind.Absolute, out var abs))
            return abs.Scheme is "http" or "https" ? h.Replace(" ", "%20", StringComparison.Ordinal) : null;
        // AbsoluteUri keeps the page's escapes: ToString() would turn "%20" into a space and "%28" into "(".
        if ((baseUri ?? (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed) ? parsed : null)) is { } b
            && Uri.TryCreate(b, h, out var rel)) return rel.AbsoluteUri;
        return null;
    }

    /// <summary>
    /// "http:/host/a.jpg", "https:///host/a.jpg", "http:\\host\a.jpg": an http(s) address with other than two slashes after
    /// its scheme is read as WHATWG URL parsing (browsers) reads it: the host follows the slashes, whatever their number,
    /// except that with fewer than two and a page of the same scheme the rest is a path on the page's own host. A doubled
    /// scheme ("https:https://host/a.jpg", a template's slip) leaves a whole address, which is taken as it stands where
    /// WHATWG would file it under the page's folder, an address that serves nothing.
    /// </summary>
    private static string WithAuthoritySlashes(string href, string? baseUrl)
    {
        var colon = href.StartsWith("http:", StringComparison.OrdinalIgnoreCase) ? 4 : href.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 5 : -1;
        if (colon < 0) return href;
        var rest = href.AsSpan(colon + 1);
        var slashes = 0;
        while (slashes < rest.Length && rest[slashes] is '/' or '\\') slashes++;
        if ((slashes == 2 && rest.StartsWith("//")) || slashes == rest.Length) return href;
        var sameScheme = baseUrl is not null && baseUrl.Length > colon && baseUrl.StartsWith(href.AsSpan(0, colon + 1), StringComparison.OrdinalIgnoreCase);
        if (slashes < 2 && sameScheme) return rest.ToString().Replace('\\', '/');
        return string.Concat(href.AsSpan(0, colon + 1), "//", rest[slashes..].ToString().Replace('\\', '/'));
    }
}
