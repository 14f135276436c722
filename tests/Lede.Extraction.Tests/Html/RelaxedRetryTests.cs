namespace Lede.Extraction.Tests.Html;

/// <summary>When the strict attempt finds only a short text, a relaxed attempt that finds much more wins.</summary>
public class RelaxedRetryTests
{
    [Fact]
    public void StoryInsideAWrapperNamedLikeAMenuWinsOverAShortBox()
    {
        // The page wraps everything in "outer-nav" (stripped while strict): the strict attempt keeps only
        // a short notice of a few paragraphs outside it; the relaxed one reads the story, four times longer.
        var story = string.Concat(new[] { "orchard", "vineyard", "dairy", "mill" }.Select(w => ExtractionHarness.Story.Replace("orchard", w, StringComparison.Ordinal)));
        var notice =
            "<div class=\"notice\"><p>Our offices close for the holidays from the twenty-third of December, and the phone line stays open for members, with shorter hours, as every year.</p>" +
            "<p>Members who need seed orders before the new year should send them by the twentieth, so that the warehouse can prepare them in time, before the staff leave.</p>" +
            "<p>The annual meeting takes place in the village hall in February, with the accounts, the elections to the board and a dinner, to which partners are invited too.</p>" +
            "<p>Seed catalogues for the spring arrive in January, and members can collect them at the office, or ask for a copy by post, free of charge, as before.</p></div>";
        var result = ExtractionHarness.Extract("<body><div class=\"outer-nav\"><div class=\"page\">" + story + "</div></div>" + notice + "</body>");
        Assert.Contains("The vineyard cooperative picked its first apples", result.Text);
        Assert.Contains("The mill cooperative picked its first apples", result.Text);
    }
}
