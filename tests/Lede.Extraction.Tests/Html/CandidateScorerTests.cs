using Lede.Extraction.Html;

namespace Lede.Extraction.Tests.Html;

public class CandidateScorerTests
{
    [Fact]
    public void ParagraphRichContainerBeatsLinkHeavySidebar()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"rail\"><ul>" + string.Concat(Enumerable.Range(1, 20).Select(i => $"<li><a href=\"/s{i}\">Another headline number {i} about the valley, the weather and the apples</a></li>")) + "</ul></div>" +
            "<div id=\"story\">" + ExtractionHarness.Story + "</div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("story", Assert.Single(chosen).Element!.Id);
    }

    [Fact]
    public void CommasAndLengthRaiseTheScore()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div id=\"short\"><p>A short note without much in it at all, really.</p></div>" +
            "<div id=\"long\">" + ExtractionHarness.Story + "</div></body>");
        var candidates = CandidateScorer.Score(tree, ExtractionFlags.All);
        var shortScore = candidates.First(c => c.Element!.Id == "short").Score;
        var longScore = candidates.First(c => c.Element!.Id == "long").Score;
        Assert.True(longScore > shortScore * 2, $"long {longScore} vs short {shortScore}");
    }

    [Fact]
    public void NamedBodyContainerIsTrustedOverAScoredNeighbour()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"promo-text\">" + ExtractionHarness.Story + "</div>" +
            "<div class=\"article-body\">" + ExtractionHarness.Story.Replace("orchard", "vineyard", StringComparison.Ordinal) + "</div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("article-body", Assert.Single(chosen).Element!.ClassName);
    }

    [Fact]
    public void StorySplitByAnAdKeepsBothHalves()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"article-body\">" + ExtractionHarness.Story + "</div><div class=\"ad\">Advertisement</div>" +
            "<div class=\"article-body\">" + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal) + "</div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal(2, chosen.Count);
    }

    [Fact]
    public void SectionsBuiltLikeTheTopOneJoinItThroughItsWrappers()
    {
        // Each section of the page is one "part" box; the best one is reached through single-child wrappers,
        // whose own score is nothing: the sections beside it still join as parts of the story.
        static string Part(string story) => "<div class=\"part\"><div class=\"inner\"><div class=\"copy\">" + story + "</div></div></div>";
        var tree = ExtractionHarness.Tree("<body><div class=\"parts\">" +
            Part(ExtractionHarness.Story + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal)) +
            Part("<p>The mill reopened its doors in spring after a long winter of repairs to the wheel.</p><p>Visitors may watch the grinding on Saturdays, and the bakery sells bread from its flour.</p>") +
            "</div><div class=\"footer-links\"><a href=\"/a\">About</a> <a href=\"/b\">Contact</a></div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal(2, chosen.Count);
        Assert.All(chosen, c => Assert.Equal("part", c.Element!.ClassName));
    }

    [Fact]
    public void StorySplitIntoPartsBuiltAlikeKeepsEveryPart()
    {
        // A story and the sections after it, each a "section" box around wrappers: the best-scoring
        // text sits deep inside one part, the others join it; the link list beside them does not.
        static string Part(string inner) => "<div class=\"section\"><h2>Part</h2><div class=\"section-content\"><div class=\"text\">" + inner + "</div></div></div>";
        var tree = ExtractionHarness.Tree("<body><div class=\"doc\">" +
            Part(ExtractionHarness.Story + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal)) +
            Part("<p>The valley's growers met in the town hall to talk about the dry summer and its apples, which came early, small and sweet, and about the cider press they plan to share.</p>") +
            "<div class=\"section\"><ul>" + string.Concat(Enumerable.Range(1, 8).Select(i => $"<li><a href=\"/o{i}\">Another story number {i} from the valley</a></li>")) + "</ul></div>" +
            "</div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal(2, chosen.Count);
        Assert.Contains("cider press", chosen[0].Element!.TextContent, StringComparison.Ordinal);
        Assert.Contains("town hall", chosen[1].Element!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentBoxInALayerOverThePageIsNotTheStory()
    {
        // A contact flyout holds more and longer paragraphs than the short story beside it.
        var layer = "<div class=\"contact-flyout-modal\"><div class=\"flyout-content\">" +
            string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>Our service team answers your questions about products, recipes and ingredients, number {i}, on weekdays from eight to six, by phone, by mail, or by letter.</p>")) + "</div></div>";
        var tree = ExtractionHarness.Tree("<body>" + layer + "<div class=\"recipe\"><p>Knead the dough for ten minutes, let it rise, then bake the buns for twenty minutes.</p><p>Brush them with honey while warm, and serve them the same day.</p></div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("recipe", Assert.Single(chosen).Element!.ClassName);
    }

    [Fact]
    public void StoryGoingOnAfterItsNamedBodyKeepsTheRest()
    {
        // The opening sits in the named body field; the rest of the story follows in blocks of the box beside it.
        const string extra = "<p>The cooperative's chair said the members would vote on a new cold store before the winter.</p>";
        var tree = ExtractionHarness.Tree("<body><div class=\"region\">" +
            "<div class=\"block\"><div class=\"article-body\">" + ExtractionHarness.Story + "</div></div>" +
            "<div class=\"block\"><div class=\"blocks\">" +
            "<div class=\"item\"><div class=\"text\">" + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal) + extra + "</div></div>" +
            "<div class=\"item\"><div class=\"text\">" + ExtractionHarness.Story.Replace("orchard", "farm", StringComparison.Ordinal) + "</div></div>" +
            "</div></div></div><div class=\"sidebar\"><a href=\"/x\">More news</a></div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal(3, chosen.Count);
        Assert.Equal("article-body", chosen[0].Element!.ClassName);
        Assert.Contains("mill", chosen[1].Element!.TextContent, StringComparison.Ordinal);
        Assert.Contains("farm", chosen[2].Element!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void UnlikelySubtreesAreLeftOutOnlyWhileStrict()
    {
        var tree = ExtractionHarness.Tree("<body><div class=\"comments\">" + ExtractionHarness.Story + "</div></body>");
        Assert.DoesNotContain(CandidateScorer.Score(tree, ExtractionFlags.All), c => c.Element!.ClassName == "comments");
        Assert.Contains(CandidateScorer.Score(tree, ExtractionFlags.None), c => c.Element!.ClassName == "comments");
    }

    [Fact]
    public void SubheadBetweenTwoBodyPartsIsKept()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div id=\"page\"><p class=\"bodytext\">" + LongSentence("orchard") + "</p><h4 id=\"sub\">What the growers expect</h4>" +
            "<p class=\"bodytext\">" + LongSentence("mill") + "</p><div class=\"related\"><a href=\"/x\">Pear growers fear frost</a></div></div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal(["p", "h4", "p"], chosen.Select(c => c.Tag));
        Assert.Equal("sub", chosen[1].Element!.Id);
    }

    [Fact]
    public void PlainStandfirstBeforeTheBodyIsTheLead()
    {
        var tree = ExtractionHarness.Tree(
            "<body><article><header><h1>Apples come early</h1><p id=\"standfirst\">The valley's growers started picking two weeks early this year, after the warmest summer on record.</p></header>" +
            "<div class=\"article-body\">" + ExtractionHarness.Story + "</div></article></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("standfirst", chosen[0].Element!.Id);
        Assert.Equal("article-body", chosen[1].Element!.ClassName);
    }

    [Fact]
    public void NamedLeadBehindGridWrappersIsTheLead()
    {
        // Grid wrappers on both sides: the lede box is the sibling of the body's fourth ancestor, the lede four boxes inside it.
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"page\"><div class=\"top\"><div class=\"container\"><div class=\"row\"><div class=\"col\"><p class=\"lead\" id=\"lede\">The valley's growers started picking two weeks early this year, after the warmest summer on record.</p></div></div></div></div>" +
            "<div class=\"grid\"><div class=\"row\"><div class=\"col\"><div class=\"copy\">" + ExtractionHarness.Story + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal) + ExtractionHarness.Story.Replace("orchard", "farm", StringComparison.Ordinal) + "</div><div class=\"aside-box\"><p>A short note.</p></div></div></div></div></div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("lede", chosen[0].Element!.Id);
    }

    [Fact]
    public void NamedLeadInTheArticleHeaderFiveLevelsAboveTheBodyIsTheLead()
    {
        // The article's header holds the lede; the body sits in grid wrappers inside a second box beside a photo slider,
        // so the header is a sibling of the body's fifth ancestor.
        var tree = ExtractionHarness.Tree(
            "<body><article class=\"main\"><header><div class=\"container\"><div class=\"row\"><div class=\"col\"><h1>Apples come early</h1><p class=\"lead\" id=\"lede\">The valley's growers started picking two weeks early this year, after the warmest summer on record.</p></div></div></div></header>" +
            "<div class=\"body\"><div class=\"container\"><div class=\"slider\"><img src=\"/a.jpg\"></div></div><div class=\"container\"><div class=\"row\"><div class=\"col\"><div id=\"content\">" +
            ExtractionHarness.Story + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal) + "</div><div class=\"print\"><a href=\"/p\">Print</a></div></div>" +
            "<div class=\"col\"><a href=\"/next\">Next story</a></div></div><div class=\"row\"><a href=\"/top\">Top</a></div></div></div></article></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("lede", chosen[0].Element!.Id);
    }

    [Fact]
    public void EpigraphBeforeTheBodyIsTheLead()
    {
        var tree = ExtractionHarness.Tree(
            "<body><article><div class=\"top\"><h1>Apples come early</h1><div class=\"epigraph-box\"><h2 class=\"epigraph\" id=\"epigraph\">The valley's growers started picking two weeks early this year, after the warmest summer</h2></div></div>" +
            "<div class=\"article-text\">" + ExtractionHarness.Story + "</div></article></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("epigraph", chosen[0].Element!.Id);
    }

    [Fact]
    public void PhotoDescriptionInAWidgetColumnBesideTheBodyIsNotTheLead()
    {
        // The widget column stands between the standfirst and the body: its photo description is not the story's opening.
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"content\"><h2>Apples come early</h2><div class=\"opening\"><p id=\"first\">The valley's growers started picking two weeks early this year, after the warmest summer on record.</p></div>" +
            "<div class=\"container\"><div class=\"side\"><div class=\"widget\"><img src=\"/a.jpg\"><p id=\"photo\">A grower lifts a heavy crate of early apples onto the old wooden cart in the orchard high above the village.</p></div></div>" +
            "<div class=\"text\">" + ExtractionHarness.Story + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal) + "</div></div></div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("first", chosen[0].Element!.Id);
    }

    [Fact]
    public void PlainStandfirstBesideTheBodysFifthAncestorIsTheLead()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"page\"><div class=\"hero\"><h2>Apples come early</h2><p id=\"first\">The valley's growers started picking two weeks early this year, after the warmest summer on record.</p></div>" +
            "<div class=\"grid\"><div class=\"row\"><div class=\"col\"><div class=\"wrap\"><div class=\"text\">" + ExtractionHarness.Story + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal) +
            "</div><div class=\"tools\"><a href=\"/p\">Print</a></div></div><div class=\"col2\"><a href=\"/next\">Next story</a></div></div><div class=\"row2\"><a href=\"/top\">Top</a></div></div></div></div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("first", chosen[0].Element!.Id);
    }

    [Fact]
    public void SentenceLongDekUnderTheHeadlineIsTheLead()
    {
        var tree = ExtractionHarness.Tree(
            "<body><article><header><h1>Apples come early</h1><h2 id=\"dek\">The valley's growers started picking two weeks early this year, after the warmest summer on record.</h2></header>" +
            "<div class=\"article-body\">" + ExtractionHarness.Story + "</div></article></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("dek", chosen[0].Element!.Id);
    }

    [Fact]
    public void HeadlineAloneBeforeTheBodyIsNotALead()
    {
        var tree = ExtractionHarness.Tree(
            "<body><article><header><h1>The valley's growers started picking two weeks early this year, after the warmest summer on record.</h1></header>" +
            "<div class=\"article-body\">" + ExtractionHarness.Story + "</div></article></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("article-body", Assert.Single(chosen).Element!.ClassName);
    }

    [Fact]
    public void TeaserBoxOfOtherStoriesBeforeTheBodyIsNotALead()
    {
        var tree = ExtractionHarness.Tree(
            "<body><article><div class=\"box\"><p>The pear harvest was poor this year because of a late frost in the spring, growers said.</p>" +
            "<p>A new bakery opened in the old station building on Friday, with bread baked in a wood oven.</p></div>" +
            "<div class=\"article-body\">" + ExtractionHarness.Story + "</div></article></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("article-body", Assert.Single(chosen).Element!.ClassName);
    }

    [Fact]
    public void SiblingBuiltLikeTheTopCandidateJoinsIt()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div id=\"page\"><div class=\"text-block\" id=\"one\">" + ExtractionHarness.Story + ExtractionHarness.Story + "</div>" +
            "<div class=\"text-block\" id=\"two\">" + LongSentence("mill") + "</div>" +
            "<div class=\"link-block\"><a href=\"/a\">Pear growers fear frost this spring in the valley</a></div></div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal(["one", "two"], chosen.Select(c => c.Element!.Id));
    }

    [Fact]
    public void NamedLedeInsideTheHeaderWrappersIsFound()
    {
        var tree = ExtractionHarness.Tree(
            "<body><article><header><div class=\"wrap\"><div class=\"inner\"><h1>Apples come early</h1><div class=\"lead\" id=\"lede\">Picking started two weeks early in the valley, and the growers are pleased with the crop</div></div></div></header>" +
            "<div class=\"article-body\">" + ExtractionHarness.Story + "</div></article></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("lede", chosen[0].Element!.Id);
    }

    [Fact]
    public void LedeInsideAnIntroHeaderBoxIsFound()
    {
        // "intro-header" reads as page chrome (stripped before scoring) and as a lede's box: the lede wins.
        var tree = ExtractionHarness.Tree(
            "<body><main><div class=\"container\"><div class=\"intro-header\"><h1>Apples come early</h1><p class=\"lead\" id=\"lede\">Picking started two weeks early in the valley, and the growers are pleased with the crop</p></div></div>" +
            "<div class=\"container\"><div class=\"text\">" + ExtractionHarness.Story + "</div></div></main></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("lede", chosen[0].Element!.Id);
    }

    [Fact]
    public void SummaryInsideASidebarIsNotTheLede()
    {
        var tree = ExtractionHarness.Tree(
            "<body><main><div class=\"sidebar\"><p class=\"summary\" id=\"other\">Pear growers fear a late frost this spring, and the cooperative has bought new heaters for the orchards</p></div>" +
            "<div class=\"text\">" + ExtractionHarness.Story + "</div></main></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.DoesNotContain(chosen, c => c.Element!.Id == "other");
    }

    [Fact]
    public void TeaserListNamedLikeALedeBoxGivesNoLede()
    {
        // "teaser-list related" is stripped and named like a lede's box, but its items are other stories.
        var teasers = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<div class=\"teaser-item\" id=\"t{i}\">Teaser {i} tells of the harbour, the ferries and the fish market, at length, with commas and asides.</div>"));
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"teaser-list related\">" + teasers + "</div><div class=\"text\">" + ExtractionHarness.Story + "</div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.DoesNotContain(chosen, c => (c.Element!.Id ?? "").StartsWith('t'));
    }

    private static string LongSentence(string place) =>
        $"The {place} cooperative met on Monday, as it does every autumn, to count the season's takings, pay the pickers and plan the winter work on the land.";
}
