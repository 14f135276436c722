using System.Text;
using Lede.Extraction.Metadata;
using Lede.Extraction.Model;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Html;

/// <summary>
/// Walks the chosen nodes once (iteratively) and writes them as blocks of text and inline HTML,
/// leaving out furniture (chrome tags, boilerplate classes, link- or form-heavy boxes) and moving
/// images with their captions and credits to <see cref="Images"/>.
/// </summary>
internal sealed class ContentWriter
{
    private readonly ExtractionFlags _flags;
    private readonly Uri? _baseUri;
    private readonly int _rootParagraphChars;
    private readonly List<ContentBlock> _blocks = [];
    private readonly List<ArticleImage> _images = [];
    private readonly HashSet<string> _imageUrls = new(StringComparer.Ordinal);
    // The block being written; the thread's builders, taken for the walk and given back after it (Write), so that
    // they grow to the longest block once rather than on every page (a builder cleared after growing allocates anew).
    private readonly StringBuilder _text = Take(ref _spareText, 256);
    private readonly StringBuilder _html = Take(ref _spareHtml, 512);
    [ThreadStatic] private static StringBuilder? _spareText, _spareHtml;
    private const int MaxKeptBuilderChars = 64 * 1024;
    private bool _pendingSpace;
    // A source label closed just now ("<cite>Hong Kong (CNN Business)</cite>A muddled view"): pages set it apart with
    // style, not a space, so a word glued to it gets one; punctuation does not ("<cite>The Times</cite>, which").
    private bool _spaceBeforeWord;
    private ContentNode? _root; // the chosen node being written

    private ContentWriter(ExtractionFlags flags, Uri? baseUri, int rootParagraphChars)
    {
        _flags = flags;
        _baseUri = baseUri;
        _rootParagraphChars = rootParagraphChars;
    }

    public IReadOnlyList<ContentBlock> Blocks => _blocks;
    public IReadOnlyList<ArticleImage> Images => _images;

    /// <summary>Where the writer stands: the kind of block being filled and what encloses it.</summary>
    private readonly record struct Context(BlockKind Kind, int Level, bool Ordered, bool DataTable, int CellDepth);

    /// <summary>One step of the walk; <paramref name="At"/> is the node's place among its parent's children (-1 for the root).</summary>
    private readonly record struct Step(ContentNode Node, bool Exit, Context Saved, int At = -1);

    public static ContentWriter Write(IReadOnlyList<ContentNode> roots, ExtractionFlags flags, Uri? baseUri)
    {
        var writer = new ContentWriter(flags, baseUri, roots.Sum(r => r.ParagraphChars));
        if (roots.Count > 0) writer.CollectLeadFigures(roots);
        foreach (var root in roots) writer.WriteRoot(root);
        GiveBack(ref _spareText, writer._text);
        GiveBack(ref _spareHtml, writer._html);
        return writer;
    }

    private static StringBuilder Take(ref StringBuilder? spare, int capacity)
    {
        var builder = spare ?? new StringBuilder(capacity);
        spare = null;
        return builder;
    }

    private static void GiveBack(ref StringBuilder? spare, StringBuilder builder)
    {
        builder.Clear();
        if (builder.Capacity <= MaxKeptBuilderChars) spare = builder;
    }

