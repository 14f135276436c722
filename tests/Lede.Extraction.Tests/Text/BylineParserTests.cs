using Lede.Extraction.Text;

namespace Lede.Extraction.Tests.Text;

public class BylineParserTests
{
    private static string[] Names(Byline byline) => byline.Authors.Select(a => a.Name).ToArray();

    [Theory]
    [InlineData("By Mara Lindqvist, Tomas Hale and Priya Natarajan", new[] { "Mara Lindqvist", "Tomas Hale", "Priya Natarajan" })]
    [InlineData("Von Jonas Keller und Lea Brandt", new[] { "Jonas Keller", "Lea Brandt" })]
    [InlineData("Par Camille Roux et Hugo Lefèvre", new[] { "Camille Roux", "Hugo Lefèvre" })]
    [InlineData("Por Lucía Ferrer y Mateo Ruiz", new[] { "Lucía Ferrer", "Mateo Ruiz" })]
    [InlineData("Nadia Okafor, Staff Writer", new[] { "Nadia Okafor" })]
    [InlineData("By Ezra Whitcombe, Senior Political Correspondent", new[] { "Ezra Whitcombe" })]
    [InlineData("By Ezra Whitcombe, The Washington Post", new[] { "Ezra Whitcombe" })]
    [InlineData("By Ezra Whitcombe. Email: ezra@example.org, Twitter: @ezra", new[] { "Ezra Whitcombe" })]
    // Profile links printed after the name: "Google+ mehr", "LinkedIn".
    [InlineData("Autor: Ilse Brandt Google+ mehr", new[] { "Ilse Brandt" })]
    [InlineData("By Tomas Hale LinkedIn Facebook", new[] { "Tomas Hale" })]
    // XING is also a name: bare, it stays; only "XING:" opens a profile link.
    [InlineData("By Li Xing and Tomas Hale", new[] { "Li Xing", "Tomas Hale" })]
    [InlineData("Von Ilse Brandt XING: ilse-brandt", new[] { "Ilse Brandt" })]
    [InlineData("By Rosa Imbert, Oskar Lind and Wen Zhao contributed research.", new[] { "Rosa Imbert" })]
    [InlineData("Dana Whitfield, PhD", new[] { "Dana Whitfield" })]
    [InlineData("Ilse Brandt, Projektleiterin der Hafenstiftung", new[] { "Ilse Brandt" })]
    [InlineData("Von Jonas Keller, Pressesprecher", new[] { "Jonas Keller" })]
    // A role printed after the name without a comma, the outlet written for, the place filed from.
    [InlineData("By Nadia Okafor Staff Writer", new[] { "Nadia Okafor" })]
    [InlineData("By Nadia Okafor Crime Reporter", new[] { "Nadia Okafor" })]
    [InlineData("Ezra Whitcombe, Courts Correspondent", new[] { "Ezra Whitcombe" })]
    [InlineData("Ezra Whitcombe for Harbour Evening Mail", new[] { "Ezra Whitcombe" })]
    [InlineData("By Rosa Imbert and Oskar Lind For Examplepost.Com", new[] { "Rosa Imbert", "Oskar Lind" })]
    [InlineData("By Tomas Hale, Harbour News, Lindenfeld City", new[] { "Tomas Hale" })]
    [InlineData("Von Jonas Keller, Lindenfeld", new[] { "Jonas Keller" })]
    [InlineData("Mara Lindqvist, Lindenfeld, Tomas Hale", new[] { "Mara Lindqvist", "Tomas Hale" })]
    [InlineData("By Mara Lindqvist, Political Correspondent, and Tomas Hale", new[] { "Mara Lindqvist", "Tomas Hale" })]
    [InlineData("Mara Lindqvist, Tomas Hale", new[] { "Mara Lindqvist", "Tomas Hale" })]
    [InlineData("Mara Lindqvist and Agencies", new[] { "Mara Lindqvist" })]
    // Company roles after the name, and the unit after the role, are no people.
    [InlineData("By Tomas Hale, Vice President, Harbour Cloud", new[] { "Tomas Hale" })]
    [InlineData("Priya Natarajan - Marketing Manager", new[] { "Priya Natarajan" })]
    [InlineData("By Oskar Lind, Co-Founder and CEO", new[] { "Oskar Lind" })]
    public void Reads_the_people_a_byline_names(string raw, string[] expected)
    {
        var byline = BylineParser.Parse(raw);
        Assert.Equal(expected, Names(byline));
        Assert.Null(byline.Agency);
    }

