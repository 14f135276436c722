using System.Globalization;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Html;

/// <summary>
/// The address an &lt;img&gt; shows, as the page writes it: its lazy loader's real address, else its <c>src</c> unless that
/// is a stand-in, else the largest rendition its srcset (or its &lt;picture&gt;'s sources) offers.
/// </summary>
internal static class ImageSource
{
    public static string? Choose(HtmlElement img)
    {
        foreach (var name in BoilerplateRules.LazyImageSourceAttributes)
            if (Usable(img.GetAttribute(name)) is { } lazy) return lazy;
        var src = Usable(img.GetAttribute("src"));
        if (src is not null && !IsStandIn(src)) return src;
        // A stand-in with no address behind it is no picture.
        return LargestRendition(img);
    }

    /// <summary>
    /// The widest rendition (by its "w" descriptor, else its "x" density) of the image's own srcsets, else of its
    /// &lt;picture&gt;'s &lt;source&gt; srcsets; of equals, the first. A srcset is listed small to large as often as not, so its
    /// first is no choice. Densities compare only within one source (each is relative to its own layout size), so
    /// sources without widths give the first source's densest rendition.
    /// </summary>
    private static string? LargestRendition(HtmlElement img)
    {
        var own = new List<Rendition>();
        AddSrcsets(img, own);
        if (Largest(own) is { } url) return url;
        if (img.Parent is not { LocalName: "picture" } picture) return null;
        var all = new List<Rendition>();
        string? firstSourceBest = null;
        foreach (var source in picture.Children)
        {
            if (source.LocalName != "source") continue;
            var renditions = new List<Rendition>();
            AddSrcsets(source, renditions);
            firstSourceBest ??= Largest(renditions);
            all.AddRange(renditions);
        }
        return all.Exists(c => c.Width > 0) ? Largest(all) : firstSourceBest;
    }

    private static string? Largest(List<Rendition> candidates)
    {
        candidates.RemoveAll(c => c.Url.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        var byWidth = candidates.Exists(c => c.Width > 0);
        Rendition? best = null;
        foreach (var c in candidates)
        {
            if (byWidth && c.Width == 0) continue;
            if (best is null || (byWidth ? c.Width > best.Value.Width : c.Density > best.Value.Density)) best = c;
        }
        return best?.Url;
    }

    private static void AddSrcsets(HtmlElement element, List<Rendition> candidates)
    {
        foreach (var name in BoilerplateRules.ImageSrcsetAttributes)
            if (element.GetAttribute(name) is { Length: > 0 } srcset) candidates.AddRange(Renditions(srcset));
    }

    /// <summary>One srcset entry: its address, its width descriptor (0: none) and its density (1 where none is given).</summary>
    internal readonly record struct Rendition(string Url, double Width, double Density);

    /// <summary>
    /// A srcset's entries, parsed as HTML does: an address runs to white space (commas inside it, as image services write
    /// "c_fill,w_300", stay), a trailing comma ends an entry without descriptors, else descriptors run to the next comma.
    /// </summary>
    internal static List<Rendition> Renditions(string srcset)
    {
        var list = new List<Rendition>();
        var s = srcset.AsSpan();
        var i = 0;
        while (true)
        {
            while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == ',')) i++;
            if (i >= s.Length) return list;
            var start = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
            var url = s[start..i];
            double width = 0, density = 1;
            if (url.EndsWith(','))
                url = url.TrimEnd(',');
            else
            {
                var descriptorStart = i;
                var depth = 0;
                while (i < s.Length && !(s[i] == ',' && depth == 0))
                {
                    if (s[i] == '(') depth++;
                    else if (s[i] == ')' && depth > 0) depth--;
                    i++;
                }
                foreach (var range in s[descriptorStart..i].SplitAny(" \t\n\r\f"))
                {
                    var d = s[descriptorStart..i][range];
                    if (d.Length < 2) continue;
                    var number = d[..^1];
                    if (d[^1] is 'w' or 'W' && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w > 0) width = w;
                    else if (d[^1] is 'x' or 'X' && double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var x) && x > 0) density = x;
                }
            }
            if (url.Length > 0) list.Add(new Rendition(url.ToString(), width, density));
        }
    }

    private static string? Usable(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        return v.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? null : v;
    }

    /// <summary>A <c>src</c> named as a stand-in for the picture ("blank.gif", "lazy-placeholder.png"), by its file name.</summary>
    private static bool IsStandIn(string src)
    {
        var end = src.IndexOfAny(['?', '#']);
        var path = end < 0 ? src : src[..end];
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        var stem = name.LastIndexOf('.') is var dot and > 0 ? name[..dot] : name;
        if (BoilerplateRules.StandInOnlyImageName().IsMatch(stem)) return true;
        return BoilerplateRules.StandInImageName().IsMatch(stem) && BoilerplateRules.StandInImageExtensions.Any(x => name.EndsWith(x, StringComparison.Ordinal));
    }
}
