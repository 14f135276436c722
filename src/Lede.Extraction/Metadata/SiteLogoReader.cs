using Lede.Extraction.Html.Dom;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata;

/// <summary>
/// The site's name as its logo image spells it (&lt;a class="site-logo"&gt;&lt;img alt="Example Times logo"&gt;): the last
/// witness of the publisher when the page declares no site name and its title carries none.
/// </summary>
internal static class SiteLogoReader
{
    // The site's own logo sits in the banner, near the top of the page.
    private const int MaxWalkedElements = 5000;
    private const int MaxLogoAncestors = 3;
    private const int MaxNameChars = 60;

    public static string? Read(HtmlDocument document)
    {
        var root = document.DocumentElement;
        var walked = 0;
        for (var e = root; e is not null && walked < MaxWalkedElements; e = e.NextElementInDocument(root), walked++)
        {
            if (e.LocalName != "img" || e.GetAttribute("alt") is not { Length: > 0 } alt || !InLogo(e)) continue;
            if (InStoryOrFooter(e)) continue;
            return Name(alt);
        }
        return null;
    }

    /// <summary>The alt text without the words that call it a logo; null when what is left is a file name or no name at all.</summary>
    internal static string? Name(string alt)
    {
        var name = MetadataRules.LogoWords().Replace(alt, " ").Trim(' ', '-', '–', '|', ':', ',');
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length < 2 || name.Length > MaxNameChars || !name.Any(char.IsLetter)) return null;
        // "site_logo_black", "header.png": an image's file name, not the site's.
        if (name.Contains('_') || name.Contains('/') || MetadataRules.ImageFileName().IsMatch(name)) return null;
        return name;
    }

    private static bool InLogo(HtmlElement img)
    {
        var e = img;
        for (var depth = 0; e is not null && depth <= MaxLogoAncestors; e = e.ParentElement, depth++)
            if (Contains(e.ClassName, "logo") || Contains(e.Id, "logo")) return true;
        return false;
    }

    private static bool InStoryOrFooter(HtmlElement e)
    {
        var depth = 0;
        for (var p = e.ParentElement; p is not null && depth < 40; p = p.ParentElement, depth++)
            if (p.LocalName is "article" or "main" or "footer") return true;
        return false;
    }

    // "logout" holds "logo" but marks an account button.
    private static bool Contains(string? value, string token) =>
        value is not null && value.Replace("logout", "", StringComparison.OrdinalIgnoreCase).Contains(token, StringComparison.OrdinalIgnoreCase);
}
