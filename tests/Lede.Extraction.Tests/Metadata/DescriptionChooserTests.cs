using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

public class DescriptionChooserTests
{
    private const string Body =
        "HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair.\n\n"
        + "Engineers replaced every cable under the boardwalk and fitted new lamps.\n\n"
        + "The council paid for the work from its maintenance budget.";

    [Fact]
    public void AReadMoreLabelClosingTheTeaserGivesWayToTheParagraph() =>
        Assert.Equal("HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair.",
            DescriptionChooser.Choose("HARBOURTON – The lights along the old pier were switched on again on Friday evening after a Read More", Body));

    [Theory]
    [InlineData("Visit the post for more.")]
    [InlineData("Read more …")]
    [InlineData("Weiterlesen")]
    public void ATagThatOnlyPointsToThePostGivesWayToTheOpening(string tag) =>
        Assert.StartsWith("HARBOURTON - The lights along the old pier were switched on again", DescriptionChooser.Choose(tag, Body));

    [Fact]
    public void ASentenceAboutReadingMoreIsASummary()
    {
        const string tag = "Read more books this winter: the library on the pier opens its new reading room on Friday.";
        Assert.Equal(tag, DescriptionChooser.Choose(tag, Body));
    }

    [Fact]
    public void PromotionAddedAfterTheParagraphIsDropped() =>
        Assert.Equal("HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair.",
            DescriptionChooser.Choose("HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair. Tickets for the pier tour here.", Body));

    [Fact]
    public void ATagThatRunsOnIntoTheNextParagraphStands()
    {
        const string tag = "HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair. Engineers replaced every cable";
        Assert.Equal(tag, DescriptionChooser.Choose(tag, Body));
    }

    private const string Teaser = "The council has switched the old pier lights back on after engineers replaced every cable under the boardwalk.";

    private static string? DescriptionWithTeaser(string tag) =>
        PageFixture.Extract($"<html><head><title>Pier lights return</title><meta property=\"og:description\" content=\"{tag}\"></head><body><article>"
            + $"<h1>Pier lights return</h1><div class=\"node__teaser\">{Teaser}</div>{PierStoryPage.Story}</article></body></html>").Description;

    [Theory]
    [InlineData("The council has switched the old pier lights back on after engineers replaced every cable...")]
    [InlineData("The council has switched the old pier lights back on after engineers replaced every")]
    [InlineData("The council has switched the old pier lights back on after engin")]
    public void ATagCutFromThePrintedTeaserGivesWayToTheTeaser(string tag) => Assert.Equal(Teaser, DescriptionWithTeaser(tag));

    [Fact]
    public void ATagThatSaysSomethingElseThanThePrintedTeaserStands() =>
        Assert.Equal("Guess what is shining over the harbour again tonight? Our photographers went down to see.",
            DescriptionWithTeaser("Guess what is shining over the harbour again tonight? Our photographers went down to see."));

    [Fact]
    public void EntitiesEscapedTwiceInTheTagAreDecoded() =>
        Assert.Equal("The pier lights are back \u2013 and brighter than ever.",
            DescriptionOf("<meta property=\"og:description\" content=\"The pier lights are back &amp;ndash; and brighter than ever.\">"));

    [Theory]
    [InlineData("Fish & chips at the pier tonight")]
    [InlineData("Tickets: adults &5; children free")]
    public void AnAmpersandInPlainWordsStays(string text) => Assert.Equal(text, DescriptionChooser.WithoutLeftoverEntities(text));

    [Fact]
    public void ATagThatFlattensTheParagraphsDashesGivesWayToThePrintedParagraph() =>
        Assert.Equal("HARBOURTON – The lights along the old pier were switched on – at last – on Friday.",
            DescriptionChooser.Choose("HARBOURTON - The lights along the old pier were switched on - at last - on Friday.",
                "HARBOURTON – The lights along the old pier were switched on – at last – on Friday.\n\nThe council paid."));

    [Theory]
    [InlineData("HARBOURTON - The lights along the old pier were switched on 'at last' on Friday.")]
    [InlineData("harbourton - the lights along the old pier were switched on ’at last’ on friday.")]
    public void ATagThatDiffersFromTheParagraphInQuotesOrCaseStands(string tag) =>
        Assert.Equal(tag, DescriptionChooser.Choose(tag, "HARBOURTON – The lights along the old pier were switched on ’at last’ on Friday.\n\nThe council paid."));

    [Theory]
    [InlineData("HARBOURTON - The lights along the old pier were switched on again on Fri…")]
    [InlineData("HARBOURTON - The lights along the old pier were switched on again on Friday evening after a")]
    [InlineData("A summary written for the page, unlike anything the story prints.")]
    public void ATagCutShortWithAMarkOrAtAWordOrWrittenApartStands(string tag) => Assert.Equal(tag, DescriptionChooser.Choose(tag, Body));

