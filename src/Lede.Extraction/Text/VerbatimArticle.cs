using Lede.Extraction.Metadata;
using Lede.Extraction.Model;

namespace Lede.Extraction.Text;

/// <summary>
/// An article whose body is a text exactly as given (no structure detection), so that analysis offsets
/// point into that text: <c>lede analyze --as-body</c> and the HTTP API's <c>asBody</c>.
/// </summary>
public static class VerbatimArticle
{
    /// <summary>
    /// Below this many characters the language is not judged from the text (English is assumed downstream):
    /// trigram statistics of a sentence or two are too unsure to turn the English models off.
    /// </summary>
    private const int MinTextForLanguage = 200;

    public static NewsArticle FromText(string text, string? source, string? url)
    {
        ArgumentNullException.ThrowIfNull(text);
        // No page declares a language here: read it from the text when there is enough to judge.
        var language = text.Length >= MinTextForLanguage ? LanguageIdentifier.Identify(text, null) : null;
        return new NewsArticle { Source = source, Url = url, ArticleBody = text, InLanguage = language };
    }
}