    [Theory]
    [InlineData("HARBOUR CUSTOMS AND COAST PROTECTION")]
    [InlineData("Segeln Schweiz")]
    [InlineData("Harbourton Police Department")]
    [InlineData("Agencies")]
    public void A_public_body_or_national_federation_is_no_person(string raw) => Assert.Empty(Names(BylineParser.Parse(raw)));

    [Fact]
    public void A_person_beside_a_public_body_is_still_read() =>
        Assert.Equal(new[] { "Jonas Keller" }, Names(BylineParser.Parse("Von Jonas Keller, Landespolizei Verband")));

    [Theory]
    [InlineData("Tomas Hale and Priya Natarajan, Associated Press", new[] { "Tomas Hale", "Priya Natarajan" }, "Associated Press")]
    [InlineData("Mara Lindqvist | Reuters", new[] { "Mara Lindqvist" }, "Reuters")]
    [InlineData("By Mara Lindqvist (Reuters)", new[] { "Mara Lindqvist" }, "Reuters")]
    [InlineData("Von Jonas Keller, dpa", new[] { "Jonas Keller" }, "Deutsche Presse-Agentur")]
    [InlineData("By The Associated Press", new string[0], "Associated Press")]
    [InlineData("AFP", new string[0], "Agence France-Presse")]
    [InlineData("UPI", new string[0], "United Press International")]
    [InlineData("Mara Lindqvist with AFP", new[] { "Mara Lindqvist" }, "Agence France-Presse")]
    [InlineData("Jonas Keller mit dpa", new[] { "Jonas Keller" }, "Deutsche Presse-Agentur")]
    // An agency's job title after the name, as the agency prints it or title-cased by the site.
    [InlineData("Tomas Hale, AP Auto Writer", new[] { "Tomas Hale" }, "Associated Press")]
    [InlineData("Tomas Hale, Ap Sports Writer", new[] { "Tomas Hale" }, "Associated Press")]
    public void Returns_the_agency_apart_and_never_as_a_person(string raw, string[] expected, string agency)
    {
        var byline = BylineParser.Parse(raw);
        Assert.Equal(expected, Names(byline));
        Assert.Equal(agency, byline.Agency);
    }

    [Theory]
    [InlineData("ORLA PENDERGAST, Associated Press", "Orla Pendergast")]
    [InlineData("By CIARAN MCDONALD", "Ciaran McDonald")]
    [InlineData("By SEAN O'BRIEN", "Sean O'Brien")]
    [InlineData("By MARIA DE LA CRUZ", "Maria de la Cruz")]
    [InlineData("By JEAN-LUC MARCHAND JR.", "Jean-Luc Marchand Jr.")]
    [InlineData("By Ronan McDonald", "Ronan McDonald")]
    [InlineData("By Aisling O'Brien", "Aisling O'Brien")]
    [InlineData("By Inés de la Fuente", "Inés de la Fuente")]
    public void Writes_names_in_capitals_in_proper_case_and_keeps_mixed_case(string raw, string expected)
    {
        Assert.Equal([expected], Names(BylineParser.Parse(raw)));
    }

    [Theory]
    [InlineData("By Ezra Whitcombe", true)]
    [InlineData("ORLA PENDERGAST, Associated Press", true)]
    [InlineData("Nadia Okafor, Staff Writer", true)]
    [InlineData("By the end of the week the river had risen again.", false)]
    [InlineData("WORLD NEWS", false)]
    [InlineData("HOME", false)]
    [InlineData("Podcast - Highlights", false)]
    [InlineData("Carlos Mendes and the long road to the final", false)]
    [InlineData("Yes, the plan works (62%, 1,204 votes)", false)]
    // A company role in a headline does not make it a byline: those roles only drop out of lines that are bylines already.
    [InlineData("Harbour Campaign Manager Laughs, Dodges Reporter’s Question", false)]
    [InlineData("Ap Sports Writer Dies", false)]
    public void Recognises_byline_lines_in_flattened_text(string line, bool isByline)
    {
        Assert.Equal(isByline, BylineParser.ParseLine(line) is not null);
    }

    [Theory]
    [InlineData("Lindenfeld Court Reporter")]
    [InlineData("Crime Correspondent")]
    public void ABeatCreditedAsTheBylineNamesNoOne(string raw) => Assert.Empty(BylineParser.Parse(raw).Authors);
}