    /// <summary>
    /// The lead photo often sits beside the body, not in it: figures in the story's enclosing
    /// article (or the body's parent) are the story's images too, unless they sit in furniture.
    /// </summary>
    private void CollectLeadFigures(IReadOnlyList<ContentNode> roots)
    {
        var scope = roots[0].Parent;
        for (var (node, level) = (roots[0].Parent, 0); node is not null && level < 4; node = node.Parent, level++)
            if ((node.Kind & TagKind.Semantic) != 0) { scope = node; break; }
        if (scope is null) return;
        var stack = new Stack<ContentNode>();
        stack.Push(scope);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.IsText || (node != scope && roots.Contains(node))) continue;
            if (node != scope && ((node.Kind & TagKind.Chrome) != 0 || (node.Hint & (ClassHint.Boilerplate | ClassHint.Unlikely)) != 0)) continue;
            if ((node.Kind & TagKind.Figure) != 0) { AddFigure(node); continue; }
            if (node.Children is { } children)
                for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    private void WriteRoot(ContentNode root)
    {
        _root = root;
        var context = new Context(BlockKind.Paragraph, 0, false, false, 0);
        // One walk stack per thread (the walk empties it): every attempt on every page would otherwise grow a new one.
        var stack = _steps ??= new Stack<Step>(64);
        stack.Clear();
        var peak = 0;
        stack.Push(new Step(root, false, context));
        while (stack.Count > 0)
        {
            var step = stack.Pop();
            var node = step.Node;
            if (step.Exit)
            {
                Leave(node, context);
                context = step.Saved;
                continue;
            }
            if (node.IsText)
            {
                AppendText(node.Text.Span, context.Kind == BlockKind.Preformatted);
                continue;
            }
            var kind = node.Kind;
            if (node != root)
            {
                if ((kind & TagKind.Image) != 0) { AddImage(node); continue; }
                if ((kind & TagKind.LineBreak) != 0) { AppendBreak(); continue; }
                // A figure holding a table and no picture is a table with a title: its rows are the story's.
                if ((kind & TagKind.Figure) != 0 && !(node.Tables > 0 && node.Images == 0)) { AddFigure(node); continue; }
                if ((kind & TagKind.Caption) != 0 || (node.Hint & (ClassHint.Caption | ClassHint.Credit)) != 0) { AttachCaption(node); continue; }
                if (IsLeftOut(node, step.At, context)) continue;
            }
            var saved = context;
            if ((kind & TagKind.Block) != 0)
            {
                if (context.CellDepth > 0)
                {
                    // Blocks inside a table cell stay on the row's line.
                    _pendingSpace = _text.Length > 0;
                    if ((kind & TagKind.TableCell) != 0) context = context with { CellDepth = context.CellDepth + 1 };
                }
                else if (context.DataTable && (kind & TagKind.TableCell) != 0)
                {
                    if (_text.Length > 0) { _text.Append('\t'); _pendingSpace = false; }
                    _html.Append(node.Tag == "th" ? "<th>" : "<td>");
                    context = context with { CellDepth = 1 };
                }
                else
                {
                    Flush(context);
                    context = Enter(node, context);
                }
            }
            else if (node.BlockChildren == 0)
            {
                OpenInline(node);
            }
            stack.Push(new Step(node, true, saved));
            if (node.Children is { } children)
                for (var i = children.Count - 1; i >= 0; i--) stack.Push(new Step(children[i], false, context, i));
            peak = Math.Max(peak, stack.Count);
        }
        // A huge page's stack is not kept for the next one.
        if (peak > MaxKeptSteps) _steps = null;
        Flush(context);
    }

    private const int MaxKeptSteps = 1 << 14;
    [ThreadStatic] private static Stack<Step>? _steps;

    private Context Enter(ContentNode node, Context context)
    {
        var kind = node.Kind;
        if ((kind & TagKind.Heading) != 0) return context with { Kind = BlockKind.Heading, Level = node.Tag[1] - '0' };
        if ((kind & TagKind.ListItem) != 0) return context with { Kind = context.Ordered ? BlockKind.OrderedListItem : BlockKind.ListItem };
        if ((kind & TagKind.List) != 0) return context with { Ordered = node.Tag == "ol" };
        if ((kind & TagKind.Quote) != 0) return context with { Kind = BlockKind.Quote };
        if ((kind & TagKind.Preformatted) != 0) return context with { Kind = BlockKind.Preformatted };
        if ((kind & TagKind.Table) != 0) return context with { DataTable = IsDataTable(node) };
        if ((kind & TagKind.TableRow) != 0 && context.DataTable) return context with { Kind = BlockKind.TableRow };
        return context;
    }

