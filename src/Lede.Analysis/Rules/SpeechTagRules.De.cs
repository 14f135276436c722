namespace Lede.Analysis.Rules;

/// <summary>German speech tags: „…“, sagte Scholz. / Scholz sagte: „…“ / „…“, so die Ministerin.</summary>
internal static class SpeechTagRulesDe
{
    public static readonly SpeechTagRules Rules = new()
    {
        Language = "de",
        CapitalisesNouns = true,
        // Third person singular and plural, present and simple past; separable particles ("fügte … hinzu") follow the speaker and need no entry.
        ReportingVerbs = SpeechTagRules.Words(
            "sagt sagte sagen sagten gesagt", "erklärt erklärte erklären erklärten", "betont betonte betonen betonten",
            "fügt fügte fügen fügten", "ergänzt ergänzte ergänzen ergänzten", "meint meinte meinen meinten",
            "schreibt schrieb schreiben schrieben", "berichtet berichtete berichten berichteten", "erzählt erzählte erzählen erzählten",
            "warnt warnte warnen warnten", "fordert forderte fordern forderten", "kritisiert kritisierte kritisieren kritisierten",
            "unterstreicht unterstrich", "weiß wusste", "führt führte", "fährt fuhr", "räumt räumte", "gibt gab",
            "rät riet", "mahnt mahnte", "bekräftigt bekräftigte", "versichert versicherte", "stellt stellte", "teilt teilte",
            "kommentiert kommentierte", "antwortet antwortete antworten antworteten", "entgegnet entgegnete", "erwidert erwiderte",
            "resümiert resümierte", "bilanziert bilanzierte", "beklagt beklagte", "lobt lobte", "fragt fragte fragen fragten",
            "urteilt urteilte", "äußert äußerte", "schildert schilderte", "verrät verriet", "bestätigt bestätigte",
            "zitiert zitierte", "ruft rief", "appelliert appellierte", "twittert twitterte", "postet postete", "hofft hoffte",
            "glaubt glaubte", "findet fand", "erinnert erinnerte", "verspricht versprach", "gesteht gestand", "klagt klagte",
            "beschreibt beschrieb", "begründet begründete", "bemerkt bemerkte", "prophezeit prophezeite", "sagte", "unterstrich",
            "verweist verwies", "zeigt zeigte", "freut freute", "würdigt würdigte", "schwärmt schwärmte", "wirbt warb",
            "beteuert beteuerte", "konstatiert konstatierte", "befürchtet befürchtete", "pflichtet pflichtete", "sprach spricht"),
        MalePronouns = SpeechTagRules.ExactWords("er", "Er"),
        // Capital "Sie" after a verb is the formal you, not she.
        FemalePronouns = SpeechTagRules.ExactWords("sie"),
        AfterQuoteMarkers = SpeechTagRules.Words("so"),
        BeforeQuoteMarkers = SpeechTagRules.Words("laut"),
        PostposedMarkers = SpeechTagRules.Words("zufolge"),
        ClauseOpeners = SpeechTagRules.Words("dass", "daß", "ob"),
        Determiners = SpeechTagRules.Words("der die das den dem des ein eine einer eines einem unser unsere unserer ihr ihre sein seine"),
        Honorifics = SpeechTagRules.Words("Dr.", "Prof.", "Prof", "Dr", "Herr", "Frau", "Dipl.-Ing.", "Mag.", "DI"),
        RoleNouns = SpeechTagRules.Words(
            "Bischof Erzbischof Papst Pfarrer Pater Kardinal Kanzler Kanzlerin Minister Ministerin Präsident Präsidentin",
            "Bürgermeister Bürgermeisterin Trainer Trainerin Sprecher Sprecherin Chef Chefin Kritiker Kritikerin Direktor Direktorin",
            "Professor Professorin Kommissar Kommissarin Experte Expertin Autor Autorin Sänger Sängerin Abgeordneter Abgeordnete",
            "Senator Senatorin Landrat Landrätin Staatssekretär Staatssekretärin Geschäftsführer Geschäftsführerin Vorsitzender Vorsitzende",
            "Regisseur Regisseurin Schauspieler Schauspielerin Kapitän Stürmer Torhüter Verteidiger Anwalt Anwältin Richter Richterin"),
        RoleNounEndings = ["sprecher", "sprecherin", "präsident", "präsidentin", "direktor", "direktorin", "chef", "chefin", "leiter", "leiterin",
            "minister", "ministerin", "trainer", "trainerin", "bischof", "vorsitzende", "vorsitzender", "führer", "führerin", "experte", "expertin",
            "meister", "meisterin", "berater", "beraterin", "sekretär", "sekretärin", "kanzler", "kanzlerin", "forscher", "forscherin",
            "manager", "managerin", "politiker", "politikerin", "kritiker", "kritikerin", "autor", "autorin", "rat", "rätin", "rektor", "rektorin",
            "organisator", "organisatorin", "regisseur", "regisseurin", "koordinator", "koordinatorin", "referent", "referentin",
            "beauftragte", "beauftragter", "anwalt", "anwältin"],
        Fillers = SpeechTagRules.Words("damals", "weiter", "zudem", "auch", "noch", "dann", "jetzt", "nun", "heute", "gestern", "dazu",
            "ebenfalls", "außerdem", "jedoch", "aber", "bereits", "schon", "abschließend", "ergänzend", "zuversichtlich", "später", "daraufhin"),
        NameParticles = SpeechTagRules.ExactWords("von", "van", "de", "der", "zu", "vom"),
        SentenceOpeners = SpeechTagRules.Words("Auch", "Doch", "Und", "Aber", "Dann", "So", "Nun", "Da", "Dabei", "Daher", "Deshalb", "Zudem", "Jetzt", "Heute"),
    };
}