    [Fact]
    public void ATagCutInsideAWordWithoutAMarkGivesWayToTheParagraph() =>
        Assert.Equal("HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair.",
            DescriptionChooser.Choose("HARBOURTON - The lights along the old pier were switched on again on Fri", Body));

    [Theory]
    [InlineData("++ Harbour Gazette Pier ++", null)]
    [InlineData("harbourgazette.example | Pier", null)]
    [InlineData("Harbour Gazette » Pier", null)]
    [InlineData("Harbour Gazette Team North Shore", "Harbour Gazette Team North Shore")]
    [InlineData("Harbour Gazette reports on the pier lights tonight.", "Harbour Gazette reports on the pier lights tonight.")]
    [InlineData("The Harbour Gazette team went to the pier on Friday evening to see the lights come back on after the repair", "The Harbour Gazette team went to the pier on Friday evening to see the lights come back on after the repair")]
    public void ALabelThatOnlyNamesTheSiteGivesWayToTheOpeningParagraph(string tag, string? expected) =>
        Assert.Equal(expected ?? "HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair.",
            DescriptionChooser.Choose(tag, Body, siteName: tag.StartsWith("harbourgazette", StringComparison.Ordinal) ? "harbourgazette.example" : "Harbour Gazette"));

    [Fact]
    public void ACaptionSweptIntoACutTeaserIsLeftOut() =>
        Assert.Equal("HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair.",
            DescriptionChooser.Choose("HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair. "
                + "The new lamps at dusk. Photo: Ada Lind Engineers replaced every cable under the…", Body));

    [Fact]
    public void ACutTeaserThatRunsOnIntoTheNextParagraphStands()
    {
        const string tag = "HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair. Engineers replaced every cable under the…";
        Assert.Equal(tag, DescriptionChooser.Choose(tag, Body));
    }

    private static string? DescriptionOf(string head, string body = "") =>
        PageFixture.Read($"<html><head><title>Pier lights return</title>{head}</head><body>{body}<article><h1>Pier lights return</h1><p>Text.</p></article></body></html>").Description;

    private const string Summary = "The council has switched the old pier lights back on after engineers replaced every cable.";
    private const string Social = "Guess what is shining over the harbour again tonight? Our photographers went down to see.";

    [Fact]
    public void ThePlainTagStatedFirstAndSayingSomethingElseIsTheSummary() =>
        Assert.Equal(Summary, DescriptionOf($"""<meta name="description" content="{Summary}"><meta property="og:description" content="{Social}">"""));

    [Fact]
    public void OpenGraphStatedFirstLeads() =>
        Assert.Equal(Social, DescriptionOf($"""<meta property="og:description" content="{Social}"><meta name="description" content="{Summary}">"""));

    [Theory]
    [InlineData("The council has switched the old pier lights back on after engineers…")]
    [InlineData("The council has switched the old pier lights back on after engineers replaced every cable. The work took six weeks.")]
    public void APlainTagThatCutsOrExtendsOpenGraphLeavesOpenGraph(string plain) =>
        Assert.Equal(Summary, DescriptionOf($"""<meta name="description" content="{plain}"><meta property="og:description" content="{Summary}">"""));

    [Fact]
    public void OfTwoCutsOfOneSummaryThePlainTagStatedFirstStands() =>
        Assert.Equal("The council has switched the old pier lights back on after engineers...",
            DescriptionOf("""<meta name="description" content="The council has switched the old pier lights back on after engineers..."><meta property="og:description" content="The council has switched the old pier lights back on after engineers replaced every cable under the board…">"""));

    [Fact]
    public void OfTwoCopiesOfOneSummaryTheOneWithATemplateAttributeLeftInGivesWay() =>
        Assert.Equal(Summary, DescriptionOf($"""<meta name="description" content="{Summary}"><meta property="og:description" content="{Summary} Gallery order_by=&quot;sortorder…">"""));

    [Fact]
    public void OfTwoCutsOfOneSummaryOpenGraphStatedFirstStands() =>
        Assert.Equal("The council has switched the old pier lights back on after engineers replaced every cable under the board…",
            DescriptionOf("""<meta property="og:description" content="The council has switched the old pier lights back on after engineers replaced every cable under the board…"><meta name="description" content="The council has switched the old pier lights back on after engineers...">"""));

    [Fact]
    public void ASiteTaglineStatedFirstLeavesOpenGraph() =>
        Assert.Equal(Social, DescriptionOf($"""<meta name="description" content="Harbour Gazette - news from the north shore"><meta property="og:description" content="{Social}">"""));

