namespace Lede.Extraction.Tests.Html;

/// <summary>The DOM cleaning rules, one page each: what is furniture goes, what is story stays.</summary>
public class ContentCleaningTests
{
    private static string Body(string inner) =>
        ExtractionHarness.Extract($"<html><head><title>Apple harvest starts early</title></head><body><article>{inner}</article></body></html>").Text;

    [Fact]
    public void ShareBarsNewslettersAndRelatedLinksAreRemoved()
    {
        var text = Body(ExtractionHarness.Story +
            "<div class=\"social-share\"><a href=\"/f\">Share on Facebook</a></div>" +
            "<div class=\"newsletter\"><p>Sign up for the morning letter to get every story first.</p></div>" +
            "<ul class=\"related-links\"><li><a href=\"/x\">Pear growers fear frost</a></li></ul>");
        Assert.DoesNotContain("Facebook", text);
        Assert.DoesNotContain("morning letter", text);
        Assert.DoesNotContain("Pear growers", text);
        Assert.Contains("cider press to visitors", text);
    }

    [Fact]
    public void ALinkListSetAsOneParagraphIsRemovedButAParagraphWithALinkStays()
    {
        var text = Body(ExtractionHarness.Story +
            "<p><strong>DON'T MISS</strong></p>" +
            "<p><a href=\"/a\">Pear growers fear an early frost this week</a> [<strong>PICS]<br></strong>" +
            "<a href=\"/b\">Plum prices fall as the harvest comes in</a><strong> [VIDEO]</strong></p>" +
            "<p>The cooperative's <a href=\"/report\">annual report</a> lists every grower and what each of them picked this year.</p>" +
            "<p>The last paragraph of the story closes it.</p>");
        Assert.DoesNotContain("DON'T MISS", text);
        Assert.DoesNotContain("Pear growers", text);
        Assert.DoesNotContain("Plum prices", text);
        Assert.Contains("annual report lists every grower", text);
        Assert.EndsWith("The last paragraph of the story closes it.", text);
    }

    [Fact]
    public void ALinkNamedLikeFurnitureInsideASentenceStaysButATagListGoes()
    {
        var text = Body(ExtractionHarness.Story +
            "<p>The <a href=\"/t/orchard-guild\" id=\"auto-tag_orchard-guild\" class=\"tag\">Orchard Guild</a> will open its " +
            "presses to <a href=\"/t/visitors\" class=\"related-link\">school classes</a>, said its chair, " +
            "<a class=\"share\" href=\"/t/chair\">Wenna Polglase</a>.</p>" +
            "<p>Tags: <a class=\"tag\" href=\"/t/apples\">Apples</a>, <a class=\"tag\" href=\"/t/cider\">Cider</a>, <a class=\"tag\" href=\"/t/pears\">Pears</a></p>" +
            "<p>The last paragraph of the story closes it.</p>");
        Assert.Contains("The Orchard Guild will open its presses to school classes, said its chair, Wenna Polglase.", text);
        Assert.DoesNotContain("Tags:", text);
        Assert.DoesNotContain("Cider", text);
    }

    [Fact]
    public void ASourceLabelGluedToTheFirstWordIsSetApartButPunctuationAfterATitleIsNot()
    {
        var text = Body("<p><cite class=\"source\">Truro (Valley News)</cite>The orchard cooperative picked its first apples of the season on Monday, two weeks early.</p>" +
            ExtractionHarness.Story +
            "<p>The figures were first printed in <cite>The Orchard Gazette</cite>, which surveys growers every autumn.</p>");
        Assert.Contains("Truro (Valley News) The orchard cooperative picked", text);
        Assert.Contains("printed in The Orchard Gazette, which surveys", text);
    }

    [Fact]
    public void ACardShownOnHoveringANameLeavesTheNameInTheSentence()
    {
        var text = Body(ExtractionHarness.Story +
            "<p>Mayor <span class=\"rollover-people\"><a class=\"rollover-people-link\" href=\"/people/wenna\">Wenna Polglase</a>" +
            "<span class=\"rollover-people-block\"><img src=\"/w.jpg\"><a class=\"name\" href=\"/people/wenna\">Wenna Jane Polglase</a>" +
            "<a href=\"/story/1\">Mayor opens the cider presses</a></span></span> (Ind.) said the presses open on Monday.</p>" +
            "<p>The last paragraph of the story closes it.</p>");
        Assert.Contains("Mayor Wenna Polglase (Ind.) said the presses open on Monday.", text);
        Assert.DoesNotContain("Wenna Jane", text);
    }

