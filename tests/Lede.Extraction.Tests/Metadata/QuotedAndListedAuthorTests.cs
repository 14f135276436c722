namespace Lede.Extraction.Tests.Metadata;

/// <summary>Author markup that names someone other than the story's writer: a quotation's speaker, another story's writer.</summary>
public class QuotedAndListedAuthorTests
{
    private const string Story =
        "<p>The lights along the old pier were switched on again on Friday evening after a long repair that took most of the winter.</p>"
        + "<p>Engineers replaced every cable under the boardwalk and fitted new lamps that use a fraction of the power.</p>";

    private static string[] Authors(string article, string aside) =>
        PageFixture.Extract($"<html><head><title>Pier lights return</title></head><body><article><h1>Pier lights return</h1>{article}{Story}</article><section>{aside}</section></body></html>",
            "https://hafenblatt.example/pier").Authors.Select(a => a.Name).ToArray();

    [Fact]
    public void TheSpeakerOfAQuoteBoxIsNoAuthor() =>
        Assert.Empty(Authors("", """<h3>Quoted</h3><a href="/ilse-brandt-writer" title="Ilse Brandt"><blockquote><p>"The pier is the town's front room."</p><span class="quote-author">Ilse Brandt, writer and columnist</span></blockquote></a>"""));

    [Fact]
    public void TheWriterOfALinkedStoryCardIsNoAuthor() =>
        Assert.Empty(Authors("", """<ul><li><a href="/harbour-fees"><h4 class="item__title">Harbour fees rise in spring</h4><span class="item__author">Jonas Keller</span><span class="item__date">12.10.2023</span></a></li></ul>"""));

    [Fact]
    public void TheStorysOwnLinkedBylineStays() =>
        Assert.Equal(["Ilse Brandt"], Authors("""<p class="byline">By <a class="author" href="/author/ilse-brandt">Ilse Brandt</a></p>""",
            """<ul><li><a href="/harbour-fees"><h4 class="item__title">Harbour fees rise in spring</h4><span class="item__author">Jonas Keller</span></a></li></ul>"""));

    [Fact]
    public void APostedByLineUnderAnEmbeddedPostIsNoAuthor() =>
        Assert.Empty(Authors("""<blockquote class="fb-xfbml-parse-ignore"><p>The pier lamps are back, come and see them tonight!</p><p>Posted by <a href="https://social.example/ilse.brandt">Ilse Brandt</a></p></blockquote>""", ""));

    [Fact]
    public void AVonLineInALinkedStoryCardIsNoAuthor() =>
        Assert.Empty(Authors("", """<div class="listing"><a href="/harbour-fees"><h3>Harbour fees rise in spring</h3><div class="listing__teaser">What boat owners pay from April.</div><div>Von <span>Jonas Keller</span> am <span>08.12.2022</span></div></a></div>"""));

    [Fact]
    public void APostedByLineInTheStoryStays() =>
        Assert.Equal(["Ilse Brandt"], Authors("<p>Posted by Ilse Brandt</p>", ""));
}
