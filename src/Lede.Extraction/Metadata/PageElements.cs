using Lede.Extraction.Html.Dom;
using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Metadata;

/// <summary>
/// The elements the metadata stages read, gathered in one walk over the page, each list in document order:
/// every stage scanning the whole document itself cost a walk (or a selector match per element) apiece.
/// </summary>
internal sealed class PageElements
{
    // The date and author sources have always stopped here; meta, script and heading lists are complete, as the selectors were.
    private const int MaxWalkedElements = 100_000;
    private const int MaxTimeElements = 40;
    private const int MaxDateElements = 3000;
    private const int MaxAuthorCandidates = 2000;

    /// <summary>Every &lt;meta&gt;.</summary>
    public List<HtmlElement> Metas { get; } = [];
    /// <summary>Every &lt;script&gt; with a type attribute (JSON-LD blocks among them).</summary>
    public List<HtmlElement> TypedScripts { get; } = [];
    public List<HtmlElement> H1s { get; } = [];
    public List<HtmlElement> H2s { get; } = [];
    /// <summary>Elements (not &lt;meta&gt;) whose itemprop names a publication or modification date.</summary>
    public List<HtmlElement> DateMicrodata { get; } = [];
    /// <summary>The first &lt;time&gt; elements.</summary>
    public List<HtmlElement> Times { get; } = [];
    /// <summary>&lt;abbr title&gt; elements (hAtom dates).</summary>
    public List<HtmlElement> Abbrs { get; } = [];
    /// <summary>Elements whose class or id may name a date, byline or meta block.</summary>
    public List<HtmlElement> DateMarkers { get; } = [];
    /// <summary>Elements that may match an author selector.</summary>
    public List<HtmlElement> AuthorCandidates { get; } = [];
    /// <summary>The first &lt;link rel="canonical"&gt;.</summary>
    public HtmlElement? Canonical { get; private set; }
    /// <summary>The first &lt;base&gt; with an href: the address the page's relative links and images are written against.</summary>
    public HtmlElement? Base { get; private set; }
    /// <summary>The first main-content element (&lt;article&gt;, &lt;main&gt;, articleBody, role=main, #content, .content, #main).</summary>
    public HtmlElement? MainContent { get; private set; }

    public static PageElements Collect(HtmlDocument document)
    {
        var found = new PageElements();
        var root = document.DocumentElement;
        var visited = 0;
        for (var e = root; e is not null; e = MetadataReader.NextElement(e, root), visited++)
        {
            var name = e.LocalName;
            switch (name)
            {
                case "meta": found.Metas.Add(e); break;
                case "script" when e.HasAttribute("type"): found.TypedScripts.Add(e); break;
                case "h1": found.H1s.Add(e); break;
                case "h2": found.H2s.Add(e); break;
                case "link" when found.Canonical is null && e.GetAttribute("rel") is { } rel && HasClass(rel, "canonical"): found.Canonical = e; break;
                case "base" when found.Base is null && !string.IsNullOrWhiteSpace(e.GetAttribute("href")): found.Base = e; break;
            }
            if (visited >= MaxWalkedElements) continue;

            if (e.Attributes.Length == 0)
            {
                if (name == "time") { if (found.Times.Count < MaxTimeElements) found.Times.Add(e); }
                else if (found.MainContent is null && name is "article" or "main") found.MainContent = e;
                continue;
            }
            // Read in place: the class, id and itemprop of most elements never become strings.
            var itemprop = e.AttributeSpan("itemprop");
            var cls = e.AttributeSpan("class");
            var id = e.AttributeSpan("id");
            if (name != "meta" && (itemprop.SequenceEqual("datePublished") || itemprop.SequenceEqual("dateCreated") || itemprop.SequenceEqual("dateModified") || itemprop.SequenceEqual("uploadDate"))) found.DateMicrodata.Add(e);
            if (name == "time") { if (found.Times.Count < MaxTimeElements) found.Times.Add(e); }
            else if (name == "abbr" && e.HasAttribute("title")) found.Abbrs.Add(e);
            if (found.DateMarkers.Count < MaxDateElements && DateCandidateCollector.MayBeDateElement(name, cls, id)) found.DateMarkers.Add(e);
            if (found.AuthorCandidates.Count < MaxAuthorCandidates && MetadataReader.IsAuthorCandidate(e, name, itemprop, cls)) found.AuthorCandidates.Add(e);
            if (found.MainContent is null && IsMainContent(e, name, itemprop, cls, id)) found.MainContent = e;
        }
        return found;
    }

    private static bool IsMainContent(HtmlElement e, string name, ReadOnlySpan<char> itemprop, ReadOnlySpan<char> cls, ReadOnlySpan<char> id) =>
        name is "article" or "main" || itemprop.SequenceEqual("articleBody") || e.AttributeSpan("role").SequenceEqual("main")
        || id.SequenceEqual("content") || id.SequenceEqual("main") || (cls.Length >= 7 && HasClass(cls, "content"));

    /// <summary>
    /// <paramref name="cls"/> holds <paramref name="name"/> as a whole class, as the DOM's classList.contains would say, without
    /// building the token list: this runs for every element until the main content is found.
    /// </summary>
    internal static bool HasClass(ReadOnlySpan<char> cls, string name)
    {
        var rest = cls;
        while (rest.Length > 0)
        {
            var cut = rest.IndexOfAny(ClassSeparators);
            var token = cut < 0 ? rest : rest[..cut];
            if (token.SequenceEqual(name)) return true;
            rest = cut < 0 ? default : rest[(cut + 1)..];
        }
        return false;
    }

    // The HTML space characters that separate class names.
    private static readonly System.Buffers.SearchValues<char> ClassSeparators = System.Buffers.SearchValues.Create(" \t\n\f\r");
}
