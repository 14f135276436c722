using Lede.Extraction.Rules;
using Lede.Extraction.Text;

namespace Lede.Extraction.Metadata;

/// <summary>
/// Squares the page's description tag with the story's opening paragraph. The tag stands, except where it is visibly
/// that paragraph with something added: a "Read more" link label closing the cut teaser, or a line of promotion the
/// story does not print ("Tickets here."). Then the paragraph as printed is the description. A tag merely cut short
/// (even inside a word) stands: it is the page's own summary as written. Which tag is the page's summary, when
/// og:description and the plain description disagree, is decided first (<see cref="FromTags"/>).
/// A page with no tag at all is described by its opening paragraph when that is a sentence or two.
/// </summary>
internal static class DescriptionChooser
{
    private const int OpeningParagraphs = 2;
    private const int FollowingParagraphs = 3;
    private const int MinWords = 6;
    private const int MaxParagraphChars = 1000;
    private const int MinSummaryWords = 10;

    /// <summary>
    /// The description tag. og:description leads, except where the plain description tag comes first in the page and
    /// says something else: then the page's template wrote its own summary and a sharing plugin added its copy after it
    /// (generated from the body, or left over from an earlier version). Where one merely copies, cuts or extends the
    /// other, og:description stands.
    /// </summary>
    /// <param name="structured">The JSON-LD description, when the page has one.</param>
    public static string? FromTags(MetaTags meta, string? structured)
    {
        var chosen = ChooseTag(meta, structured);
        return chosen is null ? null : WithoutLeftoverEntities(Completed(chosen, MetadataRules.DescriptionMeta.SelectMany(meta.GetAll)));
    }

    /// <summary>
    /// "… too full to be safe.&amp;amp;nbsp;" → "… too full to be safe. ": a template that escaped the text twice leaves entities
    /// in the decoded tag; no summary means to say "&amp;nbsp;" in letters.
    /// </summary>
    internal static string WithoutLeftoverEntities(string text) =>
        text.Contains('&') && MetadataRules.LeftoverEntity().IsMatch(text) ? System.Net.WebUtility.HtmlDecode(text) : text;

    /// <summary>
    /// "… freute sich Jane Roe zwa" → "… freute sich Jane Roe zwar insgeheim … besiegte.": a tag cut inside a word with no
    /// mark of the cut is broken, not a teaser as written; another of the page's description tags that completes it is the summary.
    /// A cut marked with "…" is a teaser as the site wrote it and stands.
    /// </summary>
    internal static string Completed(string chosen, IEnumerable<string> others)
    {
        if (TextRules.SentenceEnd().IsMatch(chosen) || TextRules.TruncationMark().IsMatch(chosen)) return chosen;
        var cut = Words(chosen);
        if (cut.Count < MinWords) return chosen;
        foreach (var other in others)
        {
            if (other.Length <= chosen.Length || !TextRules.SentenceEnd().IsMatch(other.TrimEnd())) continue;
            var full = Words(other);
            var shared = SharedOpening(cut, full);
            // All but the last word shared, and the last word is the start of the word the fuller tag has there.
            if (shared == cut.Count - 1 && full.Count > shared && full[shared].Length > cut[^1].Length && full[shared].StartsWith(cut[^1], StringComparison.Ordinal))
                return other.Trim();
        }
        return chosen;
    }

    private static string? ChooseTag(MetaTags meta, string? structured)
    {
        var preferred = meta.First(MetadataRules.DescriptionMeta);
        var earliest = meta.EarliestOf(MetadataRules.PrimaryDescriptionMeta);
        if (preferred is null || earliest is null || earliest == preferred) return preferred;
        var a = Words(preferred);
        var b = Words(earliest);
        // A copy, or the same summary cut or extended: the last shared word may itself be cut short. Where both are cut
        // (neither ends a sentence), the plain tag the template wrote first is the page's teaser; og: is a plugin's cut of
        // the same text at its own length. Where one is whole, og: stands.
        // One that carries a template's attribute left in the text ('order_by="sortorder"') is broken; the other is the summary.
        if (SharedOpening(a, b) >= Math.Min(a.Count, b.Count) - 1)
        {
            if (b.Count < MinWords) return preferred;
            if (MetadataRules.MarkupResidue().IsMatch(preferred) && !MetadataRules.MarkupResidue().IsMatch(earliest)) return earliest;
            return a.Count != b.Count && Unfinished(preferred) && Unfinished(earliest) ? earliest : preferred;
        }
        // A few words without a sentence (the site's tagline, a row of keywords) summarise the site, not the story.
        if (b.Count < MinSummaryWords && !TextRules.SentenceEnd().IsMatch(earliest)) return preferred;
        // The page's other summaries (JSON-LD, Dublin Core, Sailthru; not twitter:, which copies og: by habit) side with one of them.
        var (forPreferred, forEarliest) = (0, 0);
        foreach (var other in Corroborating(meta, structured))
        {
            if (other == preferred) forPreferred++;
            else if (other == earliest) forEarliest++;
        }
        if (forPreferred > forEarliest) return preferred;
        return earliest;
    }

