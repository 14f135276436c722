using System.Collections.Frozen;

namespace Lede.Extraction.Rules;

/// <summary>
/// The element categories of the HTML standard's tree construction (§13.2.6), which decide where a tag closes
/// and where content goes. Only the HTML namespace's names; SVG and MathML scope boundaries are checked by name.
/// </summary>
internal static class HtmlTreeRules
{
    /// <summary>Elements with no content: never pushed on the stack of open elements.</summary>
    public static readonly FrozenSet<string> Void = Set(
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr");

    /// <summary>The standard's "special" category: they stop the search for a list item, a misnested end tag, an adoption.</summary>
    public static readonly FrozenSet<string> Special = Set(
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
        "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select",
        "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
        "track", "ul", "wbr", "xmp");

    /// <summary>Formatting elements: reopened after a block closes them, untangled by the adoption agency when misnested.</summary>
    public static readonly FrozenSet<string> Formatting = Set(
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Start tags that close an open &lt;p&gt; first.</summary>
    public static readonly FrozenSet<string> ClosesParagraph = Set(
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul");

    /// <summary>End tags that close their element when it is in scope (after closing implied ends).</summary>
    public static readonly FrozenSet<string> BlockEnd = Set(
        "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search", "section",
        "summary", "ul");

    /// <summary>Elements whose end tag is implied by the next block.</summary>
    public static readonly FrozenSet<string> ImpliedEnd = Set("dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");

    /// <summary>Elements that belong in &lt;head&gt; (and keep their place when they turn up in the body).</summary>
    public static readonly FrozenSet<string> HeadContent = Set(
        "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title");

    /// <summary>Table structure tags: outside a table they are ignored; inside a cell they close it.</summary>
    public static readonly FrozenSet<string> TableStructure = Set(
        "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");

    /// <summary>HTML start tags that end SVG or MathML content (the parser leaves foreign content for them).</summary>
    public static readonly FrozenSet<string> ForeignBreakout = Set(
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
        "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");

    /// <summary>Headings close one another.</summary>
    public static readonly FrozenSet<string> Headings = Set("h1", "h2", "h3", "h4", "h5", "h6");

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
