using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

public class LanguageIdentifierTests
{
    private const string German = "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren. Die Arbeiten sollen im Frühjahr beginnen und etwa ein Jahr dauern, teilte die Verwaltung mit.";
    private const string English = "The town council decided on Tuesday to repair the old bridge over the river. Work is due to start in the spring and to take about a year, the administration said.";
    private const string French = "Le conseil municipal a décidé mardi de rénover le vieux pont sur la rivière. Les travaux doivent commencer au printemps et durer environ un an, a indiqué la mairie.";
    private const string Polish = "Rada miasta postanowiła we wtorek wyremontować stary most na rzece. Prace mają się rozpocząć wiosną i potrwać około roku, poinformował urząd.";

    [Theory]
    [InlineData(German, "de")]
    [InlineData(English, "en")]
    [InlineData(French, "fr")]
    [InlineData(Polish, "pl")]
    public void DetectsTheTextsLanguage(string text, string expected) => Assert.Equal(expected, LanguageIdentifier.Identify(text, null));

    [Fact]
    public void DeclaredTagIsKeptWithItsRegionWhenTheTextAgrees() => Assert.Equal("de-AT", LanguageIdentifier.Identify(German, "de_at"));

    [Fact]
    public void TextOverrulesAWrongDeclaration() => Assert.Equal("de", LanguageIdentifier.Identify(German, "en-US"));

    [Fact]
    public void ShortTextKeepsTheDeclaration() => Assert.Equal("fr", LanguageIdentifier.Identify("Bonjour", "fr"));

    [Theory]
    [InlineData("en_US", "en-US")]
    [InlineData("EN", "en")]
    [InlineData("x", null)]
    [InlineData("123", null)]
    public void TagsAreNormalised(string raw, string? expected) => Assert.Equal(expected, LanguageIdentifier.Normalize(raw));
}