    [Theory]
    [InlineData("social-media-embed")]
    [InlineData("")]
    public void AnEmbeddedPostTheStoryQuotesStaysWithItsLinks(string boxClass)
    {
        var text = Body(ExtractionHarness.Story +
            "<p>Many readers answered the mayor on the same evening, and some of them were not kind about the plan.</p>" +
            $"<div class=\"{boxClass}\"><blockquote class=\"twitter-tweet\"><p>Yes this is real and the town spent half its budget on it: " +
            "<a href=\"https://t.co/Nc0nKoXGBP\">https://t.co/Nc0nKoXGBP</a></p>— Wenna Polglase (@wennap) " +
            "<a href=\"https://twitter.com/wennap/status/1\">November 18, 2019</a></blockquote></div>" +
            "<p>The last paragraph of the story closes it.</p>");
        Assert.Contains("Yes this is real and the town spent half its budget on it", text);
        Assert.Contains("— Wenna Polglase (@wennap) November 18, 2019", text);
    }

    [Fact]
    public void AThemesBoxOfSchemaValuesIsNotTheStory()
    {
        var text = Body(ExtractionHarness.Story + "<p>The last paragraph of the story closes it.</p>" +
            "<span class=\"av-structured-data\" itemscope itemtype=\"https://schema.org/ImageObject\" itemprop=\"image\">" +
            "<span itemprop=\"url\">https://example.org/uploads/cider.jpeg</span> <span itemprop=\"height\">1200</span></span>");
        Assert.EndsWith("The last paragraph of the story closes it.", text);
        Assert.DoesNotContain("cider.jpeg", text);
    }

    [Fact]
    public void AShareBarOfLinksIsStillFurniture()
    {
        var text = Body(ExtractionHarness.Story + "<p>The last paragraph of the story closes it.</p>" +
            "<div class=\"social-share\"><a href=\"/s/fb\">Share on Facebook</a> <a href=\"/s/tw\">Share on Twitter</a> <a href=\"/s/m\">Email</a></div>");
        Assert.EndsWith("The last paragraph of the story closes it.", text);
    }

    [Fact]
    public void ACreditLineAndAWasThisHelpfulBoxAreNotTheStory()
    {
        var text = Body(ExtractionHarness.Story + "<p>The last paragraph of the story closes it.</p>" +
            "<p><em>Foto: Talvik Agency / Wenna Polglase</em></p>" +
            "<div id=\"was-this-helpful\"><div>Was this article helpful?</div><div><span>Yes</span><span>No</span></div></div>");
        Assert.EndsWith("The last paragraph of the story closes it.", text);
    }

    [Theory]
    [InlineData("17302")]
    [InlineData("+1")]
    public void ALoneCounterClosingTheTextIsAWidgetsNotTheStorys(string counter)
    {
        var text = Body(ExtractionHarness.Story + "<p>The last paragraph of the story closes it.</p><p>" + counter + "</p>");
        Assert.EndsWith("The last paragraph of the story closes it.", text);
        var opening = Body("<p>" + counter + "</p>" + ExtractionHarness.Story);
        Assert.StartsWith("The orchard cooperative", opening);
        var inside = Body(ExtractionHarness.Story + "<p>" + counter + "</p><p>The last paragraph of the story closes it.</p>");
        Assert.Contains("\n\n" + counter + "\n\n", inside);
    }

    [Fact]
    public void ARankingWhoseLastEntriesArePicturesKeepsTheirNumberedHeadings()
    {
        var entry = (int n) => $"<h2>{n}. Orchard number {n}</h2><figure><img src=\"/o{n}.jpg\" alt=\"\"></figure>";
        var text = Body(ExtractionHarness.Story + "<h2>1. The valley orchard</h2><p>The oldest orchard of the valley grows twelve kinds of apple on its slopes.</p>" +
            entry(2) + entry(3) + entry(4));
        Assert.EndsWith("2. Orchard number 2\n\n3. Orchard number 3\n\n4. Orchard number 4", text);
        var boxTitle = Body(ExtractionHarness.Story + "<h2>More from the valley</h2>");
        Assert.DoesNotContain("More from the valley", boxTitle);
    }

    [Fact]
    public void ListsQuotesAndSubheadsStayOnLinesOfTheirOwn()
    {
        var text = Body(ExtractionHarness.Story + "<h2>What comes next</h2><ul><li>Late apples in October.</li><li>Cider in November.</li></ul>" +
            "<blockquote><p>“It was a good year,” said the chair of the cooperative.</p></blockquote><p>The last paragraph of the story closes it.</p>");
        Assert.Contains("\n\nWhat comes next\n\nLate apples in October.\nCider in November.\n\n“It was a good year,” said the chair of the cooperative.\n\nThe last paragraph of the story closes it.", text);
    }

