using System.Globalization;
using Lede.Analysis.Model;
using Lede.Extraction.Model;

namespace Lede.Corpus.Stories;

/// <summary>
/// What the clusterer needs of an article. Stories are scored on names guessed from capitalised words in the text;
/// <see cref="Entities"/>, from the analysis when it ran, are the names the story shows of the article (never scored). <see cref="DuplicateOf"/>, when the
/// duplicate detector found the article to copy another, puts it straight into that article's story.
/// </summary>
public sealed record StoryDocument(string DocId, string? Headline, string Body, DateTimeOffset? Published)
{
    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>The article's BCP 47 language (<c>inLanguage</c>), when known: it tells how to read capitalised words.</summary>
    public string? Language { get; init; }

    /// <summary>The analysis's entities with their mention counts: what the story shows of the article (<see cref="Story.TopEntities"/>); null when it did not run.</summary>
    public IReadOnlyList<StoryEntity>? Entities { get; init; }

    /// <summary>Doc id of an earlier article this one copies (from <see cref="Duplicates.DuplicateDetector"/>).</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Builds the clusterer's view of an extracted article and, when present, its analysis.</summary>
    public static StoryDocument From(string docId, NewsArticle article, ArticleAnalysis? analysis = null, string? duplicateOf = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new StoryDocument(docId, article.Headline, article.ArticleBody ?? "", ParseDate(article.DatePublished))
        {
            Source = PublicationName.Of(article),
            Url = article.Url,
            Language = article.InLanguage,
            Entities = analysis?.Entities.Select(e => new StoryEntity(e.Name, e.Type, Math.Max(1, e.MentionCount))).ToList(),
            DuplicateOf = duplicateOf,
        };
    }

    /// <summary>NewsArticle dates are ISO 8601 dates or date-times; a bare date is read as midnight UTC.</summary>
    public static DateTimeOffset? ParseDate(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso)) return null;
        return DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var d)
            ? d
            : null;
    }
}