    private void Leave(ContentNode node, Context context)
    {
        var kind = node.Kind;
        if ((kind & TagKind.Block) != 0)
        {
            if (context.DataTable && context.CellDepth == 1 && (kind & TagKind.TableCell) != 0)
            {
                _html.Append(node.Tag == "th" ? "</th>" : "</td>");
                return;
            }
            if (context.CellDepth > 0) { _pendingSpace = _text.Length > 0; return; }
            Flush(context);
            return;
        }
        if (node.BlockChildren == 0) CloseInline(node);
    }

    // Readability's _isDataTable, reduced: no nested tables and rows short enough to be data, not layout.
    private static bool IsDataTable(ContentNode table) =>
        table.Tables == 0 && table.Rows > 0 && table.TextChars / table.Rows < 400 && table.Paragraphs <= table.Rows;

    private bool IsLeftOut(ContentNode node, int at, Context context)
    {
        var kind = node.Kind;
        var hint = node.Hint;
        // A <header> that holds most of the story is a layout box (a component's "description" part), not the page's head.
        if ((kind & TagKind.Chrome) != 0) return node.Tag != "header" || (hint & ClassHint.Boilerplate) != 0 || !HoldsStory(node, _root!.ParagraphChars);
        if (node.Tag == "h1") return true; // the headline is metadata, not body
        // A heading that is wholly a link names another page (a teaser), not a part of this story.
        if ((kind & TagKind.Heading) != 0 && node.TextChars > 0 && node.LinkChars >= BoilerplateRules.LinkedHeadingShare * node.TextChars) return true;
        // A box named like furniture that holds most of the story is the story (trafilatura's backup rule).
        // A list so named is teasers with their excerpts ("related_post" items), however long.
        if ((hint & ClassHint.Boilerplate) != 0 && !(HoldsStory(node, _rootParagraphChars) && (kind & TagKind.List) == 0) && !InRunningText(node, at)) return true;
        if ((_flags & ExtractionFlags.CleanConditionally) != 0 && context.CellDepth == 0 && IsJunkBox(node)) return true;
        return false;
    }

    /// <summary>
    /// A link or span inside a sentence ("The &lt;a id="auto-tag_band"&gt;Band&lt;/a&gt; will tour"): its furniture-like
    /// name is the site's tagging, and leaving it out would cut words out of the story's sentence. <paramref name="at"/> is
    /// the node's place among its siblings, carried by the walk: looking it up would cost a scan of them per link.
    /// </summary>
    private static bool InRunningText(ContentNode node, int at)
    {
        if ((node.Kind & TagKind.Inline) == 0 || (node.Hint & ClassHint.Hidden) != 0 || node.TextChars == 0
            || node.Parent?.Children is not { } siblings) return false;
        if (at <= 0 || at + 1 >= siblings.Count || !siblings[at - 1].IsText || !siblings[at + 1].IsText) return false;
        var before = siblings[at - 1].Text.Span;
        var after = siblings[at + 1].Text.Span.TrimStart();
        // ", <a>X</a>, " between commas is an item of a list of tags, not a word of a sentence.
        return EndsInWord(before) && StartsSentenceGoingOn(siblings[at + 1].Text.Span) && !(before.TrimEnd().EndsWith(',') && after.StartsWith(','));

        static bool EndsInWord(ReadOnlySpan<char> text)
        {
            var trimmed = text.TrimEnd();
            return trimmed.Length > 0 && trimmed.Length < text.Length && (char.IsLetterOrDigit(trimmed[^1]) || trimmed[^1] == ',');
        }

        static bool StartsSentenceGoingOn(ReadOnlySpan<char> text)
        {
            var trimmed = text.TrimStart();
            // " will tour", "’s", ", who", "." — the sentence goes on or ends right after the link.
            return trimmed.Length > 0 && (char.IsLower(trimmed[0]) && trimmed.Length < text.Length || trimmed[0] is ',' or ';' or '.' or '’' or '\'' or ')');
        }
    }

    private static bool HoldsStory(ContentNode node, int storyChars) =>
        node.ParagraphChars > BoilerplateRules.StoryBoxMinChars && node.ParagraphChars > BoilerplateRules.StoryBoxShare * storyChars
        && (node.Hint & ClassHint.Unlikely) == 0;

