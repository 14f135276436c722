namespace Lede.Extraction.Tests.Metadata;

/// <summary>A book review's fact sheet ("Titel: … / Autorin: … / Verlag: …") names the reviewed book's author, not the review's.</summary>
public class WorkFactSheetTests
{
    private const string Review =
        "<p>This month I finally read the novel everyone in my reading group had been talking about since the spring.</p>"
        + "<p>The story follows two sisters who restore a lighthouse on a windswept island and find letters hidden in its walls.</p>";

    private static string[] Authors(string article) =>
        PageFixture.Extract($"<html><head><title>Reading list: June</title></head><body><article><h1>Reading list: June</h1>{Review}{article}</article></body></html>",
            "https://bookshelf.example/2016/06/reading-list").Authors.Select(a => a.Name).ToArray();

    [Fact]
    public void AnAuthorLineAmongTheBooksFactsNamesNoWriter() =>
        Assert.Empty(Authors("""<div><u>Titel:</u> The Lighthouse Letters</div><div><u>Seiten:</u> 400 Seiten</div><div><u>Autorin: </u>Maren Solberg</div><div><u>Verlag: </u>Example Books</div>"""));

    [Fact]
    public void AnAuthorLineFollowedByThePublisherInTheSameParagraphNamesNoWriter() =>
        Assert.Empty(Authors("""<p>Author: Maren Solberg<br>Publisher: Example Books<br>Pages: 400</p>"""));

    [Fact]
    public void AnAuthorLineBesideTheStorysDateStays() =>
        Assert.Equal(["Ilse Brandt"], Authors("""<div><u>Autorin:</u> Ilse Brandt</div><div><u>Datum:</u> 12.06.2016</div>"""));
}
