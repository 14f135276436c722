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
    public void A_language_without_rules_gets_sentences_only_and_a_warning(string language)
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
    public void German_gets_rule_based_names_and_its_direct_quotes_and_a_warning_saying_what_was_not_looked_for(string language)
    {
        var analysis = Analyzer.Analyze(German, language);
        Assert.Equal(3, analysis.Sentences.Count);
        var person = Assert.Single(analysis.Entities);
        Assert.Equal(("Anna Feld", "PER"), (person.Name, person.Type));
        Assert.Contains("Bürgermeisterin", person.Titles);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text is "Stadtverwaltung" or "Brücke" or "Kosten");
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Anna Feld", quote.Speaker?.Name);
        Assert.Equal(person.Id, quote.Speaker?.Entity);
        Assert.Empty(analysis.Claims);
        var warning = Assert.Single(analysis.Warnings);
        Assert.Contains(language, warning);
        Assert.Contains("rules", warning);
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

    [Fact]
    public void Every_quote_rule_language_has_its_rules_and_no_model()
    {
        // The list the API publishes and the switch that picks the rules are written apart: each listed language must have rules.
        Assert.NotEmpty(ArticleAnalyzer.QuoteRuleLanguages);
        foreach (var language in ArticleAnalyzer.QuoteRuleLanguages)
        {
            Assert.Equal(language, Lede.Analysis.Rules.SpeechTagRules.ForLanguage(language)?.Language);
            Assert.DoesNotContain(language, ArticleAnalyzer.ModelLanguages);
        }
    }
}
