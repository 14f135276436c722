using System.Diagnostics;
using Lede.Extraction.Html;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Html.Parsing;

namespace Lede.Extraction.Tests.Html.Parsing;

public class HtmlTreeBuilderTests
{
    private static HtmlDocument Parse(string html) => HtmlTreeBuilder.Parse(html.AsMemory());

    private static string Body(string html) => TreeSerializer.Write(Parse(html).Body!);

    [Fact]
    public void NamesReadAgainInAnotherCaseOrWithNulAreNormalisedTheSame()
    {
        // The second and third tags hit the thread's name cache with characters that differ from the cached form.
        const string page = "<SECTION Data-Kind=\"a\"><section data-kind=\"b\"><SeCtIoN DATA-KIND=\"c\"><x\0y z\0=\"d\"><x\0y z\0=\"e\">";
        Assert.Equal(
            "<body><section[data-kind=a]><section[data-kind=b]><section[data-kind=c]><x\uFFFDy[z\uFFFD=d]><x\uFFFDy[z\uFFFD=e]></x\uFFFDy></x\uFFFDy></section></section></section></body>",
            Body(page));
        Assert.Equal(Body(page), Body(page.ToLowerInvariant()).Replace("\0", "\uFFFD"));
    }

    [Fact]
    public void HeadAndBodyAreImplied()
    {
        var document = Parse("<title>Harbour notes</title><p>Ferry late");
        Assert.Equal("<head><title>Harbour notes</title></head>", TreeSerializer.Write(document.Head!));
        Assert.Equal("<body><p>Ferry late</p></body>", TreeSerializer.Write(document.Body!));
        Assert.Equal("Harbour notes", document.Title);
    }

    [Theory]
    [InlineData("<p>one<p>two", "<body><p>one</p><p>two</p></body>")]
    [InlineData("<p>one<div>two</div>", "<body><p>one</p><div>two</div></body>")]
    [InlineData("<ul><li>one<li>two</ul>", "<body><ul><li>one</li><li>two</li></ul></body>")]
    [InlineData("<dl><dt>term<dd>meaning<dt>next</dl>", "<body><dl><dt>term</dt><dd>meaning</dd><dt>next</dt></dl></body>")]
    [InlineData("<h1>one<h2>two", "<body><h1>one</h1><h2>two</h2></body>")]
    [InlineData("<div>a</p>b</div>", "<body><div>a<p></p>b</div></body>")]
    [InlineData("<p>a<br>b<img src=x>c</p>", "<body><p>a<br>b<img[src=x]>c</p></body>")]
    [InlineData("<select><option>a<option>b<div>c</div></select><p>d", "<body><select><option>a</option><option>bc</option></select><p>d</p></body>")]
    [InlineData("<pre>\nfirst line</pre>", "<body><pre>first line</pre></body>")]
    public void EndTagsAreImpliedAsInABrowser(string html, string expected) => Assert.Equal(expected, Body(html));

    [Fact]
    public void TablesGetTheirImpliedSectionsAndRows()
    {
        Assert.Equal("<body><table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table></body>",
            Body("<table><tr><td>a<td>b<tr><td>c</table>"));
    }

    [Fact]
    public void ContentMisplacedInATableGoesBeforeIt()
    {
        Assert.Equal("<body><div>stray</div>loose<table><tbody><tr><td>cell</td></tr></tbody></table></body>",
            Body("<table><div>stray</div>loose<tr><td>cell</td></tr></table>"));
    }

    [Fact]
    public void FormattingIsReopenedInTheNextParagraph()
    {
        Assert.Equal("<body><p><b>bold</b></p><p><b>still bold</b></p></body>", Body("<p><b>bold</p><p>still bold</b></p>"));
    }

    [Fact]
    public void MisnestedLinkIsSplitByTheAdoptionAgency()
    {
        Assert.Equal("<body><a[href=/x]></a><div><a[href=/x]>inside</a>after</div></body>", Body("<a href=/x><div>inside</a>after</div>"));
    }