    [Fact]
    public void ABylineOnTheFirstLineOfTheFirstParagraphIsDropped()
    {
        var text = Body("<p>Von Jonas Pellworth<br>The orchard cooperative picked its first apples of the season on Monday, two weeks earlier than last year.</p>"
            + ExtractionHarness.Story);
        Assert.StartsWith("The orchard cooperative picked its first apples of the season on Monday, two weeks earlier than last year.", text);
        var later = Body(ExtractionHarness.Story + "<p>Von Jonas Pellworth<br>A late note on the cider press.</p><p>The last paragraph of the story closes it.</p>");
        Assert.Contains("Von Jonas Pellworth", later);
    }

    [Fact]
    public void BylineAndAdvertisementLinesAreDropped()
    {
        var text = Body("<p>By Jonas Pellworth</p>" + ExtractionHarness.Story + "<p>Advertisement</p><p>The last paragraph of the story closes it.</p>");
        Assert.DoesNotContain("Pellworth", text);
        Assert.DoesNotContain("Advertisement", text);
        Assert.StartsWith("The orchard cooperative", text);
        Assert.EndsWith("The last paragraph of the story closes it.", text);
    }

    [Fact]
    public void CaptionsAndCreditsGoToImagesNotTheText()
    {
        var result = ExtractionHarness.Extract("<html><body><article>" + ExtractionHarness.Story +
            "<figure><img src=\"/photos/orchard.jpg\"><figcaption>Pickers at work on Monday. Hanne Roos/Getty Images</figcaption></figure>" +
            "<p>The last paragraph of the story closes it.</p></article></body></html>");
        Assert.DoesNotContain("Pickers at work", result.Text);
        var image = Assert.Single(result.Images);
        Assert.Equal("https://example.org/photos/orchard.jpg", image.Url);
        Assert.Equal("Pickers at work on Monday.", image.Caption);
        Assert.Equal("Hanne Roos/Getty Images", image.Credit);
    }

    [Fact]
    public void HtmlKeepsStructureLinksAndEmphasis()
    {
        var html = ExtractionHarness.Extract("<html><body><article>" + ExtractionHarness.Story +
            "<p>Read the <a href=\"/report\" onclick=\"evil()\">full <em>harvest</em> report</a> from the cooperative for all the figures and the names.</p></article></body></html>").Html;
        Assert.Contains("<a href=\"https://example.org/report\">full <em>harvest</em> report</a>", html);
        Assert.DoesNotContain("onclick", html);
        Assert.StartsWith("<p>The orchard cooperative", html);
    }

    [Fact]
    public void HiddenAndScriptContentNeverAppears()
    {
        var text = Body(ExtractionHarness.Story + "<div style=\"display:none\">Secret hidden teaser text</div><script>var tracking = 'script words';</script>");
        Assert.DoesNotContain("Secret hidden", text);
        Assert.DoesNotContain("script words", text);
    }

    [Theory]
    [InlineData("Click To Tweet")]
    [InlineData("You may also like...")]
    [InlineData("Reading time: 3 minutes")]
    [InlineData("Filed under: Harvest")]
    [InlineData("Werbung")]
    [InlineData("Close")]
    public void UiAndFurnitureLinesAreDropped(string line)
    {
        var text = Body($"<p>{line}</p>" + ExtractionHarness.Story + $"<p>{line}</p><p>The last paragraph of the story closes it.</p>");
        Assert.DoesNotContain(line, text);
        Assert.StartsWith("The orchard cooperative", text);
        Assert.EndsWith("The last paragraph of the story closes it.", text);
    }

    [Fact]
    public void HoverCardsAndButtonsInsideParagraphsAreLeftOut()
    {
        var text = Body("<p>The chair, <span class=\"person\"><a href=\"/p/mara\">Mara Lindqvist</a><span class=\"person-hovercard\">Mara Ingrid Lindqvist <a href=\"/s/1\">Other stories about her</a></span></span>, opened the press.</p>" +
            ExtractionHarness.Story + "<p>“Apples keep the valley alive.”<span class=\"tweet-btn\">Tweet this quote</span></p>");
        Assert.Contains("The chair, Mara Lindqvist, opened the press.", text);
        Assert.DoesNotContain("Other stories", text);
        Assert.DoesNotContain("Tweet this quote", text);
        Assert.Contains("“Apples keep the valley alive.”", text);
    }

    [Fact]
    public void WireSeparatorLinesStayBetweenParts()
    {
        var text = Body(ExtractionHarness.Story + "<p>___</p><p>The last paragraph of the story closes it.</p>");
        Assert.Contains("come in, and to keep the shop open on weekends until the new year.\n\n___\n\nThe last paragraph", text);
    }