    /// <summary>Readability's _cleanConditionally: a box whose links, images or form fields outweigh its text.</summary>
    private bool IsJunkBox(ContentNode node)
    {
        // Ingredient lists link their items to shops and glossaries: the links do not make them furniture.
        if (((node.Hint | (node.Parent?.Hint ?? ClassHint.None)) & ClassHint.Ingredients) != 0) return false;
        var kind = node.Kind;
        if ((kind & TagKind.Paragraph) != 0)
            return node.TextChars > 0
                && (node.TextChars < 150 && node.LinkChars >= 0.9 * node.TextChars
                    // Several links with little else between them are a link list set as one paragraph ("Don't miss: …").
                    || node.LinkChars >= BoilerplateRules.LinkListParagraphShare * node.TextChars && CountLinks(node, 2) >= 2);
        var isList = (kind & TagKind.List) != 0;
        var isTable = (kind & TagKind.Table) != 0;
        if (!isList && !isTable && (kind & TagKind.Form) == 0 && node.Tag is not ("div" or "section" or "fieldset" or "center" or "details" or "article"))
            return false;
        var weight = (_flags & ExtractionFlags.WeightClasses) != 0 ? CandidateScorer.ClassWeight(node) : 0;
        // Readability weighs the class against the box's own paragraph score ("widget" holding a story stays).
        if (weight < 0 && !(node.IsCandidate && node.Score + weight >= 0)) return true;
        if (node.Commas >= 10) return false;
        if (isTable && IsDataTable(node)) return false;
        var paragraphs = node.Paragraphs;
        var density = node.LinkDensity;
        if (node.Images > 1 && paragraphs * 2 < node.Images && node.TextChars < 200) return true;
        if (node.FormControls > 0 && node.FormControls > paragraphs / 3) return true;
        if (!isList && node.TextChars < BoilerplateRules.MinParagraphChars && (node.Images == 0 || node.Images > 2) && density > 0) return true;
        // An embedded post set as a quotation ("<div><blockquote class=twitter-tweet>"): its address, handle and date links
        // are the post's, and a quotation reads as text unless links make most of it.
        if (!isList && weight < BoilerplateRules.ClassWeight && density > 0.2 && !(density <= 0.5 && IsQuotation(node))) return true;
        if (weight >= BoilerplateRules.ClassWeight && density > 0.5) return true;
        if (isList && density > 0.5) return true;
        return false;
    }

    /// <summary>A box whose text lies nearly all (90 %) in quotations among its children or grandchildren.</summary>
    private static bool IsQuotation(ContentNode node)
    {
        if (node.Children is not { } children || node.TextChars == 0) return false;
        var quoted = 0;
        foreach (var child in children.AsSpan())
        {
            if (child.IsText) continue;
            if ((child.Kind & TagKind.Quote) != 0) quoted += child.TextChars;
            else if (child.Children is { } grandchildren)
                foreach (var grandchild in grandchildren.AsSpan())
                    if (!grandchild.IsText && (grandchild.Kind & TagKind.Quote) != 0) quoted += grandchild.TextChars;
        }
        return quoted >= 0.9 * node.TextChars;
    }

    /// <summary>Links in the subtree, counted up to <paramref name="enough"/>.</summary>
    private static int CountLinks(ContentNode node, int enough)
    {
        if (node.Children is not { } children) return 0;
        var count = 0;
        foreach (var child in children.AsSpan())
        {
            if (child.IsText) continue;
            // A link's own LinkChars is 0: the builder counts link text at the link's parent.
            if ((child.Kind & TagKind.Link) != 0) count++;
            else if (child.LinkChars > 0) count += CountLinks(child, enough - count);
            if (count >= enough) break;
        }
        return count;
    }

    private void OpenInline(ContentNode node)
    {
        var kind = node.Kind;
        if ((kind & (TagKind.Link | TagKind.Emphasis | TagKind.Strong)) != 0 && _pendingSpace && _text.Length > 0 && _text[^1] != '\n')
        {
            // The space before an opening tag goes outside it: "full <em>harvest</em>".
            _text.Append(' ');
            _html.Append(' ');
            _pendingSpace = false;
        }
        if ((kind & TagKind.Link) != 0)
        {
            if (ResolveLink(node.Element!.GetAttribute("href")) is { } href)
            {
                _html.Append("<a href=\"");
                AppendEncoded(_html, href);
                _html.Append("\">");
            }
        }
        else if ((kind & TagKind.Emphasis) != 0) _html.Append("<em>");
        else if ((kind & TagKind.Strong) != 0) _html.Append("<strong>");
    }