    [Fact]
    public void ANewLinkClosesAnOpenOne()
    {
        Assert.Equal("<body><a[href=1]>one</a><a[href=2]>two</a></body>", Body("<a href=1>one<a href=2>two"));
    }

    [Fact]
    public void RawTextElementsHoldTheirTextUnparsed()
    {
        var document = Parse("<title>Tides &amp; times</title><script type=application/ld+json>{\"a\": \"b<c</p>&amp;\"}</script><p>c");
        Assert.Equal("Tides & times", document.Title);
        Assert.Equal("<body><p>c</p></body>", TreeSerializer.Write(document.Body!));
        Assert.Equal("{\"a\": \"b<c</p>&amp;\"}", document.ElementsNamed("script")[0].TextContent);
    }

    [Fact]
    public void ScriptAndStyleBodiesAreSkippedButJsonLdKept()
    {
        var document = Parse("<head><style>p > b { color: red }</style><script>if (a < b) { x = '</div>'; }</script>"
            + "<script type=\"application/ld+json\">{\"headline\": \"Kept\"}</script></head><body><p>Text</p></body>");
        var scripts = document.ElementsNamed("script");
        Assert.Equal("", document.ElementsNamed("style")[0].TextContent);
        Assert.Equal("", scripts[0].TextContent);
        Assert.Equal("{\"headline\": \"Kept\"}", scripts[1].TextContent);
        Assert.Equal("<body><p>Text</p></body>", TreeSerializer.Write(document.Body!));
    }

    [Fact]
    public void ScriptEndIsFoundAsTheTokenizerFindsIt()
    {
        // Inside "<!--" a nested "<script>" hides the next "</script>" (double-escaped state); "</scripts" is no end tag.
        var document = Parse("<body><script>var s = '</scripts>'; <!-- <script> x </script> y --></script><p>After</p>");
        Assert.Equal("<body><script></script><p>After</p></body>", TreeSerializer.Write(document.Body!));
    }

    [Fact]
    public void TagLikeTextInAttributesTitlesCommentsAndTextareasIsNotMarkup()
    {
        var document = Parse("<div title=\"a > <script>\"><title><script>t</title><!-- <style> --><textarea><style></textarea><p>Kept</p></div>");
        var div = document.ElementsNamed("div")[0];
        Assert.Equal("a > <script>", div.GetAttribute("title"));
        Assert.Equal("<script>t", document.ElementsNamed("title")[0].TextContent);
        Assert.Equal("<style>", document.ElementsNamed("textarea")[0].TextContent);
        Assert.Equal("Kept", document.ElementsNamed("p")[0].TextContent);
    }

    [Fact]
    public void ScriptsInsideSvgAreMarkup()
    {
        // SVG content is markup even inside its <script>.
        var document = Parse("<body><svg><script>a<g>c</g></script></svg><p>d</p>");
        Assert.Equal("<body><svg><script>a<g>c</g></script></svg><p>d</p></body>", TreeSerializer.Write(document.Body!));
    }

    [Fact]
    public void CharacterReferencesAreDecoded()
    {
        Assert.Equal("<body><p>& © ¬it; ’ ’ € &bogus; &#</p></body>", Body("<p>&amp; &copy &notit; &#x2019; &#8217; &#128; &bogus; &#</p>"));
    }

    [Fact]
    public void AttributeValuesKeepUrlLikeReferences()
    {
        var link = Parse("<a href=\"/find?q=1&copy=2&amp;n=3\" title='A&nbsp;B'>x</a>").ElementsNamed("a")[0];
        Assert.Equal("/find?q=1&copy=2&n=3", link.GetAttribute("href"));
        Assert.Equal("A\u00a0B", link.GetAttribute("title"));
    }

    [Fact]
    public void NamesAreLowerCasedAndTheFirstDuplicateAttributeWins()
    {
        var div = Parse("<DIV Class=one CLASS=two ID=main>x</DIV>").ElementsNamed("div")[0];
        Assert.Equal("one", div.GetAttribute("class"));
        Assert.Equal("main", div.Id);
    }

