using System.Globalization;
using System.Text.RegularExpressions;
using Lede.Extraction.Html;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Model;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata;

/// <summary>
/// The article's images, the lead first: the share image the page declares for the story (og:image, then the JSON-LD
/// article image, then twitter:image), else the first large picture of the body. Logos, site icons, blank and
/// stand-in images, avatars and sprites are no picture of the story, wherever they are named.
/// </summary>
internal static class LeadImageChooser
{
    // The body's images are looked up by file name among the page's first <img> elements for their declared sizes.
    private const int MaxWalkedElements = 20_000;
    private const int MaxSizedImages = 400;

    /// <summary>
    /// The images the page declares as the story's, in order of preference, each resolved against <paramref name="baseUrl"/>;
    /// furniture and broken addresses (<see cref="MetadataRules.GluedAddress"/>) left out.
    /// </summary>
    public static List<ArticleImage> Declared(MetaTags meta, JsonLdFacts? ld, string? baseUrl)
    {
        var urls = new List<string>();
        void Add(string? value)
        {
            if (MetadataReader.Resolve(value, baseUrl) is { } u && !urls.Contains(u) && !IsFurniture(u) && !MetadataRules.GluedAddress().IsMatch(u)) urls.Add(u);
        }
        foreach (var key in MetadataRules.PrimaryImageMeta)
            foreach (var v in meta.GetAll(key)) Add(v);
        if (ld is not null)
            foreach (var v in ld.Images) Add(v);
        foreach (var key in MetadataRules.SecondaryImageMeta)
            foreach (var v in meta.GetAll(key)) Add(v);
        return MetadataReader.MergeImages(urls.Select(u => new ArticleImage(u)).ToList(), []).ToList();
    }

    /// <summary>
    /// The declared images, then the body's, each once, furniture and icon-sized body images left out. With nothing
    /// declared, the first body image large enough to lead (or of unknown size) moves to the front, unless a large
    /// picture stands between the headline and it (<see cref="PictureAbove"/>).
    /// </summary>
    /// <param name="authors">The article's authors: a picture named after one of them is their portrait (<see cref="IsPortraitOf"/>).</param>
    public static IReadOnlyList<ArticleImage> Order(IReadOnlyList<ArticleImage> declared, IReadOnlyList<ArticleImage> body, HtmlDocument document, string? baseUrl = null,
        IReadOnlyList<Person>? authors = null)
    {
        if (authors is { Count: > 0 })
        {
            declared = declared.Where(i => i.Url is null || !IsPortraitOf(i.Url, authors)).ToList();
            body = body.Where(i => i.Url is null || !IsPortraitOf(i.Url, authors)).ToList();
        }
        // Nothing declared and no picture in the body: the post's featured image, else (a page whose story is a video)
        // the video's poster frame.
        if (declared.Count == 0 && body.All(i => i.Url is null || IsFurniture(i.Url)))
        {
            if (FeaturedImage(document, baseUrl) is { } featured) return [new ArticleImage(featured)];
            if (HeroImage(document, baseUrl, authors) is { } hero) return [new ArticleImage(hero)];
            if (body.Count == 0) return VideoPoster(document, baseUrl) is { } poster ? [new ArticleImage(poster)] : [];
        }
        var pictures = body.Where(i => (i.Url is null || !IsFurniture(i.Url)) && !(i.Caption is { } caption && MetadataRules.SalesPitchCaption().IsMatch(caption))).ToList();
        if (pictures.Count > 0)
        {
            Dictionary<string, (int Width, int Height)>? sizes = null;
            (int Width, int Height) SizeOf(string? url) =>
                url is not null && FileName(url) is { Length: > 0 } name && (sizes ??= DeclaredSizes(document)).TryGetValue(name, out var size) ? size : (0, 0);
            pictures.RemoveAll(i => Smaller(SizeOf(i.Url), MetadataRules.MinBodyImageSide));
            if (declared.Count == 0)
            {
                // A strip (a title banner, a divider) leads only where the story shows no other picture large enough.
                var lead = pictures.FindIndex(i => SizeOf(i.Url) is var size && !Smaller(size, MetadataRules.MinLeadImageSide) && !IsStrip(size));
                if (lead < 0) lead = pictures.FindIndex(i => !Smaller(SizeOf(i.Url), MetadataRules.MinLeadImageSide));
                // No body picture large enough to lead: the post's featured image, else the picture set between the
                // headline and the story, outside the text the extractor kept, leads (a page-builder's image block above
                // the story's text block).
                if (lead < 0 && (FeaturedImage(document, baseUrl) ?? HeroImage(document, baseUrl, authors)) is { } hero)
                    return MetadataReader.MergeImages([new ArticleImage(hero)], pictures);
                if (lead > 0)
                {
                    var image = pictures[lead];
                    pictures.RemoveAt(lead);
                    pictures.Insert(0, image);
                }
                // The extractor may have left out the top of the story (a page-builder's first image block): a large
                // picture between the headline and the body's lead leads in its place.
                if (lead >= 0 && pictures[0].Url is { } bodyLead && PictureAbove(document, bodyLead, baseUrl, authors) is { } above)
                    return MetadataReader.MergeImages([new ArticleImage(above)], pictures);
            }
        }
        return MetadataReader.MergeImages(declared, pictures);
    }

