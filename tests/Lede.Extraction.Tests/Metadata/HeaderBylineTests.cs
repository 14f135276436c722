namespace Lede.Extraction.Tests.Metadata;

/// <summary>Bylines printed without a "By": a dated header line, a lone first name the page spells out, a newsroom staff link.</summary>
public class HeaderBylineTests
{
    private const string Story =
        "<p>The lights along the old pier were switched on again on Friday evening after a repair that took most of the winter. "
        + "Engineers replaced the cables under the boardwalk, and the harbour board paid for new lamps that use far less power than the old ones. "
        + "Residents gathered at the gate to watch, and the brass band played until the last lamp at the end of the pier came on.</p>";

    [Theory]
    [InlineData("<small>04.02.2022 | 13:10 Uhr | Tove Berg</small>")]
    [InlineData("<span>4 February 2022 - Tove Berg</span>")]
    public void ADateAndOneFullNameBesideTheHeadlineAreTheByline(string line)
    {
        var a = PageFixture.Extract($"<html><head><title>Pier lights return</title></head><body><div class=\"content\"><div>{line}<h1>Pier lights return</h1></div>{Story}</div></body></html>");
        Assert.Equal("Tove Berg", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void ADatedLineWithMoreThanANameIsNoByline()
    {
        var a = PageFixture.Extract($"<html><head><title>Pier lights return</title></head><body><div><div><small>04.02.2022 | Harbour News | Tove Berg</small><h1>Pier lights return</h1></div>{Story}</div></body></html>");
        Assert.Empty(a.Authors);
    }

    private static string FirstNamePage(string credits) =>
        "<html><head><title>Pier lights return</title><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Pier lights return\",\"author\":{\"@type\":\"Person\",\"name\":\"Henrik\"}}</script></head>"
        + $"<body><article><h1>Pier lights return</h1>{Story}{credits}</article></body></html>";

    [Fact]
    public void ALoneFirstNameStandsForTheFullNameThePagePrints()
    {
        var a = PageFixture.Extract(FirstNamePage("<p>Henrik</p><p class=\"credit\">Photo: Henrik Dalberg</p>"));
        Assert.Equal("Henrik Dalberg", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void ALoneFirstNameWithTwoPossibleSurnamesStaysAsIs()
    {
        var a = PageFixture.Extract(FirstNamePage("<p>Henrik</p><p>Photo: Henrik Dalberg</p><p>Map: Henrik Ostmann</p>"));
        Assert.Equal("Henrik", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void AWordRunningIntoALongerProperNameIsNoSurname()
    {
        var a = PageFixture.Extract(FirstNamePage("<p>Henrik</p><p><a href=\"/shop/lamp\">Henrik Lighting Starter</a></p><p><a href=\"/shop/cable\">Henrik Lighting Cable</a>, 2 metres</p>"));
        Assert.Equal("Henrik", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void ATwoLetterHandleLinkedAsTheAuthorIsTheByline()
    {
        var a = PageFixture.Extract($"<html><head><title>Pier lights return</title></head><body><article><h1>Pier lights return</h1><p class=\"meta\"><span class=\"by-author\"> von <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/admin/\" rel=\"author\">tb</a></span></span></p>{Story}</article></body></html>");
        Assert.Equal("tb", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void TwoLettersInAnAuthorClassWithoutTheLinkAreNoByline()
    {
        var a = PageFixture.Extract($"<html><head><title>Pier lights return</title></head><body><article><h1>Pier lights return</h1><p class=\"meta\"><span class=\"author\">tb</span></p>{Story}</article></body></html>");
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void AFirstNameOpeningASentenceIsNotExpanded()
    {
        var a = PageFixture.Extract(FirstNamePage("<h2>About Henrik</h2>Because the pier matters, I write about it."));
        Assert.Equal("Henrik", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void ALinkToANewsroomStaffPageNamesTheAuthor()
    {
        var a = PageFixture.Extract($"<html><head><title>Pier lights return</title></head><body><article><h1>Pier lights return</h1><p class=\"meta\"><a href=\"/en/staff/tove-berg/\">Tove Berg</a></p>{Story}</article></body></html>");
        Assert.Equal("Tove Berg", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void ABylineInATeaserClassedBlockRightUnderTheHeadlineCounts()
    {
        var a = PageFixture.Extract($"<html><head><title>Pier lights return</title></head><body><article><h1>Pier lights return</h1><div class=\"teaser__meta\"><p class=\"byline__author\">VON <a href=\"/autoren/berg-tove\">TOVE BERG</a> am 4. Februar 2022</p></div>{Story}</article></body></html>");
        Assert.Equal("Tove Berg", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void ABylineInATeaserOfAnotherStoryDoesNotCount()
    {
        var a = PageFixture.Extract($"<html><head><title>Pier lights return</title></head><body><article><h1>Pier lights return</h1>{Story}</article><div class=\"teaser\"><h2>Harbour crane sold</h2><p class=\"byline__author\">Von Olaf Renk</p></div></body></html>");
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void GermanRoleWordsInABylineAreNoNames()
    {
        var byline = Lede.Extraction.Text.BylineParser.Parse("Tove Berg, deutsche Journalistin, Kolumnistin und Fotografin");
        Assert.Equal("Tove Berg", Assert.Single(byline.Authors).Name);
    }
}
