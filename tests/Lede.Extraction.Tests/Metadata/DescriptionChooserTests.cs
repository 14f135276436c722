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

    [Theory]
    [InlineData("HARBOURTON - The lights along the old pier were switched on again on Fri…")]
    [InlineData("HARBOURTON - The lights along the old pier were switched on again on Fri")]
    [InlineData("A summary written for the page, unlike anything the story prints.")]
    public void ATagCutShortOrWrittenApartStands(string tag) => Assert.Equal(tag, DescriptionChooser.Choose(tag, Body));
}
