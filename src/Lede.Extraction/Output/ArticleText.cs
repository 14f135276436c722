using System.Net;
using System.Text;
using Lede.Extraction.Model;

namespace Lede.Extraction.Output;

/// <summary>Plain-text rendering of an article and the small pieces the other writers share.</summary>
public static class ArticleText
{
    public static string Write(NewsArticle article)
    {
        var sb = new StringBuilder();
        if (article.Headline is not null) sb.Append(article.Headline).Append("\n\n");
        var byline = BylineLine(article);
        if (byline.Length > 0) sb.Append(byline).Append("\n\n");
        sb.Append(article.ArticleBody);
        if (!article.ArticleBody.EndsWith('\n')) sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>"By A, B (Agency) · 2025-03-05", or empty when nothing is known.</summary>
    public static string BylineLine(NewsArticle article)
    {
        var parts = new List<string>();
        if (article.Authors.Count > 0) parts.Add("By " + string.Join(", ", article.Authors.Select(a => a.Name)));
        if (article.SourceOrganization is not null) parts.Add(article.Authors.Count > 0 ? $"({article.SourceOrganization})" : article.SourceOrganization);
        var who = string.Join(" ", parts);
        return article.DatePublished is null ? who : who.Length == 0 ? article.DatePublished : $"{who} · {article.DatePublished}";
    }

    /// <summary>HTML paragraphs for a body that came without markup.</summary>
    public static string ParagraphsAsHtml(string body)
    {
        var sb = new StringBuilder();
        foreach (var paragraph in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            sb.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>")).Append("</p>\n");
        return sb.ToString();
    }
}
