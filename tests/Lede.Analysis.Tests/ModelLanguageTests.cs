using Lede.Analysis;

namespace Lede.Analysis.Tests;

/// <summary>
/// The English models run only on English bodies; German, French, Spanish, Portuguese and Polish get direct quotes from speech-tag rules, other
/// languages sentences only, each with a note saying what was not looked for.
/// </summary>
public class ModelLanguageTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    // Invented German report: every noun is capitalised, which an English tagger reads as a run of names.
    private const string German =
        "Die Stadtverwaltung von Neuhafen hat am Montag den Bau einer neuen Brücke beschlossen. " +
        "„Wir brauchen die Verbindung dringend“, sagte Bürgermeisterin Anna Feld. Die Kosten liegen bei etwa 40 Millionen Euro.";

    private const string English =
        "The city council of Newhaven approved a new bridge on Monday. " +
        "\"We need the link urgently,\" Mayor Anna Field said. Officials say the cost is about 40 million euros.";

    [Theory]
    [InlineData("it-IT")]
    [InlineData("nl")]
    public void Another_language_gets_sentences_only_and_a_warning(string language)
    {
        var analysis = Analyzer.Analyze(German, language);
        Assert.Equal(3, analysis.Sentences.Count);
        Assert.Empty(analysis.Mentions);
        Assert.Empty(analysis.Entities);
        Assert.Empty(analysis.Quotes);
        Assert.Empty(analysis.Claims);
        var warning = Assert.Single(analysis.Warnings);
        Assert.Contains(language, warning);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("de-AT")]
    public void A_language_with_speech_tag_rules_gets_its_direct_quotes_and_says_what_is_not_looked_for(string language)
    {
        var analysis = Analyzer.Analyze(German, language);
        Assert.Equal(3, analysis.Sentences.Count);
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Anna Feld", quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.Entity);
        Assert.Empty(analysis.Mentions);
        Assert.Empty(analysis.Entities);
        Assert.Empty(analysis.Claims);
        var warning = Assert.Single(analysis.Warnings);
        Assert.Contains("entities", warning);
        Assert.Contains("indirect speech", warning);
        Assert.Contains("figures", warning);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("EN-us")]
    [InlineData(null)]
    public void English_or_an_unknown_language_is_analysed_in_full(string? language)
    {
        var analysis = Analyzer.Analyze(English, language);
        Assert.Empty(analysis.Warnings);
        Assert.Contains(analysis.Entities, e => e.Name == "Anna Field" && e.Type == "PER");
        Assert.Contains(analysis.Quotes, q => q.Speaker?.Name == "Anna Field");
        Assert.Contains(analysis.Claims, c => c.Value == 40_000_000 && c.Source?.Text == "Officials");
    }
}
