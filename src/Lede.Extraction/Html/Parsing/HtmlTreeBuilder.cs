using Lede.Extraction.Html.Dom;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Html.Parsing;

/// <summary>
/// Builds Lede's HTML tree from <see cref="MarkupTokenizer"/> tokens with the HTML standard's tree construction
/// (scripting off): implied html/head/body, void and raw-text elements, implied end tags, p closed by blocks,
/// tables (implied tbody/tr, foster parenting), select, SVG/MathML content, and misnested formatting
/// (reconstruction and the adoption agency). Template content is kept out of the tree, as in a browser.
/// Everything is iterative. Nesting is bounded: start tags that would open more than the depth limit of elements
/// are dropped with as many end tags (their text kept), so scope checks stay cheap on 100,000 unclosed &lt;div&gt;s;
/// the list of active formatting elements is bounded by <see cref="MaxActiveFormatting"/>. Script (all but JSON-LD)
/// and style bodies are skipped, not copied: nothing reads them.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    /// <summary>Formatting elements remembered at once; hostile pages open thousands and never close them.</summary>
    private const int MaxActiveFormatting = 48;
    /// <summary>Open elements at once, a backstop: the depth limit keeps input below it, reconstruction could add a little.</summary>
    private const int MaxOpenElements = 4096;

    // Elements whose content is text: never dropped for depth (the tokenizer must still read their body as text).
    private static readonly HashSet<string> RawTextNames = ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    private readonly MarkupTokenizer _tokenizer;
    // Nodes come from the thread's pool: a caller done with a document may give them back for the next page.
    private readonly DomNodePool _nodes = DomNodePool.Current;
    private readonly DomNodeRange _firstNode;
    // Every element's attributes side by side in a few large arrays, handed back with the document.
    private readonly AttributeSlab _attributeSlab = AttributeSlab.Rent();
    private readonly List<HtmlElement> _open = new(64);
    private readonly List<HtmlElement?> _active = new(16); // null is a marker (cell, caption, object boundary)
    private HtmlElement? _html, _head, _body, _form;
    private InsertionMode _mode = InsertionMode.Initial;
    private InsertionMode _originalMode;
    private bool _quirks;
    private bool _fostering;
    private bool _skipNewline;
    private bool _skipRawText;         // inside a script or style body nothing reads
    private readonly int _depthLimit;
    private int _droppedOpen;          // start tags dropped for depth whose end tags are still to come

    private HtmlTreeBuilder(ReadOnlyMemory<char> markup, int depthLimit)
    {
        _tokenizer = new MarkupTokenizer(markup);
        _depthLimit = depthLimit;
        _firstNode = _nodes.Mark();
    }

    /// <summary>True when start tags were dropped to respect the depth limit.</summary>
    private bool CutNesting { get; set; }

    /// <param name="depthLimit">Open elements beyond which start tags are dropped (their text is kept).</param>
    public static HtmlDocument Parse(ReadOnlyMemory<char> markup, int depthLimit = 1024)
    {
        var builder = new HtmlTreeBuilder(markup, depthLimit);
        HtmlDocument document;
        try
        {
            builder.Run();
            document = builder.Finish();
        }
        catch
        {
            // Nothing holds the half-built tree: its nodes serve the next page.
            builder._nodes.Rewind(builder._firstNode);
            throw;
        }
        if (builder.CutNesting) document.Notes = [$"markup nested deeper than {depthLimit} levels was flattened"];
        return document;
    }

    private HtmlElement Current => _open[^1];

    private void Run()
    {
        MarkupTokenKind kind;
        while ((kind = _tokenizer.Next()) != MarkupTokenKind.EndOfFile)
        {
            switch (kind)
            {
                case MarkupTokenKind.Text:
                    if (_skipRawText && _mode == InsertionMode.Text) continue;
                    var text = _tokenizer.Text();
                    if (_skipNewline)
                    {
                        _skipNewline = false;
                        if (text.Span.StartsWith('\n')) text = text[1..];
                        if (text.Length == 0) continue;
                    }
                    ProcessText(text);
                    break;
                case MarkupTokenKind.StartTag:
                    _skipNewline = false;
                    if (_open.Count >= _depthLimit && !HtmlTreeRules.Void.Contains(_tokenizer.TagName) && !RawTextNames.Contains(_tokenizer.TagName)
                        && !(_tokenizer.SelfClosing && Current.IsForeign))
                    {
                        _droppedOpen++;
                        CutNesting = true;
                        break;
                    }
                    var attributes = _tokenizer.Attributes.Count == 0 ? default : _attributeSlab.Store(_tokenizer.Attributes);
                    ProcessStart(_tokenizer.TagName, attributes, _tokenizer.SelfClosing);
                    break;
                case MarkupTokenKind.EndTag:
                    _skipNewline = false;
                    if (_droppedOpen > 0 && _mode != InsertionMode.Text && !HtmlTreeRules.Void.Contains(_tokenizer.TagName))
                    {
                        _droppedOpen--;
                        break;
                    }
                    ProcessEnd(_tokenizer.TagName);
                    break;
                case MarkupTokenKind.Doctype:
                    if (_mode == InsertionMode.Initial)
                    {
                        _quirks = _tokenizer.DoctypeIsQuirky;
                        _mode = InsertionMode.BeforeHtml;
                    }
                    break;
            }
            _tokenizer.InForeignContent = _open.Count > 0 && Current.IsForeign;
        }
    }

    private HtmlDocument Finish()
    {
        if (_html is null) InsertHtml(default);
        if (_head is null) _head = AppendNew(_html!, "head", default);
        if (_body is null)
        {
            // A page whose head never ended ("<title>x" and nothing else) still gets an empty body.
            while (_open.Count > 1) PopCurrent();
            _body = AppendNew(_html!, "body", default);
        }
        var count = Number(_html!, out var maxDepth);
        return new HtmlDocument(_html!, _head, _body)
        {
            ElementCount = count, MaxElementDepth = maxDepth, AttributeSlab = _attributeSlab, Nodes = _nodes.Since(_firstNode),
        };
    }

    private static HtmlElement AppendNew(HtmlElement parent, string name, ArraySegment<HtmlAttribute> attributes)
    {
        var e = DomNodePool.Current.Element(name, attributes);
        parent.AppendChild(e);
        return e;
    }

    // Document order, numbered once without recursion (the steps of HtmlElement.NextElementInDocument), noting the
    // deepest element on the way: a page nested no deeper than the limit needs no walk of its own to be checked.
    private static int Number(HtmlElement root, out int maxDepth)
    {
        var order = 0;
        var depth = 0;
        maxDepth = 0;
        for (var e = root; e is not null;)
        {
            e.Order = order++;
            if (depth > maxDepth) maxDepth = depth;
            if (e.FirstElementChild is { } child)
            {
                e = child;
                depth++;
                continue;
            }
            HtmlElement? next = null;
            for (HtmlElement? p = e; p is not null && p != root; p = p.Parent, depth--)
                if (p.NextElementSibling is { } sibling) { next = sibling; break; }
            e = next;
        }
        return order;
    }

    // ---- Text ----

    private void ProcessText(ReadOnlyMemory<char> text)
    {
        while (true)
        {
            switch (_mode)
            {
                case InsertionMode.Initial:
                case InsertionMode.BeforeHtml:
                case InsertionMode.BeforeHead:
                {
                    var rest = SkipSpace(text);
                    if (rest.Length == 0) return;
                    text = rest;
                    ImplyHead();
                    continue;
                }
                case InsertionMode.InHead:
                case InsertionMode.InHeadNoscript:
                case InsertionMode.AfterHead:
                {
                    var spaces = LeadingSpace(text);
                    if (spaces > 0) InsertText(text[..spaces]);
                    if (spaces == text.Length) return;
                    text = text[spaces..];
                    if (_mode == InsertionMode.InHeadNoscript) { PopCurrent(); _mode = InsertionMode.InHead; }
                    if (_mode == InsertionMode.InHead) { PopCurrent(); _mode = InsertionMode.AfterHead; }
                    InsertBody(default);
                    continue;
                }
                case InsertionMode.Text:
                    InsertText(text);
                    return;
                case InsertionMode.InTable:
                case InsertionMode.InTableBody:
                case InsertionMode.InRow:
                    if (Current.IsForeign || !IsTableContext(Current.LocalName)) { InBodyText(text); return; }
                    if (LeadingSpace(text) == text.Length) { InsertText(text); return; }
                    _fostering = true;
                    InBodyText(text);
                    _fostering = false;
                    return;
                case InsertionMode.InColumnGroup:
                {
                    var spaces = LeadingSpace(text);
                    if (spaces > 0) InsertText(text[..spaces]);
                    if (spaces == text.Length) return;
                    text = text[spaces..];
                    if (!Current.IsHtml("colgroup")) return;
                    PopCurrent();
                    _mode = InsertionMode.InTable;
                    continue;
                }
                case InsertionMode.InSelect:
                case InsertionMode.InSelectInTable:
                    InsertText(text);
                    return;
                default:
                    InBodyText(text);
                    return;
            }
        }
    }

    private void InBodyText(ReadOnlyMemory<char> text)
    {
        if (_open.Count > 0 && Current.IsForeign && !IsHtmlIntegrationPoint(Current) && !IsMathTextIntegrationPoint(Current))
        {
            InsertText(text);
            return;
        }
        ReconstructFormatting();
        InsertText(text);
    }

    private static ReadOnlyMemory<char> SkipSpace(ReadOnlyMemory<char> text) => text[LeadingSpace(text)..];

    private static int LeadingSpace(ReadOnlyMemory<char> text)
    {
        var span = text.Span;
        var i = 0;
        while (i < span.Length && span[i] is ' ' or '\t' or '\n' or '\f' or '\r') i++;
        return i;
    }

    private void InsertText(ReadOnlyMemory<char> text)
    {
        var (parent, before) = InsertionPlace();
        var previous = before is null ? parent.LastChild : before.PreviousSibling;
        if (previous is HtmlText run) { run.Data = string.Concat(run.DataSpan, text.Span); return; }
        var node = _nodes.Text(text);
        if (before is null) parent.AppendChild(node); else parent.InsertBefore(node, before);
    }

    // ---- Start tags ----

    private void ProcessStart(string name, ArraySegment<HtmlAttribute> attributes, bool selfClosing)
    {
        if (_open.Count > 0 && Current.IsForeign && !StaysHtml(name, attributes))
        {
            ForeignStart(name, attributes, selfClosing);
            return;
        }
        while (true)
        {
            switch (_mode)
            {
                case InsertionMode.Initial:
                    _quirks = true; // no doctype
                    _mode = InsertionMode.BeforeHtml;
                    continue;
                case InsertionMode.BeforeHtml:
                    if (name == "html") { InsertHtml(attributes); _mode = InsertionMode.BeforeHead; return; }
                    InsertHtml(default);
                    _mode = InsertionMode.BeforeHead;
                    continue;
                case InsertionMode.BeforeHead:
                    if (name == "html") { _html!.MergeAttributes(attributes); return; }
                    if (name == "head") { _head = Insert(name, attributes); _mode = InsertionMode.InHead; return; }
                    _head = Insert("head", default);
                    _mode = InsertionMode.InHead;
                    continue;
                case InsertionMode.InHead:
                    if (InHeadStart(name, attributes)) return;
                    if (name == "head") return;
                    PopCurrent();
                    _mode = InsertionMode.AfterHead;
                    continue;
                case InsertionMode.InHeadNoscript:
                    if (name == "html") { _html!.MergeAttributes(attributes); return; }
                    if (name is "basefont" or "bgsound" or "link" or "meta" or "noframes" or "style") { InHeadStart(name, attributes); return; }
                    if (name is "head" or "noscript") return;
                    PopCurrent();
                    _mode = InsertionMode.InHead;
                    continue;
                case InsertionMode.AfterHead:
                    if (name == "html") { _html!.MergeAttributes(attributes); return; }
                    if (name == "body") { InsertBody(attributes); return; }
                    if (HtmlTreeRules.HeadContent.Contains(name))
                    {
                        // Head content after </head> still goes into the head.
                        Push(_head!);
                        InHeadStart(name, attributes);
                        RemoveFromStack(_head!);
                        return;
                    }
                    if (name == "head") return;
                    InsertBody(default);
                    continue;
                case InsertionMode.InBody:
                case InsertionMode.Text:
                    InBodyStart(name, attributes, selfClosing);
                    return;
                case InsertionMode.InTable:
                case InsertionMode.InTableBody:
                case InsertionMode.InRow:
                    if (InTableStart(name, attributes)) continue;
                    return;
                case InsertionMode.InCell:
                    if (HtmlTreeRules.TableStructure.Contains(name))
                    {
                        if (!InTableScope("td") && !InTableScope("th")) return;
                        CloseCell();
                        continue;
                    }
                    InBodyStart(name, attributes, selfClosing);
                    return;
                case InsertionMode.InCaption:
                    if (HtmlTreeRules.TableStructure.Contains(name))
                    {
                        if (!InTableScope("caption")) return;
                        CloseCaption();
                        continue;
                    }
                    InBodyStart(name, attributes, selfClosing);
                    return;
                case InsertionMode.InColumnGroup:
                    if (name == "html") { _html!.MergeAttributes(attributes); return; }
                    if (name == "col") { InsertVoid(name, attributes); return; }
                    if (name == "template") { InHeadStart(name, attributes); return; }
                    if (!Current.IsHtml("colgroup")) return;
                    PopCurrent();
                    _mode = InsertionMode.InTable;
                    continue;
                case InsertionMode.InSelect:
                case InsertionMode.InSelectInTable:
                    if (_mode == InsertionMode.InSelectInTable && name is "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th")
                    {
                        PopUntil("select");
                        ResetMode();
                        continue;
                    }
                    if (InSelectStart(name, attributes)) continue;
                    return;
                default:
                    InBodyStart(name, attributes, selfClosing);
                    return;
            }
        }
    }

    /// <summary>Head content; true when handled.</summary>
    private bool InHeadStart(string name, ArraySegment<HtmlAttribute> attributes)
    {
        switch (name)
        {
            case "html":
                _html!.MergeAttributes(attributes);
                return true;
            case "base" or "basefont" or "bgsound" or "link" or "meta":
                InsertVoid(name, attributes);
                return true;
            case "title":
                InsertRawText(name, attributes, decodes: true);
                return true;
            case "noscript":
                // Scripting is off: <noscript> holds markup, as readers see it.
                Insert(name, attributes);
                _mode = InsertionMode.InHeadNoscript;
                return true;
            case "noframes" or "style" or "script":
                InsertRawText(name, attributes, decodes: false);
                return true;
            case "template":
                Insert(name, attributes);
                _active.Add(null);
                return true;
            default:
                return false;
        }
    }

    private void InBodyStart(string name, ArraySegment<HtmlAttribute> attributes, bool selfClosing)
    {
        switch (name)
        {
            case "html":
                _html!.MergeAttributes(attributes);
                return;
            case "body":
                _body?.MergeAttributes(attributes);
                return;
            case "head":
                return;
            case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                InHeadStart(name, attributes);
                if (_mode == InsertionMode.InHeadNoscript) _mode = InsertionMode.InBody;
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                CloseParagraphInButtonScope();
                if (HtmlTreeRules.Headings.Contains(Current.LocalName) && !Current.IsForeign) PopCurrent();
                Insert(name, attributes);
                return;
            case "pre" or "listing":
                CloseParagraphInButtonScope();
                Insert(name, attributes);
                _skipNewline = true;
                return;
            case "form":
                if (_form is not null && !OnStack("template")) return;
                CloseParagraphInButtonScope();
                var form = Insert(name, attributes);
                if (!OnStack("template")) _form = form;
                return;
            case "li":
                CloseListItem(static n => n == "li");
                CloseParagraphInButtonScope();
                Insert(name, attributes);
                return;
            case "dd" or "dt":
                CloseListItem(static n => n is "dd" or "dt");
                CloseParagraphInButtonScope();
                Insert(name, attributes);
                return;
            case "plaintext":
                CloseParagraphInButtonScope();
                Insert(name, attributes);
                _tokenizer.EnterPlainText();
                return;
            case "button":
                if (InScope("button"))
                {
                    GenerateImpliedEndTags(null);
                    PopUntil("button");
                }
                ReconstructFormatting();
                Insert(name, attributes);
                return;
            case "a":
                if (ActiveFormattingNamed("a") is { } open)
                {
                    AdoptionAgency("a");
                    _active.Remove(open);
                    RemoveFromStack(open);
                }
                ReconstructFormatting();
                PushFormatting(Insert(name, attributes));
                return;
            case "b" or "big" or "code" or "em" or "font" or "i" or "s" or "small" or "strike" or "strong" or "tt" or "u":
                ReconstructFormatting();
                PushFormatting(Insert(name, attributes));
                return;
            case "nobr":
                ReconstructFormatting();
                if (InScope("nobr"))
                {
                    AdoptionAgency("nobr");
                    ReconstructFormatting();
                }
                PushFormatting(Insert(name, attributes));
                return;
            case "applet" or "marquee" or "object":
                ReconstructFormatting();
                Insert(name, attributes);
                _active.Add(null);
                return;
            case "table":
                if (!_quirks) CloseParagraphInButtonScope();
                Insert(name, attributes);
                _mode = InsertionMode.InTable;
                return;
            case "area" or "br" or "embed" or "img" or "keygen" or "wbr":
                ReconstructFormatting();
                InsertVoid(name, attributes);
                return;
            case "image":
                ReconstructFormatting();
                InsertVoid("img", attributes);
                return;
            case "input":
                ReconstructFormatting();
                InsertVoid(name, attributes);
                return;
            case "param" or "source" or "track":
                InsertVoid(name, attributes);
                return;
            case "hr":
                CloseParagraphInButtonScope();
                InsertVoid(name, attributes);
                return;
            case "textarea":
                InsertRawText(name, attributes, decodes: true);
                _skipNewline = true;
                return;
            case "xmp":
                CloseParagraphInButtonScope();
                ReconstructFormatting();
                InsertRawText(name, attributes, decodes: false);
                return;
            case "iframe" or "noembed":
                InsertRawText(name, attributes, decodes: false);
                return;
            case "select":
                ReconstructFormatting();
                Insert(name, attributes);
                _mode = _mode is InsertionMode.InTable or InsertionMode.InCaption or InsertionMode.InTableBody or InsertionMode.InRow or InsertionMode.InCell
                    ? InsertionMode.InSelectInTable : InsertionMode.InSelect;
                return;
            case "optgroup" or "option":
                if (Current.IsHtml("option")) PopCurrent();
                ReconstructFormatting();
                Insert(name, attributes);
                return;
            case "rb" or "rtc":
                if (InScope("ruby")) GenerateImpliedEndTags(null);
                Insert(name, attributes);
                return;
            case "rp" or "rt":
                if (InScope("ruby")) GenerateImpliedEndTags("rtc");
                Insert(name, attributes);
                return;
            case "math" or "svg":
                ReconstructFormatting();
                var ns = name == "svg" ? ElementNamespace.Svg : ElementNamespace.MathMl;
                var foreign = Insert(name, attributes, ns);
                if (selfClosing) RemoveFromStack(foreign);
                return;
            case "caption" or "col" or "colgroup" or "frame" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr" or "frameset":
                return; // out of place outside a table
        }
        if (HtmlTreeRules.ClosesParagraph.Contains(name))
        {
            CloseParagraphInButtonScope();
            Insert(name, attributes);
            return;
        }
        ReconstructFormatting();
        Insert(name, attributes);
    }

    /// <summary>A start tag in table, table body or row; true when it must be processed again in the new mode.</summary>
    private bool InTableStart(string name, ArraySegment<HtmlAttribute> attributes)
    {
        if (_mode == InsertionMode.InRow)
        {
            switch (name)
            {
                case "td" or "th":
                    ClearBackTo("tr");
                    Insert(name, attributes);
                    _mode = InsertionMode.InCell;
                    _active.Add(null);
                    return false;
                case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead" or "tr":
                    if (!InTableScope("tr")) return false;
                    ClearBackTo("tr");
                    PopCurrent();
                    _mode = InsertionMode.InTableBody;
                    return true;
            }
        }
        else if (_mode == InsertionMode.InTableBody)
        {
            switch (name)
            {
                case "tr":
                    ClearBackTo("tbody", "thead", "tfoot");
                    Insert(name, attributes);
                    _mode = InsertionMode.InRow;
                    return false;
                case "th" or "td":
                    ClearBackTo("tbody", "thead", "tfoot");
                    Insert("tr", default);
                    _mode = InsertionMode.InRow;
                    return true;
                case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead":
                    if (!InTableScope("tbody") && !InTableScope("thead") && !InTableScope("tfoot")) return false;
                    ClearBackTo("tbody", "thead", "tfoot");
                    PopCurrent();
                    _mode = InsertionMode.InTable;
                    return true;
            }
        }
        switch (name)
        {
            case "caption":
                ClearBackTo("table");
                _active.Add(null);
                Insert(name, attributes);
                _mode = InsertionMode.InCaption;
                return false;
            case "colgroup":
                ClearBackTo("table");
                Insert(name, attributes);
                _mode = InsertionMode.InColumnGroup;
                return false;
            case "col":
                ClearBackTo("table");
                Insert("colgroup", default);
                _mode = InsertionMode.InColumnGroup;
                return true;
            case "tbody" or "tfoot" or "thead":
                ClearBackTo("table");
                Insert(name, attributes);
                _mode = InsertionMode.InTableBody;
                return false;
            case "td" or "th" or "tr":
                ClearBackTo("table");
                Insert("tbody", default);
                _mode = InsertionMode.InTableBody;
                return true;
            case "table":
                if (!InTableScope("table")) return false;
                PopUntil("table");
                ResetMode();
                return true;
            case "style" or "script" or "template":
                InHeadStart(name, attributes);
                return false;
            case "input" when string.Equals(TypeOf(attributes), "hidden", StringComparison.OrdinalIgnoreCase):
                InsertVoid(name, attributes);
                return false;
            case "form":
                if (_form is not null || OnStack("template")) return false;
                _form = Insert(name, attributes);
                RemoveFromStack(_form);
                return false;
        }
        _fostering = true;
        InBodyStart(name, attributes, selfClosing: false);
        _fostering = false;
        return false;
    }

    /// <summary>A start tag inside &lt;select&gt;; true when it must be processed again.</summary>
    private bool InSelectStart(string name, ArraySegment<HtmlAttribute> attributes)
    {
        switch (name)
        {
            case "html":
                _html!.MergeAttributes(attributes);
                return false;
            case "option":
                if (Current.IsHtml("option")) PopCurrent();
                Insert(name, attributes);
                return false;
            case "optgroup":
                if (Current.IsHtml("option")) PopCurrent();
                if (Current.IsHtml("optgroup")) PopCurrent();
                Insert(name, attributes);
                return false;
            case "hr":
                if (Current.IsHtml("option")) PopCurrent();
                if (Current.IsHtml("optgroup")) PopCurrent();
                InsertVoid(name, attributes);
                return false;
            case "select":
                if (!InSelectScope()) return false;
                PopUntil("select");
                ResetMode();
                return false;
            case "input" or "keygen" or "textarea":
                if (!InSelectScope()) return false;
                PopUntil("select");
                ResetMode();
                return true;
            case "script" or "template":
                InHeadStart(name, attributes);
                return false;
            default:
                return false; // everything else inside a select is dropped, as in a browser
        }
    }

    private void ForeignStart(string name, ArraySegment<HtmlAttribute> attributes, bool selfClosing)
    {
        if (HtmlTreeRules.ForeignBreakout.Contains(name) || (name == "font" && HasAny(attributes, "color", "face", "size")))
        {
            while (_open.Count > 1 && Current.IsForeign && !IsMathTextIntegrationPoint(Current) && !IsHtmlIntegrationPoint(Current)) PopCurrent();
            ProcessStart(name, attributes, selfClosing);
            return;
        }
        var e = Insert(name, attributes, Current.Namespace);
        if (selfClosing) RemoveFromStack(e);
    }

    /// <summary>At an integration point (SVG foreignObject, MathML text elements) HTML start tags are HTML again.</summary>
    private bool StaysHtml(string name, ArraySegment<HtmlAttribute> attributes)
    {
        var current = Current;
        if (IsMathTextIntegrationPoint(current) && name is not ("mglyph" or "malignmark")) return true;
        if (current.Namespace == ElementNamespace.MathMl && current.LocalName == "annotation-xml" && name == "svg") return true;
        return IsHtmlIntegrationPoint(current);
    }

    private static bool IsMathTextIntegrationPoint(HtmlElement e) =>
        e.Namespace == ElementNamespace.MathMl && e.LocalName is "mi" or "mo" or "mn" or "ms" or "mtext";

    private static bool IsHtmlIntegrationPoint(HtmlElement e) => e.Namespace switch
    {
        ElementNamespace.Svg => e.LocalName is "foreignobject" or "desc" or "title",
        ElementNamespace.MathMl => e.LocalName == "annotation-xml"
            && e.GetAttribute("encoding") is { } enc && (enc.Equals("text/html", StringComparison.OrdinalIgnoreCase) || enc.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    private static bool HasAny(ArraySegment<HtmlAttribute> attributes, params string[] names)
    {
        if (attributes.Count == 0) return false;
        foreach (var a in attributes.AsSpan()) if (Array.IndexOf(names, a.LocalName) >= 0) return true;
        return false;
    }

    /// <summary>
    /// A script body is kept when it is JSON-LD, or may be (an attribute holding '&amp;' once had a character
    /// reference: "ld&amp;#x2B;json"); every other script is code nothing reads.
    /// </summary>
    private static bool MayBeRead(ArraySegment<HtmlAttribute> attributes)
    {
        if (attributes.Count == 0) return false;
        foreach (var a in attributes.AsSpan())
            if (a.ValueSpan.Contains("ld+json", StringComparison.OrdinalIgnoreCase) || a.ValueSpan.Contains('&')) return true;
        return false;
    }

    private static string? TypeOf(ArraySegment<HtmlAttribute> attributes)
    {
        if (attributes.Count == 0) return null;
        foreach (var a in attributes.AsSpan()) if (a.LocalName == "type") return a.Value;
        return null;
    }

    // ---- End tags ----

    private void ProcessEnd(string name)
    {
        if (_open.Count > 0 && Current.IsForeign && ForeignEnd(name)) return;
        while (true)
        {
            switch (_mode)
            {
                case InsertionMode.Initial:
                case InsertionMode.BeforeHtml:
                case InsertionMode.BeforeHead:
                    if (name is not ("head" or "body" or "html" or "br")) return;
                    ImplyHead();
                    continue;
                case InsertionMode.InHead:
                    if (name == "template" && OnStack("template")) { CloseTemplate(); return; }
                    if (name is not ("head" or "body" or "html" or "br")) return;
                    PopCurrent();
                    _mode = InsertionMode.AfterHead;
                    if (name == "head") return;
                    continue;
                case InsertionMode.InHeadNoscript:
                    if (name == "noscript") { PopCurrent(); _mode = InsertionMode.InHead; return; }
                    if (name != "br") return;
                    PopCurrent();
                    _mode = InsertionMode.InHead;
                    continue;
                case InsertionMode.AfterHead:
                    if (name == "template" && OnStack("template")) { CloseTemplate(); return; }
                    if (name is not ("body" or "html" or "br")) return;
                    InsertBody(default);
                    continue;
                case InsertionMode.Text:
                    PopCurrent();
                    _mode = _originalMode;
                    return;
                case InsertionMode.InTable:
                case InsertionMode.InTableBody:
                case InsertionMode.InRow:
                    if (InTableEnd(name)) continue;
                    return;
                case InsertionMode.InCell:
                    if (name is "td" or "th")
                    {
                        if (!InTableScope(name)) return;
                        GenerateImpliedEndTags(null);
                        PopUntil(name);
                        ClearFormattingToMarker();
                        _mode = InsertionMode.InRow;
                        return;
                    }
                    if (name is "body" or "caption" or "col" or "colgroup" or "html") return;
                    if (name is "table" or "tbody" or "tfoot" or "thead" or "tr")
                    {
                        if (!InTableScope(name)) return;
                        CloseCell();
                        continue;
                    }
                    InBodyEnd(name);
                    return;
                case InsertionMode.InCaption:
                    if (name is "caption" or "table")
                    {
                        if (!InTableScope("caption")) return;
                        CloseCaption();
                        if (name == "caption") return;
                        continue;
                    }
                    if (name is "body" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr") return;
                    InBodyEnd(name);
                    return;
                case InsertionMode.InColumnGroup:
                    if (name == "colgroup") { if (Current.IsHtml("colgroup")) { PopCurrent(); _mode = InsertionMode.InTable; } return; }
                    if (name == "col") return;
                    if (name == "template" && OnStack("template")) { CloseTemplate(); return; }
                    if (!Current.IsHtml("colgroup")) return;
                    PopCurrent();
                    _mode = InsertionMode.InTable;
                    continue;
                case InsertionMode.InSelect:
                case InsertionMode.InSelectInTable:
                    if (_mode == InsertionMode.InSelectInTable && name is "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th")
                    {
                        if (!InTableScope(name)) return;
                        PopUntil("select");
                        ResetMode();
                        continue;
                    }
                    InSelectEnd(name);
                    return;
                default:
                    InBodyEnd(name);
                    return;
            }
        }
    }

    /// <summary>An end tag while SVG or MathML is current; false when it is to be handled by the HTML rules.</summary>
    private bool ForeignEnd(string name)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var node = _open[i];
            if (!node.IsForeign) return false;
            if (node.LocalName == name)
            {
                while (_open.Count > i) PopCurrent();
                return true;
            }
        }
        return true;
    }

    private bool InTableEnd(string name)
    {
        switch (name)
        {
            case "tr" when _mode == InsertionMode.InRow:
                if (!InTableScope("tr")) return false;
                ClearBackTo("tr");
                PopCurrent();
                _mode = InsertionMode.InTableBody;
                return false;
            case "table" when _mode == InsertionMode.InRow:
            case "tbody" or "tfoot" or "thead" when _mode == InsertionMode.InRow:
                if (!InTableScope(name) || !InTableScope("tr")) return false;
                ClearBackTo("tr");
                PopCurrent();
                _mode = InsertionMode.InTableBody;
                return true;
            case "tbody" or "tfoot" or "thead" when _mode == InsertionMode.InTableBody:
                if (!InTableScope(name)) return false;
                ClearBackTo("tbody", "thead", "tfoot");
                PopCurrent();
                _mode = InsertionMode.InTable;
                return false;
            case "table" when _mode == InsertionMode.InTableBody:
                if (!InTableScope("tbody") && !InTableScope("thead") && !InTableScope("tfoot")) return false;
                ClearBackTo("tbody", "thead", "tfoot");
                PopCurrent();
                _mode = InsertionMode.InTable;
                return true;
            case "table":
                if (!InTableScope("table")) return false;
                PopUntil("table");
                ResetMode();
                return false;
            case "body" or "caption" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return false;
            case "template":
                if (OnStack("template")) CloseTemplate();
                return false;
        }
        _fostering = true;
        InBodyEnd(name);
        _fostering = false;
        return false;
    }

    private void InSelectEnd(string name)
    {
        switch (name)
        {
            case "optgroup":
                if (Current.IsHtml("option") && _open.Count > 1 && _open[^2].IsHtml("optgroup")) PopCurrent();
                if (Current.IsHtml("optgroup")) PopCurrent();
                return;
            case "option":
                if (Current.IsHtml("option")) PopCurrent();
                return;
            case "select":
                if (!InSelectScope()) return;
                PopUntil("select");
                ResetMode();
                return;
            case "template":
                if (OnStack("template")) CloseTemplate();
                return;
        }
    }

    private void InBodyEnd(string name)
    {
        switch (name)
        {
            case "template":
                if (OnStack("template")) CloseTemplate();
                return;
            case "body" or "html":
                return; // what follows still goes into the body, as in a browser
            case "form":
            {
                if (OnStack("template"))
                {
                    if (!InScope("form")) return;
                    GenerateImpliedEndTags(null);
                    PopUntil("form");
                    return;
                }
                var form = _form;
                _form = null;
                if (form is null || !InScope(form)) return;
                GenerateImpliedEndTags(null);
                RemoveFromStack(form);
                return;
            }
            case "p":
                if (!InButtonScope("p")) Insert("p", default);
                CloseParagraph();
                return;
            case "li":
                if (!InListItemScope("li")) return;
                GenerateImpliedEndTags("li");
                PopUntil("li");
                return;
            case "dd" or "dt":
                if (!InScope(name)) return;
                GenerateImpliedEndTags(name);
                PopUntil(name);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (!InScopeAny(HtmlTreeRules.Headings)) return;
                GenerateImpliedEndTags(null);
                while (_open.Count > 1)
                {
                    var popped = PopCurrent();
                    if (!popped.IsForeign && HtmlTreeRules.Headings.Contains(popped.LocalName)) break;
                }
                return;
            case "applet" or "marquee" or "object":
                if (!InScope(name)) return;
                GenerateImpliedEndTags(null);
                PopUntil(name);
                ClearFormattingToMarker();
                return;
            case "br":
                ReconstructFormatting();
                InsertVoid("br", default);
                return;
        }
        if (HtmlTreeRules.BlockEnd.Contains(name))
        {
            if (!InScope(name)) return;
            GenerateImpliedEndTags(null);
            PopUntil(name);
            return;
        }
        if (HtmlTreeRules.Formatting.Contains(name))
        {
            AdoptionAgency(name);
            return;
        }
        AnyOtherEnd(name);
    }

    private void AnyOtherEnd(string name)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var node = _open[i];
            if (node.IsHtml(name))
            {
                GenerateImpliedEndTags(name);
                while (_open.Count > i) PopCurrent();
                return;
            }
            if (!node.IsForeign && HtmlTreeRules.Special.Contains(node.LocalName)) return;
        }
    }

    // ---- Formatting: reconstruction and the adoption agency ----

    private HtmlElement? ActiveFormattingNamed(string name)
    {
        for (var i = _active.Count - 1; i >= 0; i--)
        {
            var e = _active[i];
            if (e is null) return null;
            if (e.LocalName == name) return e;
        }
        return null;
    }

    private void PushFormatting(HtmlElement e)
    {
        // The standard's "Noah's Ark" clause: at most three identical entries since the last marker.
        int same = 0, earliest = -1;
        for (var i = _active.Count - 1; i >= 0 && _active[i] is { } entry; i--)
        {
            if (entry.LocalName != e.LocalName || !SameAttributes(entry, e)) continue;
            same++;
            earliest = i;
        }
        if (same >= 3) _active.RemoveAt(earliest);
        if (_active.Count >= MaxActiveFormatting) _active.RemoveAt(FirstEntryAfterLastMarker());
        _active.Add(e);
    }

    private int FirstEntryAfterLastMarker()
    {
        var i = _active.Count - 1;
        while (i > 0 && _active[i - 1] is not null) i--;
        return i;
    }

    private static bool SameAttributes(HtmlElement a, HtmlElement b)
    {
        var x = a.AttributeArray;
        var y = b.AttributeArray;
        if (x.Count != y.Count) return false;
        foreach (var attribute in x.AsSpan())
            if (b.GetAttribute(attribute.LocalName) != attribute.Value) return false;
        return true;
    }

    private void ReconstructFormatting()
    {
        if (_active.Count == 0) return;
        var last = _active[^1];
        if (last is null || last.IsOpen) return;
        var i = _active.Count - 1;
        while (i > 0 && _active[i - 1] is { IsOpen: false }) i--;
        for (; i < _active.Count; i++)
        {
            var entry = _active[i]!;
            _active[i] = Insert(entry.LocalName, entry.AttributeArray);
        }
    }

    private void ClearFormattingToMarker()
    {
        while (_active.Count > 0)
        {
            var last = _active[^1];
            _active.RemoveAt(_active.Count - 1);
            if (last is null) return;
        }
    }

    /// <summary>The HTML standard's adoption agency algorithm for the end tag of a formatting element.</summary>
    private void AdoptionAgency(string subject)
    {
        var current = Current;
        if (current.IsHtml(subject) && !_active.Contains(current))
        {
            PopCurrent();
            return;
        }
        for (var outer = 0; outer < 8; outer++)
        {
            var formatting = ActiveFormattingNamed(subject);
            if (formatting is null) { AnyOtherEnd(subject); return; }
            if (!formatting.IsOpen) { _active.Remove(formatting); return; }
            if (!InScope(formatting)) return;
            var formattingIndex = _open.LastIndexOf(formatting);
            HtmlElement? furthestBlock = null;
            for (var i = formattingIndex + 1; i < _open.Count; i++)
            {
                if (!_open[i].IsForeign && HtmlTreeRules.Special.Contains(_open[i].LocalName)) { furthestBlock = _open[i]; break; }
            }
            if (furthestBlock is null)
            {
                while (_open.Count > formattingIndex) PopCurrent();
                _active.Remove(formatting);
                return;
            }
            var commonAncestor = _open[formattingIndex - 1];
            var bookmark = _active.IndexOf(formatting);
            var node = furthestBlock;
            var lastNode = furthestBlock;
            var nodeIndex = _open.IndexOf(furthestBlock);
            for (var inner = 1; ; inner++)
            {
                nodeIndex--;
                node = _open[nodeIndex];
                if (node == formatting) break;
                var activeIndex = _active.IndexOf(node);
                if (inner > 3 && activeIndex >= 0)
                {
                    _active.RemoveAt(activeIndex);
                    if (activeIndex < bookmark) bookmark--;
                    activeIndex = -1;
                }
                if (activeIndex < 0)
                {
                    RemoveFromStackAt(nodeIndex);
                    continue;
                }
                var clone = _nodes.Element(node.LocalName, node.AttributeArray, node.Namespace);
                _active[activeIndex] = clone;
                ReplaceInStack(nodeIndex, clone);
                node = clone;
                if (lastNode == furthestBlock) bookmark = activeIndex + 1;
                lastNode.Parent?.RemoveChild(lastNode);
                AppendTo(node, lastNode);
                lastNode = node;
            }
            lastNode.Parent?.RemoveChild(lastNode);
            if (IsTableContext(commonAncestor.LocalName) && !commonAncestor.IsForeign)
            {
                var (parent, before) = FosterPlace();
                if (before is null) parent.AppendChild(lastNode); else parent.InsertBefore(lastNode, before);
            }
            else AppendTo(commonAncestor, lastNode);
            var adopted = _nodes.Element(formatting.LocalName, formatting.AttributeArray, formatting.Namespace);
            furthestBlock.MoveChildrenTo(adopted);
            furthestBlock.AppendChild(adopted);
            var formattingAt = _active.IndexOf(formatting);
            _active.RemoveAt(formattingAt);
            if (formattingAt < bookmark) bookmark--;
            _active.Insert(Math.Clamp(bookmark, 0, _active.Count), adopted);
            RemoveFromStack(formatting);
            var blockIndex = _open.IndexOf(furthestBlock);
            _open.Insert(blockIndex + 1, adopted);
            adopted.IsOpen = true;
        }
    }

    // ---- Insertion ----

    private void InsertHtml(ArraySegment<HtmlAttribute> attributes)
    {
        _html = _nodes.Element("html", attributes);
        Push(_html);
    }

    private void ImplyHead()
    {
        if (_mode is InsertionMode.Initial) _quirks = true;
        if (_html is null) InsertHtml(default);
        if (_head is null) _head = Insert("head", default);
        if (_mode is InsertionMode.Initial or InsertionMode.BeforeHtml or InsertionMode.BeforeHead) _mode = InsertionMode.InHead;
    }

    private void InsertBody(ArraySegment<HtmlAttribute> attributes)
    {
        _body = Insert("body", attributes);
        _mode = InsertionMode.InBody;
    }

    private HtmlElement Insert(string name, ArraySegment<HtmlAttribute> attributes, ElementNamespace ns = ElementNamespace.Html)
    {
        var e = _nodes.Element(name, attributes, ns);
        var (parent, before) = InsertionPlace();
        if (before is null) AppendTo(parent, e); else parent.InsertBefore(e, before);
        if (ns == ElementNamespace.Html && HtmlTreeRules.Void.Contains(name)) return e;
        Push(e);
        return e;
    }

    private void InsertVoid(string name, ArraySegment<HtmlAttribute> attributes)
    {
        var e = Insert(name, attributes);
        if (e.IsOpen) RemoveFromStack(e);
    }

    private void InsertRawText(string name, ArraySegment<HtmlAttribute> attributes, bool decodes)
    {
        Insert(name, attributes);
        _skipRawText = name == "style" || (name == "script" && !MayBeRead(attributes));
        _tokenizer.EnterRawText(name, decodes);
        _originalMode = _mode;
        _mode = InsertionMode.Text;
    }

    /// <summary>Where the next node goes: the current node, or before the table when foster parenting applies.</summary>
    private (HtmlElement Parent, HtmlNode? Before) InsertionPlace()
    {
        var target = Current;
        if (_fostering && !target.IsForeign && IsTableContext(target.LocalName)) return FosterPlace();
        return (target, null);
    }

    /// <summary>Content misplaced inside a table goes just before the table.</summary>
    private (HtmlElement Parent, HtmlNode? Before) FosterPlace()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var e = _open[i];
            if (e.IsHtml("template")) return (e.TemplateContent ??= new HtmlElement("#content", default), null);
            if (!e.IsHtml("table")) continue;
            if (e.Parent is { } parent) return (parent, e);
            return (_open[i - 1], null);
        }
        return (_open[0], null);
    }

    private static bool IsTableContext(string name) => name is "table" or "tbody" or "tfoot" or "thead" or "tr";

    private static void AppendTo(HtmlElement parent, HtmlNode node)
    {
        if (parent.IsHtml("template")) (parent.TemplateContent ??= new HtmlElement("#content", default)).AppendChild(node);
        else parent.AppendChild(node);
    }

    // ---- The stack of open elements ----

    private void Push(HtmlElement e)
    {
        if (_open.Count >= MaxOpenElements) return; // content goes to the deepest open element instead
        _open.Add(e);
        e.IsOpen = true;
    }

    private HtmlElement PopCurrent()
    {
        var e = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        e.IsOpen = false;
        return e;
    }

    private void RemoveFromStack(HtmlElement e)
    {
        var at = _open.LastIndexOf(e);
        if (at > 0) RemoveFromStackAt(at);
    }

    private void RemoveFromStackAt(int at)
    {
        var e = _open[at];
        _open.RemoveAt(at);
        e.IsOpen = false;
    }

    private void ReplaceInStack(int at, HtmlElement replacement)
    {
        _open[at].IsOpen = false;
        _open[at] = replacement;
        replacement.IsOpen = true;
    }

    private void PopUntil(string name)
    {
        while (_open.Count > 1)
            if (PopCurrent().IsHtml(name)) return;
    }

    private void ClearBackTo(params string[] names)
    {
        while (_open.Count > 1 && !(Current.IsHtml("html") || Current.IsHtml("template") || (!Current.IsForeign && Array.IndexOf(names, Current.LocalName) >= 0)))
            PopCurrent();
    }

    private void CloseTemplate()
    {
        GenerateImpliedEndTags(null);
        PopUntil("template");
        ClearFormattingToMarker();
        ResetMode();
    }

    private void CloseCell()
    {
        GenerateImpliedEndTags(null);
        while (_open.Count > 1)
        {
            var popped = PopCurrent();
            if (popped.IsHtml("td") || popped.IsHtml("th")) break;
        }
        ClearFormattingToMarker();
        _mode = InsertionMode.InRow;
    }

    private void CloseCaption()
    {
        GenerateImpliedEndTags(null);
        PopUntil("caption");
        ClearFormattingToMarker();
        _mode = InsertionMode.InTable;
    }

    private void CloseParagraphInButtonScope()
    {
        if (InButtonScope("p")) CloseParagraph();
    }

    private void CloseParagraph()
    {
        GenerateImpliedEndTags("p");
        PopUntil("p");
    }

    private void CloseListItem(Func<string, bool> isItem)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var node = _open[i];
            if (!node.IsForeign && isItem(node.LocalName))
            {
                GenerateImpliedEndTags(node.LocalName);
                while (_open.Count > i) PopCurrent();
                return;
            }
            if (!node.IsForeign && HtmlTreeRules.Special.Contains(node.LocalName) && node.LocalName is not ("address" or "div" or "p")) return;
            if (node.IsForeign && IsScopeBoundary(node)) return;
        }
    }

    private void GenerateImpliedEndTags(string? except)
    {
        while (_open.Count > 1 && !Current.IsForeign && HtmlTreeRules.ImpliedEnd.Contains(Current.LocalName) && Current.LocalName != except)
            PopCurrent();
    }

    private bool OnStack(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--) if (_open[i].IsHtml(name)) return true;
        return false;
    }

    private void ResetMode()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var node = _open[i];
            var last = i == 0;
            if (node.IsForeign) { if (last) break; continue; }
            switch (node.LocalName)
            {
                case "select":
                    for (var j = i - 1; j > 0; j--)
                    {
                        if (_open[j].IsHtml("template")) break;
                        if (_open[j].IsHtml("table")) { _mode = InsertionMode.InSelectInTable; return; }
                    }
                    _mode = InsertionMode.InSelect;
                    return;
                case "td" or "th" when !last: _mode = InsertionMode.InCell; return;
                case "tr": _mode = InsertionMode.InRow; return;
                case "tbody" or "thead" or "tfoot": _mode = InsertionMode.InTableBody; return;
                case "caption": _mode = InsertionMode.InCaption; return;
                case "colgroup": _mode = InsertionMode.InColumnGroup; return;
                case "table": _mode = InsertionMode.InTable; return;
                case "template": _mode = InsertionMode.InBody; return;
                case "head" when !last: _mode = InsertionMode.InHead; return;
                case "body": _mode = InsertionMode.InBody; return;
                case "html": _mode = _head is null ? InsertionMode.BeforeHead : _body is null ? InsertionMode.AfterHead : InsertionMode.InBody; return;
            }
        }
        _mode = InsertionMode.InBody;
    }

    // ---- Scopes ----

    private static bool IsScopeBoundary(HtmlElement e) => e.Namespace switch
    {
        ElementNamespace.Html => e.LocalName is "applet" or "caption" or "html" or "table" or "td" or "th" or "marquee" or "object" or "template",
        ElementNamespace.MathMl => e.LocalName is "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml",
        _ => e.LocalName is "foreignobject" or "desc" or "title",
    };

    private bool InScope(string name) => InScope(name, extra: null);
    private bool InButtonScope(string name) => InScope(name, extra: "button");

    private bool InListItemScope(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var e = _open[i];
            if (e.IsHtml(name)) return true;
            if (IsScopeBoundary(e) || e.IsHtml("ol") || e.IsHtml("ul")) return false;
        }
        return false;
    }

    private bool InScope(string name, string? extra)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var e = _open[i];
            if (e.IsHtml(name)) return true;
            if (IsScopeBoundary(e) || (extra is not null && e.IsHtml(extra))) return false;
        }
        return false;
    }

    private bool InScope(HtmlElement target)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var e = _open[i];
            if (e == target) return true;
            if (IsScopeBoundary(e)) return false;
        }
        return false;
    }

    private bool InScopeAny(IReadOnlySet<string> names)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var e = _open[i];
            if (!e.IsForeign && names.Contains(e.LocalName)) return true;
            if (IsScopeBoundary(e)) return false;
        }
        return false;
    }

    private bool InTableScope(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var e = _open[i];
            if (e.IsHtml(name)) return true;
            if (e.IsHtml("html") || e.IsHtml("table") || e.IsHtml("template")) return false;
        }
        return false;
    }

    private bool InSelectScope()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var e = _open[i];
            if (e.IsHtml("select")) return true;
            if (!(e.IsHtml("optgroup") || e.IsHtml("option"))) return false;
        }
        return false;
    }
}