    [Fact]
    public void OpenGraphRepeatedByTheStructuredDataStands() =>
        Assert.Equal(Social, DescriptionOf(
            $"""<meta name="description" content="{Summary}"><meta property="og:description" content="{Social}"><script type="application/ld+json">{"{"}"@type":"NewsArticle","headline":"Pier lights return","description":"{Social}"{"}"}</script>"""));

    [Fact]
    public void MicrodataIsNoPageSummary() =>
        Assert.Equal(Social, DescriptionOf(
            $"""<meta itemprop="description" content="{Summary}"><meta property="og:description" content="{Social}"><meta name="description" content="{Social}">"""));

    [Fact]
    public void WithoutATagTheOpeningParagraphDescribesTheStory() =>
        Assert.Equal("HARBOURTON - The lights along the old pier were switched on again on Friday evening after a long repair.", DescriptionChooser.Choose(null, Body));

    [Fact]
    public void AShortOpeningLineIsNoDescription() => Assert.Null(DescriptionChooser.Choose(null, "Pier news\n\n" + Body));

    [Fact]
    public void AHeadlineGluedToTheSummaryIsCutOff() =>
        Assert.Equal("Engineers rewired the old pier and the lamps shine again after a long winter.",
            DescriptionChooser.Choose("Light at the pierEngineers rewired the old pier and the lamps shine again after a long winter.", Body, "Light at the pier"));

    [Fact]
    public void ASummaryThatMerelyOpensWithTheHeadlineWordsStands()
    {
        const string tag = "Light at the pier returns after engineers rewired the old boardwalk this winter.";
        Assert.Equal(tag, DescriptionChooser.Choose(tag, Body, "Light at the pier"));
    }

    [Theory]
    [InlineData("Ein Interview von Tove Berg mit Olaf Renk.")]
    [InlineData("Von Tove Berg.")]
    [InlineData("By Tove Berg")]
    public void AClosingBylineSentenceIsNotPartOfTheSummary(string credit) =>
        Assert.Equal("“The pier is the heart of this town,” says the engineer who rewired it.",
            DescriptionChooser.Choose("“The pier is the heart of this town,” says the engineer who rewired it. " + credit, Body));

    [Fact]
    public void AClosingSentenceThatOnlyStartsLikeABylineStays()
    {
        const string tag = "The pier lamps shine again after the winter. By the summer the cafe at the pier head will reopen too.";
        Assert.Equal(tag, DescriptionChooser.Choose(tag, Body));
    }

    [Fact]
    public void ATagCutInsideAWordGivesWayToATagThatCompletesIt() =>
        Assert.Equal("The lights along the old pier were switched on again on Friday evening after a long repair.",
            DescriptionChooser.Completed("The lights along the old pier were switched on again on Fri",
                ["The lights along the old pier were switched on again on Fri", "The lights along the old pier were switched on again on Friday evening after a long repair."]));

    [Fact]
    public void ATagCutWithAMarkStands()
    {
        const string tag = "The lights along the old pier were switched on again on Fri…";
        Assert.Equal(tag, DescriptionChooser.Completed(tag, ["The lights along the old pier were switched on again on Friday evening after a long repair."]));
    }

    private const string LongStory =
        "The lights along the old pier were switched on again on Friday evening after a long repair.\n\n"
        + "Engineers replaced every cable under the boardwalk and fitted new lamps that use a fraction of the power the old ones drew. "
        + "The council paid for the work from its maintenance budget, and the harbour master said the pier would stay open until midnight "
        + "through the summer. Fishermen who moor at the pier head had complained for two winters that the dark boardwalk was dangerous.\n\n"
        + "A small ceremony marked the switch-on, with a brass band playing on the promenade while families walked to the end and back.";

    [Fact]
    public void TheSitesSloganGivesWayToTheStorysOpening() =>
        Assert.Equal("The lights along the old pier were switched on again on Friday evening after a long repair.",
            DescriptionChooser.Choose("Your daily window onto coastal shipping markets.", LongStory, "Pier lights return"));

    [Fact]
    public void ATagThatSharesAWordWithTheStoryStands()
    {
        // "boardwalk" is the story's word: the tag speaks of this story in its own words.
        const string tag = "A seaside town celebrates its restored boardwalk with music and fireworks.";
        Assert.Equal(tag, DescriptionChooser.Choose(tag, LongStory, "Pier lights return"));
    }

    [Fact]
    public void TheSloganStandsWhereTheOpeningIsNoSummary()
    {
        // An index page: its first block is a long list, not a sentence or two.
        var index = string.Join(" ", Enumerable.Repeat("Harbour, ferry, lighthouse, pier, boardwalk, promenade, quay, dock, marina, jetty,", 12)) + "\n\nMore below.";
        const string tag = "Your daily window onto coastal shipping markets.";
        Assert.Equal(tag, DescriptionChooser.Choose(tag, index, "Index"));
    }
}
