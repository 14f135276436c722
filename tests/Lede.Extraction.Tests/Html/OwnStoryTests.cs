namespace Lede.Extraction.Tests.Html;

/// <summary>A page of several full stories (an endless scroll): the one its address names is the story.</summary>
public class OwnStoryTests
{
    private static string Story(params string[] words) =>
        string.Concat(words.Select(w => ExtractionHarness.Story.Replace("orchard", w, StringComparison.Ordinal)));

    private static string Page(string firstId) =>
        "<body><main>" +
        $"<article id=\"{firstId}\"><div class=\"detail\">" + Story("harbour", "ferry", "lighthouse", "quay", "dock") + "</div></article>" +
        "<article id=\"apple-harvest-starts-early\"><div class=\"detail\">" + Story("orchard", "vineyard", "dairy") + "</div></article>" +
        "</main></body>";

    [Fact]
    public void TheArticleWhoseIdIsTheAddressSlugIsTheStory()
    {
        var result = ExtractionHarness.Extract(Page("ferry-timetable-changes-again"), "https://example.org/news/2019/05/14/apple-harvest-starts-early/");
        Assert.Contains("The vineyard cooperative picked its first apples", result.Text);
        Assert.DoesNotContain("harbour", result.Text);
    }

    [Fact]
    public void ASlugOfLettersTheAddressEscapesMatchesTheIdAsWritten()
    {
        var page = Page("ferry-timetable-changes-again").Replace("apple-harvest-starts-early", "äpfel-ernte-beginnt-früh", StringComparison.Ordinal);
        var result = ExtractionHarness.Extract(page, "https://example.org/news/2019/05/14/äpfel-ernte-beginnt-früh");
        Assert.Contains("The vineyard cooperative picked its first apples", result.Text);
        Assert.DoesNotContain("harbour", result.Text);
    }

    [Fact]
    public void WithoutSuchAnIdTheBestScoredStoryStays()
    {
        var result = ExtractionHarness.Extract(Page("ferry-timetable-changes-again"), "https://example.org/news/2019/05/14/another-story-entirely");
        Assert.Contains("The harbour cooperative picked its first apples", result.Text);
    }
}
