using Lede.Analysis.Model;

namespace Lede.Analysis.Tests.Quotes;

/// <summary>Direct quotes and speakers in German, French and Spanish from speech-tag rules; every sentence is invented.</summary>
public class SpeechTagFinderTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<Quote> Quotes(string text, string language) => Analyzer.Analyze(text, language).Quotes;

    // ---- German

    [Fact]
    public void German_tag_after_the_quote_names_the_speaker_and_drops_the_role_noun()
    {
        var quote = Assert.Single(Quotes("„Wir bauen die Brücke im Frühjahr“, sagte Bürgermeisterin Anna Feld am Montag.", "de"));
        Assert.Equal("direct", quote.Kind);
        Assert.Equal("„Wir bauen die Brücke im Frühjahr“", quote.Text);
        Assert.Equal("sagte", quote.Cue?.Text);
        Assert.Equal("Bürgermeisterin Anna Feld", quote.Speaker?.Text);
        Assert.Equal("Anna Feld", quote.Speaker?.Name);
    }

    [Fact]
    public void German_surname_resolves_to_the_full_name_given_before()
    {
        var quotes = Quotes("Olaf Brenner leitet das Bauamt seit zehn Jahren. „Das wird teuer“, sagte Brenner.", "de");
        Assert.Equal("Olaf Brenner", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void German_pronoun_resolves_to_the_latest_person_of_its_sex()
    {
        var quotes = Quotes("Karin Vogel traf am Abend Peter Lang. „Wir sind bereit“, sagte sie. „Ich auch“, fügte er hinzu.", "de");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("sie", "Karin Vogel"), (quotes[0].Speaker?.Text, quotes[0].Speaker?.Name));
        Assert.Equal(("er", "Peter Lang"), (quotes[1].Speaker?.Text, quotes[1].Speaker?.Name));
    }

    [Fact]
    public void German_capital_sie_is_she_where_it_opens_a_sentence_and_the_formal_you_after_a_verb()
    {
        var quotes = Quotes("Karin Vogel leitet den Verein.\nSie erklärt: „Wir wachsen jedes Jahr.“\nUnter ein Foto schrieben Sie: „Alles wird gut.“", "de");
        var quote = Assert.Single(quotes);
        Assert.Equal(("Sie", "Karin Vogel"), (quote.Speaker?.Text, quote.Speaker?.Name));
    }

    [Fact]
    public void German_adverb_opening_a_sentence_is_no_speaker()
    {
        var quote = Assert.Single(Quotes("Der Streit dauert an. „Das ist falsch.“ Dennoch gesteht Weber ein: „Wir haben Fehler gemacht.“", "de"));
        Assert.Equal("Weber", quote.Speaker?.Name);
    }

    [Fact]
    public void German_role_without_a_name_stays_speaker_text_without_a_name()
    {
        var quote = Assert.Single(Quotes("„Die Lage ist ernst“, erklärte die Ministerin.", "de"));
        Assert.Equal("die Ministerin", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Name);
    }

    [Fact]
    public void German_tag_before_a_colon_and_the_so_marker_attribute_quotes()
    {
        var quotes = Quotes("Peter Lang sagte: „Wir kommen morgen wieder.“\n„Das ist falsch“, so Lang.", "de");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Peter Lang", q.Speaker?.Name));
        Assert.Equal("so", quotes[1].Cue?.Text);
    }

    [Fact]
    public void German_verb_second_subject_before_the_verb_is_the_speaker_not_the_object_after_it()
    {
        var quote = Assert.Single(Quotes("Pfarrer Lang lobte Anna Feld mit einem Satz: „Sie hat viel getan.“", "de"));
        Assert.Equal("Lang", quote.Speaker?.Name);
    }

    [Fact]
    public void German_quoted_words_in_a_reported_clause_are_a_mixed_quote()
    {
        var quote = Assert.Single(Quotes("Peter Lang erklärte am Dienstag, dass die Stadt „keine andere Wahl habe“.", "de"));
        Assert.Equal("mixed", quote.Kind);
        Assert.Equal("Peter Lang", quote.Speaker?.Name);
        Assert.StartsWith("die Stadt", quote.Text);
    }

    [Fact]
    public void German_zufolge_after_its_source_attributes_the_quoted_words()
    {
        var quote = Assert.Single(Quotes("Die Werft soll dem Gutachten zufolge „noch in diesem Jahr schließen“.", "de"));
        Assert.Equal("dem Gutachten", quote.Speaker?.Text);
        Assert.Equal("zufolge", quote.Cue?.Text);
        Assert.Null(quote.Speaker?.Name);
    }

    [Fact]
    public void German_quote_without_a_tag_is_no_quote_and_heisst_es_names_nobody()
    {
        Assert.Empty(Quotes("Das sogenannte „Wunder von Bern“ bleibt unvergessen. Die Firma plant „eine völlig neue Batterie“, heißt es.", "de"));
    }

    [Fact]
    public void German_tagless_quote_later_in_the_paragraph_continues_the_speaker()
    {
        var quotes = Quotes("„Wir haben gewonnen“, sagte Peter Lang. Er lachte. „Das war verdient.“\n„Niemand glaubte daran.“", "de");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Peter Lang", quotes[1].Speaker?.Name);
        Assert.Null(quotes[1].Cue);
    }

    [Fact]
    public void German_dash_after_a_quote_that_fills_its_paragraph_names_the_speaker()
    {
        var quote = Assert.Single(Quotes("„Ein kluges Buch über unsere Zeit.“ – Anna Feld\nMehr dazu folgt.", "de"));
        Assert.Equal("Anna Feld", quote.Speaker?.Name);
    }

    // ---- French

    [Fact]
    public void French_spaced_guillemets_compound_tense_and_inverted_pronoun()
    {
        var quotes = Quotes("« Nous allons construire le pont », a déclaré Marie Dupont. « C’est une promesse », a-t-elle ajouté.", "fr");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("a déclaré", quotes[0].Cue?.Text);
        Assert.Equal("Marie Dupont", quotes[0].Speaker?.Name);
        Assert.Equal(("elle", "Marie Dupont"), (quotes[1].Speaker?.Text, quotes[1].Speaker?.Name));
    }

    [Fact]
    public void French_tag_inside_the_marks_and_selon_attribute_quotes()
    {
        var quotes = Quotes("« Absurde. Le projet avance, explique Paul Martin, ingénieur. Nous verrons bien. »\n« Le budget est prêt », selon M. Martin.", "fr");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Paul Martin", quotes[0].Speaker?.Name);
        Assert.Equal("M. Martin", quotes[1].Speaker?.Text);
        Assert.Equal("Paul Martin", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void French_role_with_a_name_after_it_is_named()
    {
        var quote = Assert.Single(Quotes("« Le risque est faible », précise la chimiste Claire Roux, dans un rapport.", "fr"));
        Assert.Equal("la chimiste Claire Roux", quote.Speaker?.Text);
        Assert.Equal("Claire Roux", quote.Speaker?.Name);
    }

    [Fact]
    public void French_pour_names_a_source_only_before_a_person()
    {
        Assert.Empty(Quotes("Pour le moment, la mairie parle d’une « phase de test ». Pour sa part, il refuse le « statu quo ».", "fr"));
        var quote = Assert.Single(Quotes("Pour la chimiste, « le risque reste faible ».", "fr"));
        Assert.Equal("la chimiste", quote.Speaker?.Text);
    }

    // ---- Spanish

    [Fact]
    public void Spanish_tag_after_the_quote_and_segun_before_it()
    {
        var quotes = Quotes("“Vamos a ganar la liga”, dijo Carlos Ruiz. Según Ruiz, “el equipo está listo”.", "es");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Carlos Ruiz", q.Speaker?.Name));
        Assert.Equal("según", quotes[1].Cue?.Text, ignoreCase: true);
    }

    [Fact]
    public void Spanish_ella_resolves_to_the_latest_woman()
    {
        var quote = Assert.Single(Quotes("Ana Torres habló con Carlos Ruiz en la sede. “No es cierto”, dijo ella.", "es"));
        Assert.Equal("Ana Torres", quote.Speaker?.Name);
    }

    [Fact]
    public void Spanish_tag_without_a_subject_names_the_latest_person_with_an_empty_speaker_span()
    {
        var quote = Assert.Single(Quotes("Carlos Ruiz llegó tarde a la reunión. “Estamos listos para todo”, aseguró a la radio.", "es"));
        Assert.Equal("", quote.Speaker?.Text);
        Assert.Equal(quote.Cue?.End, quote.Speaker?.Start);
        Assert.Equal("Carlos Ruiz", quote.Speaker?.Name);
    }

    [Fact]
    public void Spanish_comma_parenthesis_between_verb_and_speaker_is_skipped()
    {
        var quote = Assert.Single(Quotes("“El muelle no aguanta más”, insiste, por su parte, Lucía Gómez.", "es"));
        Assert.Equal("Lucía Gómez", quote.Speaker?.Name);
    }

    // ---- Portuguese

    [Fact]
    public void Portuguese_tag_after_the_quote_and_a_tag_without_a_subject()
    {
        var quotes = Quotes("\"Vamos abrir a escola em março\", disse João Pereira. \"Está tudo pronto\", garantiu.", "pt");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("João Pereira", q.Speaker?.Name));
        Assert.Equal("", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Portuguese_role_after_the_verb_has_no_name()
    {
        var quote = Assert.Single(Quotes("\"Foi um susto enorme\", disse a professora.", "pt"));
        Assert.Equal("a professora", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Name);
    }

    // ---- Polish

    [Fact]
    public void Polish_dash_before_the_tag_and_a_surname_resolved()
    {
        var quotes = Quotes("Od lat firmę prowadzi Jan Kowalski. „Rynek rośnie szybko” – powiedział Kowalski. „To dobry rok” – dodała Anna Nowak.", "pl");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("powiedział", "Jan Kowalski"), (quotes[0].Cue?.Text, quotes[0].Speaker?.Name));
        Assert.Equal("Anna Nowak", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void Polish_quoted_words_after_ze_are_a_mixed_quote()
    {
        var quote = Assert.Single(Quotes("Anna Nowak stwierdziła, że plan jest „zbyt ostrożny” i trzeba go zmienić.", "pl"));
        Assert.Equal("mixed", quote.Kind);
        Assert.Equal("Anna Nowak", quote.Speaker?.Name);
    }
}
