using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class TaxonomyClassTests
{
    [Fact]
    public void TaxonomyClassesOfAPostDoNotMakeItAPagePart()
    {
        // "category-popular" names the post's topic; without the rule "popular" made the whole post a sidebar.
        var a = PageFixture.Extract("""
            <html><body><div id="post" class="post hentry category-popular tag-comments">
            <h1>Ten stories about the pier</h1><p>March 14, 2016</p>
            <p>The pier has stood since the town was founded and everyone who lives here has a story about it.</p>
            </div></body></html>
            """);
        Assert.Equal("2016-03-14", a.DatePublished);
    }

    [Theory]
    [InlineData("post category-popular", false)]
    [InlineData("tag-sidebar entry", false)]
    [InlineData("popular-posts", true)]
    [InlineData("widget related", true)]
    public void ClassWordsAreReadOutsideTaxonomyClasses(string cls, bool nonStory) =>
        Assert.Equal(nonStory, DateCandidateCollector.HasWord(cls, Lede.Extraction.Rules.MetadataRules.NonStoryTokens));
}
