using Lede.Extraction.Text;

namespace Lede.Extraction.Tests.Text;

public class LineClassifierTests
{
    private static LineKind Kind(string line) => LineClassifier.Classify(0, line).Kind;

    [Theory]
    [InlineData("Home › World › Europe › Harbours")]
    [InlineData("News | Sport | Weather | Culture")]
    public void Menus_are_navigation(string line) => Assert.Equal(LineKind.Navigation, Kind(line));

    [Fact]
    public void Server_error_output_is_furniture() =>
        Assert.Equal(LineKind.Furniture, Kind("Deprecated: Function create_function() is deprecated in /home/site/public_html/lib/menu.php on line 31"));

    [Theory]
    [InlineData("All sections")]
    [InlineData("Opinion")]
    [InlineData("Most Popular Stories")]
    public void Short_labels_are_not_story(string line)
    {
        var classified = LineClassifier.Classify(0, line);
        Assert.NotEqual(LineKind.Prose, classified.Kind);
        Assert.True(classified.Score < 0);
    }

    [Theory]
    [InlineData("Copyright 2025 The Harbour Courier. All rights reserved.")]
    [InlineData("© 2025 Lindenfeld Media")]
    [InlineData("Share this article")]
    [InlineData("Sign up for our morning newsletter")]
    [InlineData("Related stories")]
    [InlineData("Advertisement")]
    [InlineData("12 Comments")]
    public void Page_furniture_is_recognised(string line) => Assert.Equal(LineKind.Furniture, Kind(line));

    [Fact]
    public void A_page_end_weighs_more_than_an_advertisement_label()
    {
        Assert.True(LineClassifier.Classify(0, "Related stories").Score < LineClassifier.Classify(0, "Advertisement").Score);
    }

    [Theory]
    [InlineData("The harbour authority said on Thursday that the old pier would close for repairs until the spring, citing storm damage.")]
    [InlineData("LINDENFELD (AP) — The Harbour Authority Board Met On Thursday With The Mayor And Council Members Present.")]
    public void Sentences_are_prose(string line) => Assert.Equal(LineKind.Prose, Kind(line));

    [Theory]
    [InlineData("Click the map above and see which harbour towns closed their piers after the storm on the coast last week.")]
    [InlineData("Clique e veja a lista completa das cidades do litoral que fecharam os portos depois da tempestade desta semana.")]
    [InlineData("Klicken Sie hier und lesen Sie alle Ergebnisse des Spieltags mit den Tabellen der beiden Ligen.")]
    public void Blurbs_sending_the_reader_to_another_page_are_not_story(string line)
    {
        var classified = LineClassifier.Classify(0, line);
        Assert.Equal(LineKind.Short, classified.Kind);
        Assert.True(classified.Score < 0);
    }

    [Fact]
    public void A_sentence_about_clicks_is_prose() =>
        Assert.Equal(LineKind.Prose, Kind("Clicks on the new advertisements rose by a third in the first month, the company said on Monday."));

    [Theory]
    [InlineData("Updated: March 6, 2025 9:14 AM EST")]
    [InlineData("2025-03-05")]
    public void Stamps_are_dates(string line) => Assert.Equal(LineKind.DateStamp, Kind(line));

    [Fact]
    public void Captions_carry_their_credit()
    {
        var line = LineClassifier.Classify(0, "Boats wait in the harbour at dawn. (AP Photo/Rhea Castell)");
        Assert.Equal(LineKind.Caption, line.Kind);
        Assert.Equal("AP Photo/Rhea Castell", line.Caption?.Credit);
    }
}