    /// <summary>
    /// An image that is page furniture, not a picture of the story: a logo, icon, stand-in, avatar, sprite or
    /// site-wide share image by its name, folder or format, or an image whose name or query says it is icon-sized.
    /// </summary>
    internal static bool IsFurniture(string url)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return true;
        // A site's home address ("https://news.example/") in an image tag: a template with the picture's path left empty.
        if (Uri.TryCreate(url, UriKind.Absolute, out var address) && address.AbsolutePath == "/" && address.Query.Length == 0) return true;
        var path = PathOf(url);
        if (MetadataRules.FurnitureImagePath().IsMatch(url)) return true;
        var name = FileName(url);
        if (name.Length == 0) return false;
        foreach (var extension in MetadataRules.FurnitureImageExtensions)
            if (name.EndsWith(extension, StringComparison.Ordinal)) return true;
        var stem = name.LastIndexOf('.') is var dot and > 0 ? name[..dot] : name;
        if (MetadataRules.FurnitureImageWords().IsMatch(stem)) return true;
        // "googlelogo_color.png", "shoplogo-bw-440.png": a logo named run together with the brand, in a logo's formats
        // (a photo named "psicologo.jpg" is a JPEG).
        if (stem.Contains("logo", StringComparison.Ordinal) && MetadataRules.LogoImageExtensions.Any(x => name.EndsWith(x, StringComparison.Ordinal))) return true;
        if (!MetadataRules.LongNumber().IsMatch(path) && (MetadataRules.GenericImageName().IsMatch(stem) || MetadataRules.DefaultImageWord().IsMatch(stem))) return true;
        if (NamesAdSlot(stem)) return true;
        if (MetadataRules.ImageNameSize().Match(stem) is { Success: true } named
            && Math.Max(int.Parse(named.Groups["w"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(named.Groups["h"].ValueSpan, CultureInfo.InvariantCulture)) is >= MetadataRules.MinNamedPixels and < MetadataRules.MinNamedImageSide) return true;
        return MetadataRules.ImageQuerySize().Match(url) is { Success: true } query
            && int.Parse(query.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) is > 0 and var n && n < MetadataRules.MinNamedImageSide;
    }

    /// <summary>The file name carries a display-ad slot's size ("banner_300x250"): an ad creative (<see cref="MetadataRules.AdSlotSizes"/>).</summary>
    internal static bool NamesAdSlot(string stem)
    {
        foreach (Match size in MetadataRules.ImageNameSize().Matches(stem))
            if (MetadataRules.AdSlotSizes.Contains((int.Parse(size.Groups["w"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(size.Groups["h"].ValueSpan, CultureInfo.InvariantCulture))))
                return true;
        return false;
    }

    /// <summary>
    /// The image's file name spells one of the authors' names ("frank_g.jpg", "jane-roe-portrait.jpg" for Jane Roe): the
    /// writer's portrait, printed by the byline and shared by columns, not a picture of the story. Two words of the name at
    /// least (a surname alone may be a word of the story), the surname among them, given names also as initials.
    /// </summary>
    internal static bool IsPortraitOf(string url, IReadOnlyList<Person> authors)
    {
        var name = FileName(url);
        var stem = name.LastIndexOf('.') is var dot and > 0 ? name[..dot] : name;
        var words = MetadataRules.ImageNameWordSeparator().Split(stem).Where(w => w.Length > 0 && !MetadataRules.PortraitImageWords.Contains(w)).ToList();
        if (words.Count < MinPortraitNameWords) return false;
        foreach (var author in authors)
        {
            var nameWords = HeadlineChooser.Normalize(author.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (nameWords.Length < MinPortraitNameWords) continue;
            var surname = nameWords[^1];
            if (words.Contains(surname) && words.All(w => nameWords.Contains(w) || (w.Length == 1 && nameWords[..^1].Any(n => n[0] == w[0])))) return true;
        }
        return false;
    }

    private const int MinPortraitNameWords = 2;

    /// <summary>
    /// The first image classed as the post's featured image (<see cref="MetadataRules.FeaturedImageClasses"/>) when it is
    /// large enough to lead by its stated size and no furniture; related-post lists use the same class for small thumbnails.
    /// </summary>
    private static string? FeaturedImage(HtmlDocument document, string? baseUrl)
    {
        var root = document.Body;
        var walked = 0;
        for (var e = root; e is not null && walked < MaxWalkedElements; e = e.NextElementInDocument(root), walked++)
        {
            if (e.LocalName != "img" || e.GetAttribute("class") is not { Length: > 0 } cls
                || !cls.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(c => MetadataRules.FeaturedImageClasses.Contains(c, StringComparer.OrdinalIgnoreCase))) continue;
            // Shown at its uploaded size, the post's own picture keeps the shape the writer gave it (an 850×120 banner
            // leads); a cropped size must be large enough to lead, as related posts' thumbnails share the class.
            var size = (Pixels(e.AttributeSpan("width")), Pixels(e.AttributeSpan("height")));
            var fullSize = cls.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(c => MetadataRules.FullSizeImageClasses.Contains(c, StringComparer.OrdinalIgnoreCase));
            if (size.Item1 == 0 || (fullSize
                    ? Math.Max(size.Item1, size.Item2) < MetadataRules.MinLeadImageSide || Smaller(size, MetadataRules.MinBodyImageSide)
                    : Smaller(size, MetadataRules.MinLeadImageSide))) return null;
            var src = BoilerplateRules.ImageSourceAttributes.Where(a => !a.EndsWith("srcset", StringComparison.Ordinal))
                .Select(e.GetAttribute).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v) && !v.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
            return MetadataReader.Resolve(src, baseUrl) is { } url && !IsFurniture(url) ? url : null;
        }
        return null;
    }

    private const int MaxHeroElements = 80;
    private const int StoryParagraphChars = 100;

    /// <summary>
    /// The first picture after the page's headline (its first &lt;h1&gt; outside the page header) and before the story's
    /// first paragraph: large enough to lead on the sides its markup states (or of unknown size), not furniture, not a
    /// writer's portrait, not hidden. Null for none. Site parsers take this "hero" picture where no share image is declared.
    /// </summary>
    private static string? HeroImage(HtmlDocument document, string? baseUrl, IReadOnlyList<Person>? authors)
    {
        var h1 = document.ElementsNamed("h1").FirstOrDefault(h => !Dates.DateCandidateCollector.InPageHeader(h));
        if (h1 is null) return null;
        var walked = 0;
        for (var e = h1.NextElementInDocument(document.Body ?? h1); e is not null && walked < MaxHeroElements; e = e.NextElementInDocument(document.Body ?? h1), walked++)
        {
            if (h1.Contains(e)) continue;
            if (e.LocalName == "p" && e.TextContent.Trim().Length >= StoryParagraphChars && !InStandfirst(e)) return null;
            if (e.LocalName != "img" || VisibleText.InHidden(e) || LinksElsewhere(e)) continue;
            var size = (Pixels(e.AttributeSpan("width")), Pixels(e.AttributeSpan("height")));
            if (Smaller(size, MetadataRules.MinLeadImageSide) || Smaller(StyledSize(e.GetAttribute("style")), MetadataRules.MinLeadImageSide)) continue;
            if (MetadataReader.Resolve(ImageSource.Choose(e), baseUrl) is not { } url || IsFurniture(url)) continue;
            // Of unknown size, only an image file by its name: a beacon ("/log/nojs") names none.
            if (size == (0, 0) && !IsImageFile(url)) continue;
            if (authors is { Count: > 0 } && IsPortraitOf(url, authors)) continue;
            return url;
        }
        return null;
    }

    /// <summary>
    /// The first picture after the page's headline and before the body's lead picture (<paramref name="bodyLead"/>) that
    /// is large enough to lead on both sides its markup states (sizes required: a picture of unknown size there may be a
    /// teaser), no strip, not furniture, not hidden, not inside a link to another page, not a writer's portrait. Null for
    /// none, and where the body's lead is not found after the headline (what follows it would be the page's other stories).
    /// </summary>
    private static string? PictureAbove(HtmlDocument document, string bodyLead, string? baseUrl, IReadOnlyList<Person>? authors)
    {
        var h1 = document.ElementsNamed("h1").FirstOrDefault(h => !Dates.DateCandidateCollector.InPageHeader(h));
        if (h1 is null) return null;
        var leadStem = Stem(bodyLead);
        string? above = null;
        var walked = 0;
        for (var e = h1.NextElementInDocument(document.Body ?? h1); e is not null && walked < MaxWalkedElements; e = e.NextElementInDocument(document.Body ?? h1), walked++)
        {
            if (e.LocalName != "img" || h1.Contains(e)) continue;
            if (MetadataReader.Resolve(ImageSource.Choose(e), baseUrl) is not { } url) continue;
            if (Stem(url) == leadStem) return above;
            if (above is not null || VisibleText.InHidden(e) || LinksElsewhere(e) || IsFurniture(url)) continue;
            var size = (Pixels(e.AttributeSpan("width")), Pixels(e.AttributeSpan("height")));
            if (size.Item1 == 0 || size.Item2 == 0 || Smaller(size, MetadataRules.MinLeadImageSide) || IsStrip(size)) continue;
            if (authors is { Count: > 0 } && IsPortraitOf(url, authors)) continue;
            above = url;
        }
        return null;
    }

    /// <summary>The file name without its extension or rendition suffix (<see cref="MetadataRules.ImageRenditionSuffix"/>): "photo-768x1024.jpg" → "photo".</summary>
    private static string Stem(string url)
    {
        var name = MetadataRules.ImageRenditionSuffix().Replace(FileName(url), "", 1);
        return name.LastIndexOf('.') is var dot and > 0 ? name[..dot] : name;
    }

    private const int StandfirstDepth = 3;

    /// <summary>
    /// The paragraph is the standfirst printed under the headline, by its own or a near wrapper's class or id
    /// (<see cref="MetadataRules.StandfirstWords"/>: "chapo", "intro"): the story starts after it, often below the picture.
    /// </summary>
    private static bool InStandfirst(HtmlElement paragraph)
    {
        var depth = 0;
        for (var e = paragraph; e is not null && depth <= StandfirstDepth; e = e.ParentElement, depth++)
            if (Dates.DateCandidateCollector.MarkedWith(e, MetadataRules.StandfirstWords)) return true;
        return false;
    }

    private static bool IsImageFile(string url)
    {
        var path = url.Split('?', '#')[0];
        return MetadataRules.PictureFileExtensions.Any(x => path.EndsWith(x, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The pixel width and height an inline style sets ("width: 1px; height: 1px"); 0 for a side it leaves unset.</summary>
    private static (int Width, int Height) StyledSize(string? style)
    {
        if (string.IsNullOrEmpty(style)) return (0, 0);
        int Side(Regex side) => side.Match(style) is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var px) ? px : 0;
        return (Side(MetadataRules.StyledWidth()), Side(MetadataRules.StyledHeight()));
    }

    /// <summary>
    /// Inside a link to another page (a profile's face, a teaser's picture): no picture of this story. A link to the
    /// picture's own larger file (a lightbox) is none.
    /// </summary>
    private static bool LinksElsewhere(HtmlElement img)
    {
        var depth = 0;
        for (var p = img.ParentElement; p is not null && depth < 3; p = p.ParentElement, depth++)
        {
            if (p.LocalName != "a") continue;
            var href = p.GetAttribute("href");
            return !string.IsNullOrWhiteSpace(href) && !IsImageFile(href);
        }
        return false;
    }

    /// <summary>The poster image of the page's first &lt;video&gt; that has one, unless it is furniture.</summary>
    private static string? VideoPoster(HtmlDocument document, string? baseUrl)
    {
        var root = document.Body;
        var walked = 0;
        for (var e = root; e is not null && walked < MaxWalkedElements; e = e.NextElementInDocument(root), walked++)
            if (e.LocalName == "video" && MetadataReader.Resolve(e.GetAttribute("poster"), baseUrl) is { } poster)
                return IsFurniture(poster) ? null : poster;
        return null;
    }

    /// <summary>Smaller than <paramref name="side"/> on a side its markup states; unknown sizes are not small.</summary>
    private static bool Smaller((int Width, int Height) size, int side) =>
        size.Width is > 0 && size.Width < side || size.Height is > 0 && size.Height < side;

    /// <summary>A strip by the sides its markup states (<see cref="MetadataRules.MinStripAspect"/>); unknown sizes are none.</summary>
    private static bool IsStrip((int Width, int Height) size) =>
        size.Width > 0 && size.Height > 0
        && (size.Width >= MetadataRules.MinStripAspect * size.Height || size.Height >= MetadataRules.MinStripAspect * size.Width);

    /// <summary>Width and height attributes of the page's images, by file name; the first image of a name counts.</summary>
    private static Dictionary<string, (int Width, int Height)> DeclaredSizes(HtmlDocument document)
    {
        var sizes = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var root = document.DocumentElement;
        var walked = 0;
        for (var e = root; e is not null && walked < MaxWalkedElements && sizes.Count < MaxSizedImages; e = e.NextElementInDocument(root), walked++)
        {
            if (e.LocalName != "img") continue;
            // Read in place: the sizes of images that are never asked for need no strings.
            var width = Pixels(e.AttributeSpan("width"));
            var height = Pixels(e.AttributeSpan("height"));
            if (width == 0 && height == 0) continue;
            // The width and height are the picture's as shown, whichever of its srcset's renditions is taken.
            foreach (var attribute in BoilerplateRules.ImageSourceAttributes)
            {
                if (e.GetAttribute(attribute) is not { Length: > 0 } src) continue;
                if (attribute.EndsWith("srcset", StringComparison.Ordinal))
                {
                    foreach (var rendition in ImageSource.Renditions(src))
                        if (FileName(rendition.Url) is { Length: > 0 } renditionName) sizes.TryAdd(renditionName, (width, height));
                }
                else if (FileName(src) is { Length: > 0 } name) sizes.TryAdd(name, (width, height));
            }
        }
        return sizes;
    }

    // "300", "300px"; percentages and other units say nothing about the picture.
    private static int Pixels(ReadOnlySpan<char> value)
    {
        var v = value.Trim();
        if (v.EndsWith("px", StringComparison.OrdinalIgnoreCase)) v = v[..^2];
        return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return end < 0 ? url : url[..end];
    }

    /// <summary>The last path segment, lower-case, without query or fragment.</summary>
    private static string FileName(string url)
    {
        var path = PathOf(url.Trim());
        var space = path.IndexOf(' ');
        if (space > 0) path = path[..space];
        var slash = path.LastIndexOf('/');
        var name = slash >= 0 ? path[(slash + 1)..] : path;
        return Uri.UnescapeDataString(name).ToLowerInvariant();
    }
}