    private void CloseInline(ContentNode node)
    {
        var kind = node.Kind;
        if ((kind & TagKind.Link) != 0)
        {
            if (ResolveLink(node.Element!.GetAttribute("href")) is not null) _html.Append("</a>");
        }
        else if ((kind & TagKind.Emphasis) != 0) _html.Append("</em>");
        else if ((kind & TagKind.Strong) != 0) _html.Append("</strong>");
        if (node.Tag == "cite" && node.TextChars > 0) _spaceBeforeWord = true;
    }

    private void AppendText(ReadOnlySpan<char> data, bool preformatted)
    {
        foreach (var c in data)
        {
            if (c == '\u200b' || c == '\u00ad' || c == '\ufeff') continue;
            if (!preformatted && char.IsWhiteSpace(c)) { _pendingSpace = _text.Length > 0; continue; }
            if (preformatted && (c == '\n' || c == '\r'))
            {
                if (c == '\n') { _text.Append('\n'); _html.Append("<br>"); }
                continue;
            }
            if (_pendingSpace || _spaceBeforeWord && char.IsLetterOrDigit(c))
            {
                if (_text.Length > 0 && _text[^1] != '\n') { _text.Append(' '); _html.Append(' '); }
                _pendingSpace = false;
            }
            _spaceBeforeWord = false;
            _text.Append(c);
            AppendEncoded(_html, c);
        }
    }

    private void AppendBreak()
    {
        if (_text.Length == 0 || _text[^1] == '\n') return;
        _text.Append('\n');
        _html.Append("<br>");
        _pendingSpace = false;
    }

