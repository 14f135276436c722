using Lede.Extraction.Text;

namespace Lede.Extraction.Tests.Text;

public class DatelineParserTests
{
    [Theory]
    [InlineData("WASHINGTON (AP) — The council voted on Tuesday.", "WASHINGTON", "AP")]
    [InlineData("Washington (AFP) – The council voted on Tuesday.", "Washington", "AFP")]
    [InlineData("LONDON, March 5 (Reuters) - The council voted on Tuesday.", "LONDON", "Reuters")]
    [InlineData("BERLIN (dpa) - Der Rat stimmte am Dienstag ab.", "BERLIN", "dpa")]
    [InlineData("SAN JUAN, Puerto Rico (AP) — The council voted on Tuesday.", "SAN JUAN, Puerto Rico", "AP")]
    [InlineData("RENO, Nev. (AP) — The council voted on Tuesday.", "RENO, Nev.", "AP")]
    [InlineData("PASADENA, Calif., Jan. 1 (UPI) — The council voted on Tuesday.", "PASADENA, Calif.", "UPI")]
    [InlineData("Nagpur (India) (AFP) – The council voted on Tuesday.", "Nagpur, India", "AFP")]
    public void Reads_place_and_agency(string paragraph, string place, string agency)
    {
        var parsed = DatelineParser.Parse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal(place, parsed.Value.Dateline.Place);
        Assert.Equal(agency, parsed.Value.Dateline.Agency);
        Assert.StartsWith("The", paragraph[parsed.Value.Length..].Replace("Der", "The"));
    }

    [Fact]
    public void Reads_a_place_in_capitals_without_agency()
    {
        var parsed = DatelineParser.Parse("NEW YORK — The council voted on Tuesday.");
        Assert.NotNull(parsed);
        Assert.Equal("NEW YORK", parsed.Value.Dateline.Place);
        Assert.Null(parsed.Value.Dateline.Agency);
    }

    [Fact]
    public void Keeps_the_day_a_dateline_gives()
    {
        var parsed = DatelineParser.ParseDetailed("LONDON, March 5 (Reuters) - The council voted.");
        Assert.Equal("March 5", parsed?.DateText);
    }

    [Fact]
    public void Reads_an_agency_dateline_without_a_place()
    {
        var parsed = DatelineParser.Parse("Dec 29 (Reuters) - The council voted on Tuesday.");
        Assert.NotNull(parsed);
        Assert.Equal("", parsed.Value.Dateline.Place);
        Assert.Equal("Reuters", parsed.Value.Dateline.Agency);
    }

    [Theory]
    [InlineData("Washington — the council said it would vote.")]
    [InlineData("Sen. Ada Marsh (R-Texas) — who chairs the panel — said no.")]
    [InlineData("The council voted on Tuesday.")]
    [InlineData("I — for one — disagree.")]
    public void Ignores_openings_that_are_not_datelines(string paragraph)
    {
        Assert.Null(DatelineParser.Parse(paragraph));
    }
}
