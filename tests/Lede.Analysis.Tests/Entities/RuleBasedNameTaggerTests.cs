using Lede.Analysis.Entities;
using Lede.Analysis.Model;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Entities;

/// <summary>The rule-based names of German, French and Spanish text, on invented sentences.</summary>
public class RuleBasedNameTaggerTests
{
    private static (IReadOnlyList<Mention> Mentions, IReadOnlyList<Entity> Entities) Analyze(string text, string language)
    {
        var tokens = Tokenizer.Tokenize(text);
        var found = RuleBasedNameTagger.Tag(text, tokens, SentenceSplitter.Split(text, tokens), NameRules.For(language)!);
        var linked = RuleBasedNameTagger.Link(text, tokens, found);
        return (linked.Mentions, linked.Entities);
    }

    private static string[] Found(IReadOnlyList<Mention> mentions) => mentions.Select(m => $"{m.Type} {m.Text}").ToArray();

    [Fact]
    public void German_capitalised_nouns_are_not_names()
    {
        var (mentions, _) = Analyze("Die Verwaltung hat die Brücke, die Straße und den Bahnhof im Sommer erneuert. Das Essen war gut.", "de");
        Assert.Empty(mentions);
    }

    [Fact]
    public void German_person_with_role_title_and_later_surname_is_one_entity()
    {
        var (mentions, entities) = Analyze(
            "Bundeskanzler Olaf Brenner besuchte am Montag die Werft. Brenner sagte, die Arbeit sei gut.", "de");
        Assert.Equal(["PER Olaf Brenner", "PER Brenner"], Found(mentions));
        var person = Assert.Single(entities);
        Assert.Equal("Olaf Brenner", person.Name);
        Assert.Equal(2, person.MentionCount);
        Assert.Contains("Bundeskanzler", person.Titles);
        Assert.DoesNotContain("Bundeskanzler", mentions[0].Text);
    }

    [Fact]
    public void German_surname_after_a_role_before_the_full_name_is_the_same_person()
    {
        var (mentions, entities) = Analyze(
            "Verkehrsminister Brenner will mehr Züge. Der Minister Olaf Brenner sagte das am Montag in Kassel.", "de");
        Assert.Equal(["PER Brenner", "PER Olaf Brenner", "LOC Kassel"], Found(mentions));
        var person = Assert.Single(entities, e => e.Type == "PER");
        Assert.Equal(("Olaf Brenner", 2), (person.Name, person.MentionCount));
        Assert.Contains("Verkehrsminister", person.Titles);
        Assert.Contains("Minister", person.Titles);
    }

    [Fact]
    public void German_honorific_introduces_a_surname_but_not_after_an_article()
    {
        var (mentions, _) = Analyze("Frau Kowalski sprach lange mit Herrn Brandtner. Der Herr im Mantel schwieg.", "de");
        Assert.Equal(["PER Kowalski", "PER Brandtner"], Found(mentions));
    }

    [Fact]
    public void German_given_name_homograph_does_not_open_a_name()
    {
        var (mentions, _) = Analyze("Der kräftige Rosé Sommerwein passt zu Fisch. Im August Regen ist selten.", "de");
        Assert.DoesNotContain(mentions, m => m.Type == "PER");
    }

    [Fact]
    public void German_organisations_from_legal_forms_compounds_modifiers_and_acronyms()
    {
        var (mentions, _) = Analyze(
            "Die Neuhafener Wohnbau GmbH und die Heinrich-Kessler-Stiftung klagen vor dem Sächsischen Verfassungsgericht. " +
            "Auch der Verband für Fahrradbau (VFB) und die SPD sind dabei. Der VFB will mehr Geld.", "de");
        Assert.Contains("ORG Neuhafener Wohnbau GmbH", Found(mentions));
        Assert.Contains("ORG Heinrich-Kessler-Stiftung", Found(mentions));
        Assert.Contains("ORG Sächsischen Verfassungsgericht", Found(mentions));
        Assert.Contains("ORG Verband für Fahrradbau", Found(mentions));
        Assert.Contains("ORG SPD", Found(mentions));
        Assert.Equal(2, mentions.Count(m => m.Text == "VFB" && m.Type == "ORG"));
    }