    /// <param name="headline">The chosen headline: a tag that opens with it glued to the summary loses it.</param>
    /// <param name="standfirst">The standfirst printed under the headline: a tag that is its opening, cut short, gives way to it.</param>
    /// <param name="siteName">The site's name: a tag of a few words that only names the site is no summary of the story.</param>
    public static string? Choose(string? description, string articleText, string? headline = null, string? standfirst = null, string? siteName = null)
    {
        description = WithoutTrailingByline(WithoutGluedHeadline(description, headline));
        if (description is not null && (NamesTheSite(description, siteName) || MetadataRules.StandInDescription().IsMatch(description))) description = null;
        // The site's slogan gives way to the story's opening, where that is a sentence or two; with no such opening (an
        // index or a home page) the slogan is what the page says of itself.
        if (description is not null && SaysNothingOfTheStory(description, headline, articleText) && Opening(articleText) is { } opening)
            return opening;
        if (description is not null && standfirst is not null && PrintedInFull(description, standfirst)) return standfirst;
        if (string.IsNullOrWhiteSpace(articleText)) return description;
        if (description is null) return Opening(articleText);
        var paragraphs = OpeningOf(articleText, OpeningParagraphs + FollowingParagraphs);
        var readMore = MetadataRules.ReadMoreLabel().Match(description);
        var stem = readMore.Success ? description[..readMore.Index] : description;
        var marked = TextRules.TruncationMark().IsMatch(description);
        var said = Words(stem);
        if (said.Count < MinWords) return description;
        for (var i = 0; i < Math.Min(OpeningParagraphs, paragraphs.Count); i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Length > MaxParagraphChars) continue;
            var printed = Words(paragraph);
            if (printed.Count < MinWords) continue;
            var shared = SharedOpening(said, printed);
            // The tag is the paragraph with its dashes flattened to hyphens, as a CMS writes its tags ("Ordnung - oder" is
            // printed "Ordnung – oder"): the story's own typography is the text. Quote marks differ either way and are left.
            if (shared == said.Count && printed.Count == said.Count && paragraph != description && SameButDashes(description, paragraph)) return paragraph;
            // "… behind the wheel and Read More": the teaser of this paragraph with a link label at its end.
            if (readMore.Success && shared == said.Count && printed.Count > said.Count) return paragraph;
            // "… die einst florierende d": a tag cut inside a word with no mark of the cut is broken, not a teaser as
            // written; the paragraph it was cut from is the summary.
            if (!marked && !readMore.Success && !TextRules.SentenceEnd().IsMatch(description.TrimEnd()) && shared == said.Count - 1
                && printed.Count > shared && printed[shared].Length > said[^1].Length && printed[shared].StartsWith(said[^1], StringComparison.Ordinal))
                return paragraph;
            // The paragraph and then words the story does not print next: promotion added to the tag.
            if (!marked && shared == printed.Count && said.Count > printed.Count)
            {
                var following = Words(string.Join(' ', paragraphs.Skip(i).Take(FollowingParagraphs)));
                if (SharedOpening(said, following) < said.Count) return paragraph;
            }
            // "… zu tun? Motivierte Akteure … Foto: Jane Roe Bis 2045 soll …": a teaser cut from the body with a photo caption
            // swept in between the paragraph and the next one is the paragraph, not the caption.
            if (marked && shared == printed.Count && i + 1 < paragraphs.Count && CaptionBetween(said, printed.Count, Words(paragraphs[i + 1])))
                return paragraph;
        }
        return description;
    }

    /// <summary>
    /// "Vom Boden aus gedachtAnn Cotten verwebt …" → "Ann Cotten verwebt …": the template wrote the headline and the summary
    /// into one tag with nothing between them. Only the glued case is cut: "Headline: more" may be the summary as written.
    /// </summary>
    internal static string? WithoutGluedHeadline(string? description, string? headline)
    {
        if (description is null || headline is null || headline.Length == 0 || description.Length <= headline.Length) return description;
        if (!description.StartsWith(headline, StringComparison.Ordinal)) return description;
        var last = headline[^1];
        var next = description[headline.Length];
        if (!char.IsLower(last) || !char.IsUpper(next)) return description;
        var rest = description[headline.Length..];
        return Words(rest).Count >= MinWords ? rest : description;
    }

    /// <summary>
    /// "… als bisher vermutet.“ Ein Interview von Jane Roe mit John Doe." → the summary without its closing credit: a last
    /// sentence that is only a byline names who wrote the story, it does not say what the story is about.
    /// </summary>
    internal static string? WithoutTrailingByline(string? description)
    {
        if (description is null) return null;
        var m = MetadataRules.TrailingBylineSentence().Match(description);
        if (!m.Success || m.Index == 0) return description;
        var byline = m.Groups["byline"].Value.TrimEnd('.', ' ');
        if (MetadataRules.InterviewPartner().Replace(byline, "") is var authors && BylineParser.ParseLine("By " + authors) is not { Authors.Count: > 0 }) return description;
        var rest = description[..m.Index].TrimEnd();
        return Words(rest).Count >= MinWords ? rest : description;
    }

    private static IEnumerable<string> Corroborating(MetaTags meta, string? structured)
    {
        if (structured is not null) yield return structured.Trim();
        foreach (var key in MetadataRules.CorroboratingDescriptionMeta)
            if (meta.Get(key) is { } v) yield return v;
    }

    /// <summary>
    /// "++ example.de Blaulicht ++", "Harbour Gazette » Pier": a few words without a sentence that carry the site's name,
    /// set off with label marks or written as its domain, are the site's label for a section or the whole site, the same
    /// on every page, not what this story says. A plain phrase that merely names the site ("Harbour Gazette Team") may be
    /// the summary the editors chose and stands.
    /// </summary>
    internal static bool NamesTheSite(string description, string? siteName)
    {
        if (siteName is not { Length: >= 3 } || TextRules.SentenceEnd().IsMatch(description.TrimEnd())) return false;
        if (Words(description).Count >= MinSummaryWords) return false;
        if (!description.Contains(siteName, StringComparison.OrdinalIgnoreCase)) return false;
        return MetadataRules.LabelMark().IsMatch(description) || MetadataRules.DomainName().IsMatch(siteName);
    }

    /// <summary>
    /// "Ihr Portal für alles rund um den Garten.", "Your daily window on the harbour towns": a tag none
    /// of whose words the headline or the story's opening uses is the site's slogan, set on every page, not a summary of
    /// this story. Words of four letters or more are compared, so articles and prepositions do not make a tag look on topic.
    /// </summary>
    internal static bool SaysNothingOfTheStory(string description, string? headline, string articleText)
    {
        var said = Words(description).Where(w => w.Length >= MinTopicalWordLength && !w.All(char.IsDigit)).Distinct().ToList();
        if (said.Count < MinTopicalWords) return false;
        // Searched in place, word by word: the story's words are never split out (this runs on every page with a tag).
        var story = articleText.AsSpan(0, Math.Min(articleText.Length, StoryCharsCompared));
        if (story.Count(' ') < MinStoryWords) return false;
        foreach (var word in said)
            if (ContainsWord(story, word) || headline is not null && ContainsWord(headline, word)) return false;
        return true;
    }

    /// <summary>The text holds the word, in any case, not as part of a longer word.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        for (var from = 0; from <= text.Length - word.Length;)
        {
            var at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            from = at + 1;
        }
        return false;
    }

    private const int MinTopicalWordLength = 4;
    private const int MinTopicalWords = 3;
    private const int StoryCharsCompared = 4000;
    private const int MinStoryWords = 60;

    /// <summary>The story's first paragraph, when the page has no summary of its own and the paragraph is a sentence or two.</summary>
    private static string? Opening(string articleText)
    {
        var first = MetadataReader.FirstParagraph(articleText);
        return first is { Length: >= MinOpeningChars and <= MaxOpeningChars } && Words(first).Count >= MinWords ? first : null;
    }

    private const int MinOpeningChars = 60;
    private const int MaxOpeningChars = 400;

    /// <summary>The texts are equal once dashes are read as hyphens and spacing is collapsed.</summary>
    internal static bool SameButDashes(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i])) i++;
            while (j < b.Length && char.IsWhiteSpace(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (Dash(a[i]) != Dash(b[j])) return false;
            var spaceA = ++i < a.Length && char.IsWhiteSpace(a[i]);
            var spaceB = ++j < b.Length && char.IsWhiteSpace(b[j]);
            if (spaceA != spaceB) return false;
        }

        static char Dash(char c) => c is '–' or '—' or '‒' or '‐' or '‑' ? '-' : c;
    }

    /// <summary>
    /// The tag is the printed standfirst cut short ("… um Hühnerreis zu kaufen, ...", "… mehr Verantwortung"): the page prints
    /// the whole of what the tag summarises under its headline.
    /// </summary>
    private static bool PrintedInFull(string description, string standfirst)
    {
        var said = Words(TextRules.TruncationMark().Replace(description, ""));
        var printed = Words(standfirst);
        if (said.Count < MinWords || printed.Count <= said.Count) return false;
        var shared = SharedOpening(said, printed);
        return shared == said.Count || shared == said.Count - 1 && printed[shared].StartsWith(said[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// From <paramref name="at"/> the tag says a few words the page does not print there and then goes on with the opening
    /// of the next paragraph: text from beside the story (a caption, a credit) was swept into the tag.
    /// </summary>
    private static bool CaptionBetween(List<string> said, int at, List<string> next)
    {
        if (next.Count < ResyncWords || said.Count < at + MinSweptWords + ResyncWords) return false;
        if (said[at] == next[0]) return false;
        for (var j = at + MinSweptWords; j <= Math.Min(said.Count - ResyncWords, at + MaxSweptWords); j++)
        {
            var k = 0;
            while (k < ResyncWords && said[j + k] == next[k]) k++;
            if (k == ResyncWords) return true;
        }
        return false;
    }

    private const int MinSweptWords = 3;
    private const int MaxSweptWords = 40;
    private const int ResyncWords = 3;

    /// <summary>The text stops without ending a sentence, or ends with a cut mark ("…", "(...)").</summary>
    private static bool Unfinished(string text)
    {
        var trimmed = text.TrimEnd();
        return !TextRules.SentenceEnd().IsMatch(trimmed) || MetadataRules.CutMark().IsMatch(trimmed);
    }

    /// <summary>
    /// The first <paramref name="count"/> paragraphs (blank-line separated, trimmed, empty ones skipped), as
    /// <c>Split("\n\n", count + 1, RemoveEmptyEntries | TrimEntries)</c> gives them, without copying the rest of the story.
    /// </summary>
    private static List<string> OpeningOf(string text, int count)
    {
        var paragraphs = new List<string>(count);
        var start = 0;
        while (paragraphs.Count < count && start <= text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            var paragraph = text.AsSpan(start, end - start).Trim();
            if (paragraph.Length > 0) paragraphs.Add(paragraph.ToString());
            start = end + 2;
        }
        return paragraphs;
    }

    /// <summary>How many leading words the two share.</summary>
    private static int SharedOpening(List<string> a, List<string> b)
    {
        var n = 0;
        while (n < a.Count && n < b.Count && a[n] == b[n]) n++;
        return n;
    }

    /// <summary>Lower-case words of letters and digits: quotes, dashes and spacing differ between a tag and the printed text.</summary>
    private static List<string> Words(string text)
    {
        // Sized for words of about six characters: growing from four slots cost more than the words themselves.
        var words = new List<string>(text.Length / 6 + 1);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0) { words.Add(text[start..i].ToLowerInvariant()); start = -1; }
        }
        return words;
    }
}