    private void Flush(Context context)
    {
        var end = _text.Length;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1])) end--;
        if (end > 0 && HasWord(_text, end))
        {
            var text = _text.ToString(0, end);
            // Trailing white space and line breaks trimmed in the builder: one string made, not one per trim.
            var htmlEnd = TrimmedEnd(_html, _html.Length);
            while (htmlEnd >= 4 && _html[htmlEnd - 4] == '<' && _html[htmlEnd - 3] == 'b' && _html[htmlEnd - 2] == 'r' && _html[htmlEnd - 1] == '>')
                htmlEnd = TrimmedEnd(_html, htmlEnd - 4);
            _blocks.Add(new ContentBlock(context.Kind, text, _html.ToString(0, htmlEnd), context.Level));
        }
        _text.Clear();
        _html.Clear();
        _pendingSpace = false;
        _spaceBeforeWord = false;
    }

    // Wire copy separates its parts with a line of underscores ("___"): part of the story as filed, so it stays.
    private static int TrimmedEnd(StringBuilder sb, int end)
    {
        while (end > 0 && char.IsWhiteSpace(sb[end - 1])) end--;
        return end;
    }

    private static bool HasWord(StringBuilder text, int end)
    {
        var underscores = 0;
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c)) return true;
            if (c == '_') underscores++;
        }
        return underscores >= 3 && underscores == end;
    }

    private void AddImage(ContentNode node, string? caption = null, string? credit = null)
    {
        if (ImageUrl(node) is not { } url || !_imageUrls.Add(url)) return;
        _images.Add(new ArticleImage(url, caption, credit));
    }

    private void AddFigure(ContentNode figure)
    {
        var images = new List<ContentNode>();
        StringBuilder? caption = null, credit = null;
        var stack = new Stack<ContentNode>();
        stack.Push(figure);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if ((node.Kind & TagKind.Image) != 0) { images.Add(node); continue; }
            if (node != figure && ((node.Kind & TagKind.Caption) != 0 || (node.Hint & (ClassHint.Caption | ClassHint.Credit)) != 0))
            {
                var isCredit = (node.Hint & ClassHint.Credit) != 0 && (node.Hint & ClassHint.Caption) == 0;
                var target = isCredit ? credit ??= new StringBuilder() : caption ??= new StringBuilder();
                CollectCaptionText(node, target, credit ??= new StringBuilder());
                continue;
            }
            if (node.Children is { } children)
                for (var i = children.Count - 1; i >= 0; i--) if (!children[i].IsText) stack.Push(children[i]);
        }
        var creditText = credit is { Length: > 0 } ? credit.ToString().Trim() : null;
        var (captionText, creditOut) = CaptionParser.Split(caption?.ToString(), creditText);
        var first = true;
        foreach (var image in images)
        {
            AddImage(image, first ? captionText : null, first ? creditOut : null);
            first = false;
        }
    }

    /// <summary>A caption outside a figure belongs to the image just before it.</summary>
    private void AttachCaption(ContentNode node)
    {
        if (node.Images > 0)
        {
            AddFigure(node);
            return;
        }
        if (_images.Count == 0) return;
        var last = _images[^1];
        var caption = new StringBuilder();
        var credit = new StringBuilder();
        if ((node.Hint & ClassHint.Credit) != 0 && (node.Hint & ClassHint.Caption) == 0)
        {
            CollectCaptionText(node, credit, credit);
            if (last.Credit is null) _images[^1] = last with { Credit = CaptionParser.Split(null, credit.ToString()).Credit };
            return;
        }
        if (last.Caption is not null) return;
        CollectCaptionText(node, caption, credit);
        var (text, creditText) = CaptionParser.Split(caption.ToString(), credit.Length > 0 ? credit.ToString().Trim() : null);
        _images[^1] = last with { Caption = text, Credit = last.Credit ?? creditText };
    }

    /// <summary>Text of a caption subtree; nested credit elements go to <paramref name="credit"/> as well.</summary>
    private static void CollectCaptionText(ContentNode root, StringBuilder caption, StringBuilder credit)
    {
        var stack = new Stack<ContentNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.IsText)
            {
                AppendCollapsed(caption, node.Text.Span);
                continue;
            }
            if (node != root && (node.Hint & ClassHint.Credit) != 0 && credit != caption)
            {
                var start = credit.Length;
                CollectCaptionText(node, credit, credit);
                if (credit.Length > start) AppendCollapsed(caption, credit.ToString(start, credit.Length - start));
                continue;
            }
            if ((node.Kind & TagKind.Block) != 0 && caption.Length > 0 && caption[^1] != ' ') caption.Append(' ');
            if (node.Children is { } children)
                for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    private static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); continue; }
            sb.Append(c);
        }
    }

    /// <summary>
    /// The image's address in the form the page's declared images take (<see cref="MetadataReader.Resolve(string?, Uri?)"/>): an absolute
    /// address as the page writes it, a relative one resolved, so that one picture is one string in the article's images.
    /// </summary>
    private string? ImageUrl(ContentNode node)
    {
        var e = node.Element!;
        if (int.TryParse(e.GetAttribute("width"), out var w) && w is > 0 and <= 2) return null;
        if (int.TryParse(e.GetAttribute("height"), out var h) && h is > 0 and <= 2) return null;
        return ImageSource.Choose(e) is { } source ? MetadataReader.Resolve(source, _baseUri) : null;
    }

    /// <summary>A link's address in the form the article's images take: absolute as written, relative resolved (<see cref="MetadataReader.Resolve(string?, Uri?)"/>).</summary>
    private string? ResolveLink(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (href.StartsWith('#')) return null;
        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return Uri.TryCreate(href, UriKind.Absolute, out var mail) ? mail.AbsoluteUri : null;
        return MetadataReader.Resolve(href, _baseUri);
    }

    private static void AppendEncoded(StringBuilder sb, string s)
    {
        foreach (var c in s) AppendEncoded(sb, c);
    }

    private static void AppendEncoded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            case '&': sb.Append("&amp;"); break;
            case '"': sb.Append("&quot;"); break;
            default: sb.Append(c); break;
        }
    }
}