    [Fact]
    public void German_unknown_acronym_is_not_an_organisation()
    {
        var (mentions, _) = Analyze("Nach dem TKG muss der Anbieter speichern. Das TKG gilt seit Jahren.", "de");
        Assert.Empty(mentions);
    }

    [Fact]
    public void German_places_need_a_list_and_context()
    {
        var (mentions, _) = Analyze(
            "Sie zog von Frankreich nach München und später in die Landeshauptstadt Wiesenau. Die Zukunft Italiens ist offen. Er isst in Essen.", "de");
        Assert.Contains("LOC Frankreich", Found(mentions));
        Assert.Contains("LOC München", Found(mentions));
        Assert.Contains("LOC Wiesenau", Found(mentions));
        Assert.Contains("LOC Italiens", Found(mentions));
        Assert.Contains("LOC Essen", Found(mentions));
        Assert.DoesNotContain("LOC Zukunft", Found(mentions));
    }

    [Fact]
    public void German_company_after_an_organisation_noun_is_repeated()
    {
        var (mentions, _) = Analyze("Der Autohersteller Veltra baut ein Werk. Veltra investiert viel Geld.", "de");
        Assert.Equal(["ORG Veltra", "ORG Veltra"], Found(mentions));
    }

    [Fact]
    public void German_role_before_von_is_not_a_name()
    {
        var (mentions, _) = Analyze("Das sagte der Geschäftsführer von Fernlink am Dienstag.", "de");
        Assert.DoesNotContain(mentions, m => m.Type == "PER");
    }

    [Fact]
    public void German_organisation_name_ends_at_its_place()
    {
        var (mentions, _) = Analyze("Er hat an der Universität Kassel Musikwissenschaft studiert.", "de");
        Assert.Equal(["ORG Universität Kassel"], Found(mentions));
    }

    [Fact]
    public void German_accented_foreign_word_is_not_a_given_name()
    {
        var (mentions, _) = Analyze("Der Kindersitz Jané Koos hat im Test gut abgeschnitten.", "de");
        Assert.Empty(mentions);
    }

    [Fact]
    public void French_person_role_organisation_and_place()
    {
        var (mentions, entities) = Analyze(
            "Le président Émile Garnier a rencontré Mme Lefort à Lyon. Garnier a salué l’Université Lumière et le Forum économique mondial.", "fr");
        Assert.Equal(["PER Émile Garnier", "PER Lefort", "LOC Lyon", "PER Garnier", "ORG Université Lumière", "ORG Forum économique mondial"], Found(mentions));
        var garnier = Assert.Single(entities, e => e.Name == "Émile Garnier");
        Assert.Equal(2, garnier.MentionCount);
        Assert.Contains("président", garnier.Titles);
    }

    [Fact]
    public void French_sentence_opening_word_of_the_place_list_is_not_taken()
    {
        var (mentions, _) = Analyze("Ensuite, il est parti. Plus tard, la ville a voté.", "fr");
        Assert.Empty(mentions);
    }

    [Fact]
    public void Spanish_surname_with_particles_and_institutions()
    {
        var (mentions, entities) = Analyze(
            "El ministro Ramón De la Vega visitó la Corte Suprema en Santa Cruz y la isla Tortuga. De la Vega dijo que la Corte decidirá.", "es");
        Assert.Equal(["PER Ramón De la Vega", "ORG Corte Suprema", "LOC Santa Cruz", "LOC Tortuga", "PER De la Vega", "ORG Corte"], Found(mentions));
        Assert.Equal(2, Assert.Single(entities, e => e.Type == "PER").MentionCount);
    }

    [Fact]
    public void Spanish_legal_form_and_place_acronym()
    {
        var (mentions, _) = Analyze("La empresa Andina Frutas S.A. exporta a EEUU desde Chile.", "es");
        Assert.Equal(["ORG Andina Frutas S.A.", "LOC EEUU", "LOC Chile"], Found(mentions));
    }

    [Fact]
    public void Only_german_french_and_spanish_have_rules()
    {
        Assert.NotNull(NameRules.For("de-AT"));
        Assert.NotNull(NameRules.For("fr-CA"));
        Assert.NotNull(NameRules.For("es"));
        Assert.Null(NameRules.For("pl"));
        Assert.Null(NameRules.For(null));
    }
}