    [Fact]
    public void ClosingFollowUsLineIsDropped()
    {
        var text = Body(ExtractionHarness.Story + "<p>The last paragraph of the story closes it.</p><p>Jonas Pellworth writes about farming. Follow him on Twitter @jpellworth.</p>");
        Assert.EndsWith("The last paragraph of the story closes it.", text);
    }

    [Fact]
    public void RelatedListWithLongExcerptsStaysOutEvenWhenLongerThanTheStory()
    {
        // Four teasers with excerpts outweigh the short story's paragraphs; a list named "related" is still furniture.
        var items = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<li><a href=\"/p{i}\">Older post {i}</a><small>Excerpt {i}: the ferry timetable changes again in spring, the harbour master said, and the fish market moves to the quay for the summer months.</small></li>"));
        var result = ExtractionHarness.Extract(
            "<body><div class=\"post\"><div class=\"entry\">" + ExtractionHarness.Story + "<ul class=\"related_post\">" + items + "</ul></div></div></body>");
        Assert.Contains("The orchard cooperative picked", result.Text);
        Assert.DoesNotContain("Excerpt 1", result.Text);
    }

    [Fact]
    public void EditorialNoticesAndDisclosuresAreDropped()
    {
        var text = Body("<div class=\"community-notice before-text\">This post is a reader's blog, not written by the newsroom.</div>" + ExtractionHarness.Story +
            "<section class=\"editorial-disclosure\"><p>This page contains links to shops that pay us a commission when you buy something.</p></section>");
        Assert.DoesNotContain("reader's blog", text);
        Assert.DoesNotContain("commission", text);
        Assert.Contains("cider press to visitors", text);
    }

    [Fact]
    public void HeaderHoldingTheStoryIsNotPageChrome()
    {
        // A component library writes each text block of a page as <section><article><header>text</header></article></section>:
        // the header is the block's text, and the sections side by side are the parts of the story.
        static string Block(string story) => "<section class=\"page-section\"><div class=\"inner\"><article class=\"image-text\"><img src=\"/a.jpg\">" +
            "<header class=\"image-text-description\"><div class=\"rich\">" + story + story.Replace("cooperative", "guild", StringComparison.Ordinal) + "</div></header></article></div></section>";
        var text = ExtractionHarness.Extract("<html><body><header class=\"site-top\"><a href=\"/\">Valley News</a> <a href=\"/about\">About us</a></header><main>" +
            Block(ExtractionHarness.Story) + Block(ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal)) +
            Block(ExtractionHarness.Story.Replace("orchard", "farm", StringComparison.Ordinal)) + "</main></body></html>").Text;
        Assert.Contains("The orchard cooperative", text);
        Assert.Contains("The mill cooperative", text);
        Assert.Contains("The farm cooperative", text);
        Assert.DoesNotContain("About us", text);
    }

    [Fact]
    public void PublishersClosingPitchIsDropped()
    {
        var text = Body(ExtractionHarness.Story + "<p>The cooperative's members will vote on the new press in the spring.</p>" +
            "<p>Do you like our valley paper? Become a member today: you can cancel anytime.</p>" +
            "<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.</p>");
        Assert.DoesNotContain("Become a member", text);
        Assert.DoesNotContain("Telegram", text);
        Assert.EndsWith("The cooperative's members will vote on the new press in the spring.", text);
    }

    [Fact]
    public void SitesLicenceLineClosingTheStoryIsDropped()
    {
        var text = Body(ExtractionHarness.Story + "<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND 4.0.</p>");
        Assert.DoesNotContain("Lizenz", text);
        Assert.EndsWith("until the new year.", text);
    }

    [Fact]
    public void TableInAFigureStaysInTheStory()
    {
        var text = Body(ExtractionHarness.Story + "<figure class=\"comparison-table\"><table><tr><th>Variety</th><th>Price per kilo</th></tr>" +
            "<tr><td>Early gold</td><td>2.40 euros</td></tr><tr><td>Late red</td><td>1.90 euros</td></tr></table><figcaption>Prices at the cooperative</figcaption></figure>" +
            "<p>The last paragraph of the story closes it.</p>");
        Assert.Contains("Early gold\t2.40 euros", text);
        Assert.EndsWith("The last paragraph of the story closes it.", text);
    }

    [Fact]
    public void MoreFromTheSiteHeadingEndsTheStory()
    {
        var text = Body(ExtractionHarness.Story + "<p>The last paragraph of the story closes it.</p><h3>Auch auf valley-news.de</h3>" +
            "<p>Pear growers fear an early frost this autumn, and ask the town for help.</p><p>Ten ways to keep apples fresh through the winter.</p>");
        Assert.DoesNotContain("valley-news.de", text);
        Assert.DoesNotContain("Pear growers", text);
        Assert.EndsWith("The last paragraph of the story closes it.", text);
    }
}
