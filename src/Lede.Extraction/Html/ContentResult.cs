using Lede.Extraction.Model;

namespace Lede.Extraction.Html;

/// <summary>The main content found in a page: plain text, sanitised HTML, images met inside it, findings.</summary>
internal sealed record ContentResult(string Text, string Html, IReadOnlyList<ArticleImage> Images, IReadOnlyList<string> Warnings);
