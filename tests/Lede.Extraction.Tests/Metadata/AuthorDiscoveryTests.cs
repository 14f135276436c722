using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

public class AuthorDiscoveryTests
{
    private static string Page(string head, string body) =>
        $"<html><head><title>Pier lights return</title>{head}</head><body><article><h1>Pier lights return</h1>{body}"
        + "<p>The lights along the old pier were switched on again on Friday evening after a long repair.</p></article></body></html>";

    [Fact]
    public void AUserNameInBylineMarkupIsKeptAsWritten()
    {
        var a = PageFixture.Extract(Page("", """<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/kestrel77/">kestrel77</a></span></span>"""));
        Assert.Equal("kestrel77", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void ATeamNameInJsonLdPersonIsKeptAsWritten()
    {
        var a = PageFixture.Extract(Page("""<script type="application/ld+json">{"@type":"BlogPosting","headline":"Pier lights return","author":{"@type":"Person","name":"Harbour Team"}}</script>""", ""));
        Assert.Equal("Harbour Team", Assert.Single(a.Authors).Name);
    }

    [Theory]
    [InlineData("Staff Writer")]
    [InlineData("admin")]
    [InlineData("Follow")]
    [InlineData("Seaview Media GmbH")]
    [InlineData("Die Hafenzeitung")]
    [InlineData("Courier (www.courier.example)")]
    [InlineData("Agencies")]
    [InlineData("Agenturen")]
    [InlineData("Publish a post")]
    [InlineData("Hundreds of paid subscribers")]
    public void JobTitlesPlaceholdersAndCompaniesAreNotKeptVerbatim(string byline) =>
        Assert.Null(MetadataReader.VerbatimAuthor(byline));

    [Theory]
    [InlineData("Northern Space Agency")]
    [InlineData("Harbour University")]
    [InlineData("Institut für Küstenforschung")]
    public void AnInstitutionCreditedAsTheBylineNamesNoWriter(string byline)
    {
        Assert.Null(MetadataReader.VerbatimAuthor(byline));
        Assert.Null(MetadataReader.VerbatimAuthor(byline, allowNewsroom: true));
    }

    [Fact]
    public void AOneWordCreditThatIsNoInstitutionWordStaysVerbatim() =>
        Assert.Equal("Tidewatch", MetadataReader.VerbatimAuthor("Tidewatch"));

    [Theory]
    [InlineData("tidewatcher")]
    [InlineData("mara lindqvist")]
    [InlineData("Harbour Blog Redaktion")]
    public void AShortCreditWithOneWordInLowerCaseStaysVerbatim(string byline) =>
        Assert.Equal(byline, MetadataReader.VerbatimAuthor(byline, allowNewsroom: true));

    [Fact]
    public void ALoginWidgetClassedAuthorizersIsNoByline()
    {
        // "externalAuthorizersLabel" holds "Author" in its class; the byline is the author link further on.
        var a = PageFixture.Extract(Page("", """<div class="externalAuthorizersLabel">Or Sign Up Using</div><p>By <a href="/author/mara-lindqvist/">Mara Lindqvist</a></p>"""));
        Assert.Equal("Mara Lindqvist", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void AnEmbeddedPostsAuthorIsNoByline()
    {
        var a = PageFixture.Extract(Page("", """<p>Crowds gathered on the quay to watch the lamps come on one by one.</p><blockquote class="twitter-tweet"><span class="tweet-author-name">Tomas Hale</span> The pier is lit again.</blockquote><p>By <a href="/author/mara-lindqvist/">Mara Lindqvist</a></p>"""));
        Assert.Equal("Mara Lindqvist", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void AnAuthorBoxGivesTheNameItsAuthorLinkHolds()
    {
        // The box is classed as the author's and holds the link, a section label, and the boxes of its buttons and counters.
        var a = PageFixture.Extract(Page("", """<div class="author-info-block"><span><a href="/author-bio.asp?author_id=8">Mara Lindqvist</a><br></span><span>News</span></div>"""
            + """<div class="author-info-block"><span>Connect Directly</span></div><div class="author-info-block">0 comments Comment Now</div><div class="author-info-block">Login</div>"""));
        Assert.Equal("Mara Lindqvist", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void AWriterNamedAfterTheLinkedOneStaysInTheByline()
    {
        var a = PageFixture.Extract(Page("", """<div class="author-box"><a href="/author/mara-lindqvist/">Mara Lindqvist</a> and Tomas Hale</div>"""));
        Assert.Equal(["Mara Lindqvist", "Tomas Hale"], a.Authors.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Connect Directly", true)]
    [InlineData("0 comments Comment Now", true)]
    [InlineData("Login", true)]
    [InlineData("Mara Lindqvist", false)]
    public void ButtonAndCounterLabelsAreNoNames(string text, bool isLabel) =>
        Assert.Equal(isLabel, MetadataReader.IsInterfaceLabel(text));

    [Fact]
    public void AJsonLdPersonNamedAgenciesIsNoAuthor()
    {
        var a = PageFixture.Extract(Page("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier lights return","author":{"@type":"Person","name":"Agencies"}}</script>""", ""));
        Assert.Empty(a.Authors);
    }

    [Theory]
    [InlineData("Pierblogger", "Pierblogger")]
    [InlineData("PierblogOnline", null)]
    [InlineData("Pierblog.de", null)]
    public void ANameThatOnlyStartsWithTheSitesNameIsAWriter(string byline, string? expected)
    {
        // "Pierblogger" on pierblog.example is the blog's writer; "PierblogOnline" and "Pierblog.de" are the site itself.
        var a = PageFixture.Extract(Page("""<meta property="og:site_name" content="Pierblog">""", $"""<h4 class="vcard author">vom <span class="fn">{byline}</span></h4>"""), "https://pierblog.example/lights");
        Assert.Equal(expected, a.Authors.SingleOrDefault()?.Name);
    }

    [Theory]
    [InlineData("Lamps and Lanterns in Harbourton - Lampas Y Faroles und Pier Lights", true)]
    [InlineData("Nordische Küstenanstalt für Hafen und Fischerei - NKF", true)]
    [InlineData("Ilse Brandt, Tove Berg und Jan Roe", false)]
    [InlineData("Anna, Ben und Carl", false)]
    [InlineData("Harbour Lights - Ilse Brandt", false)]
    public void APhraseSplitIntoSingleWordsIsNoListOfWriters(string byline, bool phrase) =>
        Assert.Equal(phrase, MetadataReader.IsPhraseSplitAsNames(byline));

    [Fact]
    public void AnInstitutionsNameInTheAuthorTagGivesWayToTheWriterThePageNames()
    {
        var a = PageFixture.Extract(Page("""<meta name="author" content="Nordische Küstenanstalt für Hafen und Fischerei - NKF">""",
            """<p>Autoren: <span itemprop="author">Ilse Brandt</span></p>"""));
        Assert.Equal("Ilse Brandt", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void VerbatimBylinesLoseTheirLabels()
    {
        Assert.Equal("Nordlicht", MetadataReader.VerbatimAuthor("vom Nordlicht"));
        Assert.Equal("pier_watcher", MetadataReader.VerbatimAuthor("Author(s): pier_watcher"));
    }

    [Fact]
    public void ANamePrintedTwiceIsOneName() => Assert.Equal("Ilse Brandt", MetadataReader.CollapseRepeat("Ilse Brandt Ilse Brandt"));

    [Fact]
    public void LabelledTwitterDataNamesTheAuthor()
    {
        var m = PageFixture.Read(Page("""<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Ilse Brandt"><meta name="twitter:label2" content="Lesezeit"><meta name="twitter:data2" content="3 Minuten">""", ""));
        Assert.Equal("Ilse Brandt", Assert.Single(m.Bylines).Name);
    }

    [Fact]
    public void AnyClassWithAuthorInItIsABylineCandidate()
    {
        var a = PageFixture.Extract(Page("", """<span class="news-list-author">Erstellt von Ilse Brandt</span>"""));
        Assert.Equal("Ilse Brandt", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void TheDateAndItsConnectorAreCutOffAMarkupByline()
    {
        var a = PageFixture.Extract(Page("", """<div class="post-author">Ilse Brandt am 03.04.2021, 10:15</div>"""));
        Assert.Equal("Ilse Brandt", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void APlainTextLineOpeningWithABylineWordNamesTheAuthor()
    {
        var a = PageFixture.Extract(Page("", """<div class="meta-info">Ein Artikel von <strong>Ilse Brandt</strong> | 27.01.2022 - 12:45</div>"""));
        Assert.Equal("Ilse Brandt", Assert.Single(a.Authors).Name);
        var en = PageFixture.Extract(Page("", """<p><i>By Tomas Vell and Ana Ruiz</i></p>"""));
        Assert.Equal(["Tomas Vell", "Ana Ruiz"], en.Authors.Select(p => p.Name));
    }

    [Fact]
    public void ProseThatOpensWithVonIsNoByline()
    {
        var a = PageFixture.Extract(Page("", """<p>von der Stadt verwaltet und seit Jahren geschlossen, wurde die Halle nun verkauft.</p>"""));
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void ABareByLabelIsFollowedByTheNameInTheNextElement()
    {
        var a = PageFixture.Extract(Page("", """<div class="x9"><span class="q1">By</span><span><a href="/team/ilse-brandt">Ilse Brandt</a></span></div>"""));
        Assert.Equal("Ilse Brandt", Assert.Single(a.Authors).Name);
    }

    [Fact]
    public void TheSiteNameBesideTheAuthorInOneMetaFieldIsDropped()
    {
        var a = PageFixture.Extract(Page("""<meta property="og:site_name" content="pierwatch"><meta name="author" content="pierwatch - Ilse Brandt">""", ""), "https://pierwatch.example/lights");
        Assert.Equal("Ilse Brandt", Assert.Single(a.Authors).Name);
    }
}
