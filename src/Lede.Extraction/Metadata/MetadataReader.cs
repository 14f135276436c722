using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Lede.Extraction.Html;
using Lede.Extraction.Model;

namespace Lede.Extraction.Metadata;

/// <summary>Reads page-level metadata: meta tags, then JSON-LD over them, then DOM fallbacks.</summary>
internal static class MetadataReader
{
    public static PageMetadata Read(IHtmlDocument document, string? url)
    {
        string? Meta(string key) =>
            document.QuerySelector($"meta[property='{key}'],meta[name='{key}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;
        var canonical = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        return new PageMetadata
        {
            Url = Resolve(canonical, url) ?? Meta("og:url") ?? url,
            Headline = Meta("og:title") ?? document.Title?.Trim(),
            Description = Meta("description") ?? Meta("og:description"),
            SiteName = Meta("og:site_name"),
            InLanguage = document.DocumentElement?.GetAttribute("lang")?.Trim() is { Length: > 0 } lang ? lang : null,
        };
    }

    /// <summary>Joins page metadata with the extracted content into the article record.</summary>
    public static NewsArticle Complete(PageMetadata metadata, ContentResult content, IHtmlDocument document) => new()
    {
        Url = metadata.Url,
        Headline = metadata.Headline,
        Description = metadata.Description,
        SiteName = metadata.SiteName,
        InLanguage = metadata.InLanguage,
        Images = [.. metadata.Images, .. content.Images.Where(i => metadata.Images.All(m => m.Url != i.Url))],
        ArticleBody = content.Text,
        ArticleHtml = content.Html,
        Warnings = content.Warnings,
    };

    internal static string? Resolve(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs.ToString();
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href.Trim(), out var rel)) return rel.ToString();
        return null;
    }
}
