using Lede.Extraction.Text;

namespace Lede.Extraction.Tests.Text;

public class BodyRegionFinderTests
{
    private static List<TextLine> Classify(params string[] lines) => lines.Select((line, i) => LineClassifier.Classify(i, line)).ToList();

    private static readonly string[] StoryLines =
    [
        "The council voted on Monday to close the old pier for repairs until the spring, after the storm.",
        "Engineers found cracks in three of its supports, and divers will inspect the foundations next week.",
        "Fishing boats will moor in the new basin on the east side of the harbour until the work is done.",
        "News",
        "Sport",
    ];

    [Fact]
    public void Footer_paragraphs_naming_two_legal_terms_between_them_are_a_disclaimer()
    {
        var lines = Classify([.. StoryLines,
            "The information provided on this website was first written for readers in one country.",
            "These products are not intended to diagnose or treat any disease, whatever the label says."]);
        Assert.Equal([5, 6], BodyRegionFinder.LegalBlocksInFooter(lines).Order());
    }

    [Fact]
    public void One_legal_term_in_the_footer_or_two_terms_above_it_make_no_disclaimer()
    {
        var oneTerm = Classify([.. StoryLines,
            "The council said the information on this website would be updated when the pier reopens.",
            "Boat owners can ask the harbour master about berths in the new basin during the repairs."]);
        Assert.Empty(BodyRegionFinder.LegalBlocksInFooter(oneTerm));

        var aboveFooter = Classify([
            "The regulator said this website had shared personal data without asking its readers first.",
            "The company said its cookies were needed for the site to work, and it would appeal the ruling.",
            .. StoryLines]);
        Assert.Empty(BodyRegionFinder.LegalBlocksInFooter(aboveFooter));

        // The story's last paragraphs run into the footer part: they began above it.
        var storyIntoFooter = Classify([.. StoryLines[..3],
            "The regulator said this website had shared personal data without asking its readers first.",
            "The company said its cookies were needed for the site to work, and it would appeal the ruling."]);
        Assert.Empty(BodyRegionFinder.LegalBlocksInFooter(storyIntoFooter));
    }
}
