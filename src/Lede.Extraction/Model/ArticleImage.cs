namespace Lede.Extraction.Model;

/// <summary>An image of the article with its caption and photo credit kept apart.</summary>
public sealed record ArticleImage(string? Url, string? Caption = null, string? Credit = null);
