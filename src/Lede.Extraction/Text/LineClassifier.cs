using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Classifies lines of flattened text by their shape (length, punctuation, share of capitalised
/// words, separators), the line-level counterpart of link density on an HTML page.
/// </summary>
internal static class LineClassifier
{
    public static TextLine Classify(int index, string text)
    {
        var words = CountWords(text, out var capitalised, out var ideographs);
        // Scripts without spaces or capitals (Chinese, Japanese) carry more per character.
        var length = text.Length + (TextRules.IdeographWeight - 1) * ideographs;
        var endsSentence = TextRules.SentenceEnd().IsMatch(text) && !text.EndsWith(':');

        if (text.Length <= 200 && TextRules.StoryEndLine().IsMatch(text))
            return new TextLine(index, text, LineKind.Furniture, TextRules.StoryEndPenalty, endsSentence, words);
        if (text.Length <= 200 && (TextRules.FurnitureLine().IsMatch(text) || TextRules.PromptLine().IsMatch(text)))
            return new TextLine(index, text, LineKind.Furniture, TextRules.FurniturePenalty, endsSentence, words);
        if (ServerDiagnostic.Matches(text))
            return new TextLine(index, text, LineKind.Furniture, TextRules.FurniturePenalty, endsSentence, words);
        if (text.Length > 200 && IsBoilerplateProse(text))
            return new TextLine(index, text, LineKind.Furniture, TextRules.StoryEndPenalty, endsSentence, words);

        if (CaptionParser.Parse(text) is { } caption)
            return new TextLine(index, text, LineKind.Caption, 0, endsSentence, words) { Caption = caption };

        if (text.Length <= TextRules.MaxBylineChars && MayBeByline(text, words) && BylineParser.ParseLine(text) is { } byline)
            return new TextLine(index, text, LineKind.Byline, -10, endsSentence, words) { Byline = byline };

        if (text.Length <= 90 && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && IsDateStamp(text))
            return new TextLine(index, text, LineKind.DateStamp, TextRules.DateStampPenalty, endsSentence, words);

        if (words >= 3 && TextRules.MenuSeparator().Matches(text).Count >= 2 && !endsSentence)
            return new TextLine(index, text, LineKind.Navigation, TextRules.NavigationPenalty * 2, endsSentence, words);

        // A paragraph that opens with a dateline is story, however many capitals its names bring.
        if (text.Length >= TextRules.ShortLineChars && DatelineParser.Parse(text) is not null)
            return new TextLine(index, text, LineKind.Prose, text.Length, endsSentence, words);

        // "(Reporting by …; Editing by …)": the agency's sign-off closes the story and belongs to it.
        foreach (var (pattern, _) in WireAgencies.SignOffs)
            if (pattern.IsMatch(text)) return new TextLine(index, text, LineKind.Prose, text.Length * 0.5, endsSentence, words);

        if ((TextRules.CutShort().IsMatch(text) || TextRules.ClickThroughLine().IsMatch(text)) && text.Length < 300)
            return new TextLine(index, text, LineKind.Short, TextRules.CutShortPenalty, endsSentence, words);

        var capitalRatio = words == 0 ? 1 : (double)capitalised / words;
        if (endsSentence && length >= TextRules.ProseMinChars && (capitalRatio < 0.6 || words < 6))
            return new TextLine(index, text, LineKind.Prose, length, endsSentence, words);
        if (endsSentence && words >= 6 && capitalRatio < 0.5)
            return new TextLine(index, text, LineKind.Prose, length * 0.6, endsSentence, words);
        if (!endsSentence && length >= TextRules.UnpunctuatedProseChars && capitalRatio < 0.5)
            return new TextLine(index, text, LineKind.Prose, length * 0.5, endsSentence, words);

        // A sentence without its closing point, in lower case: a list item.
        if (words >= 6 && capitalRatio < 0.4)
            return new TextLine(index, text, LineKind.Short, TextRules.ListItemPenalty, endsSentence, words);

        // Short lines, title-case lines and unpunctuated lines: headings, menus, teasers of other stories.
        var penalty = length < TextRules.ShortLineChars ? TextRules.NavigationPenalty : TextRules.NavigationPenalty / 2;
        if (capitalRatio >= 0.6 && words >= 3) penalty -= 10;
        return new TextLine(index, text, LineKind.Short, penalty, endsSentence, words);
    }

    /// <summary>
    /// <paramref name="line"/> read as a paragraph when it is a long sentence-ending line that only its capitals kept
    /// from being prose ("Palm Bay (1-0): Jo Tolivert 25 points. Ann Davis 17 points."); for pages where no line is prose.
    /// </summary>
    public static TextLine AsProseWhenSentence(TextLine line) =>
        line.Kind == LineKind.Short && line.EndsSentence && line.Text.Length >= TextRules.ProseMinChars && line.Words >= 6
            ? line with { Kind = LineKind.Prose, Score = line.Text.Length }
            : line;

    // Cheap test before parsing: a byline opens with "By", names an agency after a separator, or is a few words at most.
    private static bool MayBeByline(string text, int words) =>
        words <= 4 || text.AsSpan().IndexOfAny(BylineSeparators) >= 0 || TextRules.BylinePrefix().IsMatch(text);

    private static readonly System.Buffers.SearchValues<char> BylineSeparators = System.Buffers.SearchValues.Create(",|(-–—•·;");

    // A line that is mostly a date: "Published March 5, 2025 3:04 PM", "2025-03-05", "Updated: 5. März 2025".
    private static bool IsDateStamp(string text)
    {
        var dates = DateTextParser.FindDates(text);
        if (dates.Count == 0) return false;
        if (TextRules.DateStampLabel().IsMatch(text)) return true;
        var covered = dates.Sum(d => d.Length);
        var rest = TextRules.TimeOfDay().Replace(text, "");
        var restLetters = rest.Count(char.IsLetterOrDigit) - dates.Sum(d => text.Substring(d.Start, d.Length).Count(char.IsLetterOrDigit));
        return restLetters <= 24 || covered * 2 >= text.Length;
    }

    // Legal and consent text: two different boilerplate terms in one long line.
    private static bool IsBoilerplateProse(string text)
    {
        string? first = null;
        foreach (System.Text.RegularExpressions.Match m in TextRules.BoilerplateWord().Matches(text))
        {
            var word = m.Value.ToLowerInvariant();
            if (first is null) first = word;
            else if (word != first) return true;
        }
        return false;
    }

    /// <summary>Words in the line, how many of them begin with a capital, and how many ideographs or kana it has (two make a word).</summary>
    public static int CountWords(string text, out int capitalised, out int ideographs)
    {
        var words = 0;
        capitalised = 0;
        ideographs = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c >= '\u2E80' && char.IsLetter(c))
            {
                if (++ideographs % 2 == 1) words++;
                inWord = false;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                    if (char.IsUpper(c) || char.IsDigit(c)) capitalised++;
                }
                inWord = true;
            }
            else if (c is not ('\'' or '’' or '-')) inWord = false;
        }
        return words;
    }
}
