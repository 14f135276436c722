using Lede.Extraction.Rules;
using Lede.Extraction.Text;

namespace Lede.Extraction.Metadata;

/// <summary>
/// Squares the page's description tag with the story's opening paragraph. The tag stands, except where it is visibly
/// that paragraph with something added: a "Read more" link label closing the cut teaser, or a line of promotion the
/// story does not print ("Tickets here."). Then the paragraph as printed is the description. A tag merely cut short
/// (even inside a word) stands: it is the page's own summary as written.
/// </summary>
internal static class DescriptionChooser
{
    private const int OpeningParagraphs = 2;
    private const int FollowingParagraphs = 3;
    private const int MinWords = 6;
    private const int MaxParagraphChars = 1000;

    public static string? Choose(string? description, string articleText)
    {
        if (description is null || string.IsNullOrWhiteSpace(articleText)) return description;
        var paragraphs = articleText.Split("\n\n", OpeningParagraphs + FollowingParagraphs + 1, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var readMore = MetadataRules.ReadMoreLabel().Match(description);
        var stem = readMore.Success ? description[..readMore.Index] : description;
        var marked = TextRules.TruncationMark().IsMatch(description);
        var said = Words(stem);
        if (said.Count < MinWords) return description;
        for (var i = 0; i < Math.Min(OpeningParagraphs, paragraphs.Length); i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Length > MaxParagraphChars) continue;
            var printed = Words(paragraph);
            if (printed.Count < MinWords) continue;
            var shared = SharedOpening(said, printed);
            // "… behind the wheel and Read More": the teaser of this paragraph with a link label at its end.
            if (readMore.Success && shared == said.Count && printed.Count > said.Count) return paragraph;
            // The paragraph and then words the story does not print next: promotion added to the tag.
            if (!marked && shared == printed.Count && said.Count > printed.Count)
            {
                var following = Words(string.Join(' ', paragraphs.Skip(i).Take(FollowingParagraphs)));
                if (SharedOpening(said, following) < said.Count) return paragraph;
            }
        }
        return description;
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
        var words = new List<string>();
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