    [Fact]
    public void SvgHonoursSelfClosingTagsAndEndsAtHtmlContent()
    {
        Assert.Equal("<body><svg[viewbox=0 0 1 1]><path[d=M0]></path><circle></circle></svg><p>text</p></body>",
            Body("<svg viewBox='0 0 1 1'><path d='M0'/><circle/></svg><p>text"));
        Assert.Equal("<body><svg><g></g></svg><div>out</div></body>", Body("<svg><g><div>out</div>"));
    }

    [Fact]
    public void TemplateContentStaysOutOfTheTree()
    {
        var document = Parse("<body><template><p>inert</p></template><p>shown</p>");
        Assert.Equal("shown", document.Body!.TextContent);
    }

    [Fact]
    public void NoscriptImageInTheHeadLandsInTheBody()
    {
        var document = Parse("<head><noscript><img src=a.jpg></noscript></head><body><p>x</p>");
        Assert.Equal("<head><noscript></noscript></head>", TreeSerializer.Write(document.Head!));
        Assert.Equal("<body><img[src=a.jpg]><p>x</p></body>", TreeSerializer.Write(document.Body!));
    }

    [Fact]
    public void QuirksModeKeepsATableInsideAParagraph()
    {
        Assert.Equal("<body><p>a<table></table></p></body>", Body("<p>a<table></table>"));
        Assert.Equal("<body><p>a</p><table></table></body>", Body("<!DOCTYPE html><p>a<table></table>"));
    }

    [Fact]
    public void TextAroundASkippedCommentIsOneNode()
    {
        var p = Parse("<p>before<!-- note -->after</p>").ElementsNamed("p")[0];
        var only = Assert.IsType<HtmlText>(p.FirstChild);
        Assert.Equal("beforeafter", only.Data);
        Assert.Null(only.NextSibling);
    }

    [Fact]
    public void LineBreaksAreNormalised() => Assert.Equal("<body><p>a\nb\nc</p></body>", Body("<p>a\r\nb\rc</p>"));

    [Fact]
    public void AnUnfinishedTagAtTheEndIsDropped() => Assert.Equal("<body><p>kept</p></body>", Body("<p>kept<a href=\"never closed"));

    [Fact]
    public void ElementsAreNumberedInDocumentOrder()
    {
        var document = Parse("<div><p>a</p><p>b</p></div><span>c</span>");
        var order = new List<int>();
        for (var e = document.DocumentElement; e is not null; e = e.NextElementInDocument(document.DocumentElement)) order.Add(e.Order);
        Assert.Equal(Enumerable.Range(0, order.Count), order);
        var ps = document.ElementsNamed("p");
        Assert.True(ps[0].Precedes(ps[1]));
        Assert.False(ps[1].Precedes(ps[0]));
    }

    [Fact]
    public void DeepNestingIsBoundedAndFast()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var options = new ExtractionOptions();
        var clock = Stopwatch.StartNew();
        var document = HtmlDocumentLoader.Parse(html, null, options);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.True(MaxDepth(document.DocumentElement) <= options.MaxTreeDepth + 1);
        Assert.Contains("deep text", document.Body!.TextContent);
        Assert.NotEmpty(document.Notes);
    }

    [Fact]
    public void ThousandsOfUnclosedFormattingTagsStayBounded()
    {
        var html = string.Concat(Enumerable.Repeat("<b><i><a href=x>", 20_000)) + string.Concat(Enumerable.Repeat("<p>para", 2_000));
        var clock = Stopwatch.StartNew();
        var document = HtmlDocumentLoader.Parse(html, null, new ExtractionOptions());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(2_000, CountText(document.Body!, "para"));
    }

    [Fact]
    public void TheFirstOfDuplicateAttributeNamesWinsOnAManyAttributeTag()
    {
        // Past the linear scan's reach the tokenizer checks names in a set; the rule must stay the same.
        var many = string.Concat(Enumerable.Range(0, 40).Select(i => $" a{i}=\"{i}\""));
        var div = Parse($"<div{many} a3=\"late\" a30=\"late\" b=\"new\">x</div>").ElementsNamed("div")[0];
        Assert.Equal("3", div.GetAttribute("a3"));
        Assert.Equal("30", div.GetAttribute("a30"));
        Assert.Equal("new", div.GetAttribute("b"));
        Assert.Equal("5", Parse("<div a=\"1\" b=\"2\"><p c=\"5\" c=\"6\">y</p></div>").ElementsNamed("p")[0].GetAttribute("c"));
    }

    [Fact]
    public void HugeAttributesAndJunkDoNotBreakTheParser()
    {
        var random = new Random(7);
        // Any character but '<' (an unfinished tag would rightly swallow the rest of the page).
        var junk = new string(Enumerable.Range(0, 200_000).Select(_ => (char)random.Next(0, 0x3000)).Select(c => c == '<' ? ' ' : c).ToArray());
        var html = "<div class=\"" + new string('x', 2_000_000) + "\">a</div>" + junk + "<p>end</p>";
        var document = HtmlDocumentLoader.Parse(html, null, new ExtractionOptions());
        Assert.Equal(2_000_000, document.ElementsNamed("div")[0].GetAttribute("class")!.Length);
        Assert.EndsWith("end", document.Body!.TextContent);
    }

    [Fact]
    public void UnclosedEverythingStillGivesATree()
    {
        var document = Parse("<html><head><title>t<body><div><table><tr><td><ul><li><a><b><select><option>x");
        Assert.Equal("t<body><div><table><tr><td><ul><li><a><b><select><option>x", document.Title);
        Assert.NotNull(document.Body);
        Assert.Equal("", document.Body!.TextContent);
    }

    private static int CountText(HtmlElement root, string word) =>
        root.TextContent.Split(word).Length - 1;

    private static int MaxDepth(HtmlElement root)
    {
        var max = 0;
        var stack = new Stack<(HtmlElement, int)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (e, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in e.Children) stack.Push((child, depth + 1));
        }
        return max;
    }

    [Theory]
    // html (0) > body (1) > div (2) > p (3) > b (4); a later, shallower branch does not lower the figure.
    [InlineData("<div><p><b>deep</b></p></div><span>late</span>", 4, 7)]
    [InlineData("<p>flat</p><p>flat</p>", 2, 5)]
    // The adoption agency puts a copy of the <b> inside the paragraph: the numbering walk sees the tree as it ends up.
    [InlineData("<b><p>one</b>two</p>", 3, 6)]
    public void Numbering_notes_the_deepest_element(string html, int depth, int count)
    {
        var document = Parse(html);
        Assert.Equal(depth, document.MaxElementDepth);
        Assert.Equal(count, document.ElementCount);
        var orders = new List<int>();
        for (var e = document.DocumentElement; e is not null; e = e.NextElementInDocument(document.DocumentElement)) orders.Add(e.Order);
        Assert.Equal(Enumerable.Range(0, count), orders);
    }

    [Fact]
    public void Only_a_page_nested_past_the_limit_is_flattened()
    {
        var options = new ExtractionOptions { MaxTreeDepth = 16 };
        var shallow = HtmlDocumentLoader.Parse(string.Concat(Enumerable.Repeat("<div>", 14)) + "text", null, options);
        Assert.Empty(shallow.Notes);
        Assert.Equal(15, shallow.MaxElementDepth);
        var deep = HtmlDocumentLoader.Parse(string.Concat(Enumerable.Repeat("<div>", 30)) + "text", null, options);
        var deepest = 0;
        for (var e = deep.DocumentElement; e is not null; e = e.NextElementInDocument(deep.DocumentElement))
        {
            var d = 0;
            for (var p = e.Parent; p is not null; p = p.Parent) d++;
            deepest = Math.Max(deepest, d);
        }
        Assert.Equal(16, deepest);
        Assert.Contains("text", deep.Body!.TextContent);
    }
}
